'use client';
import { createContext, useContext, type ButtonHTMLAttributes, type FormHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useLoginForm, type LoginForm, type LoginFormOptions, type LoginMethod } from '../forms/useLoginForm';
import { useMessages } from '../query/UserKitProvider';
import { FormErrorMessage, FormField } from './Form';
import { Slot, SlotButton } from './Slot';

const LoginContext = createContext<LoginForm | null>(null);

/** The login form of the nearest `Login.Root`, for parts of your own. */
export function useLoginContext(): LoginForm {
  const form = useContext(LoginContext);
  if (!form) throw new Error('Login parts must be inside <Login.Root>.');
  return form;
}

/** Props of `Login.Root`: the options of `useLoginForm`, plus the `<form>` element's props. */
export type LoginRootProps = LoginFormOptions & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { children?: ReactNode; asChild?: boolean };

/**
 * The login form: a `<form>` running `useLoginForm`, whose parts read it from context.
 * @example
 * <Login.Root onSuccess={({ redirect }) => navigate(redirect)} onOtpSent={setTarget}>
 *   <Login.MethodSwitch />
 *   <Login.Identifier />
 *   <Login.Password />
 *   <Login.Error />
 *   <Login.Submit />
 * </Login.Root>
 */
function LoginRoot({ view, defaultMethod, defaultCountryCode, defaultValues, captcha, onSuccess, onOtpSent, platform, redirectTo, defaultRedirect, asChild, children, ...formProps }: LoginRootProps) {
  const login = useLoginForm({ view, defaultMethod, defaultCountryCode, defaultValues, captcha, onSuccess, onOtpSent, platform, redirectTo, defaultRedirect });
  const messages = useMessages();
  if (login.methods.length === 0) {
    // No password and no OTP login: say so rather than show a form that can never be sent.
    return (
      <p className="fdk-empty" role="status">
        {messages.loginNoSignInMethod}
      </p>
    );
  }
  const Element = asChild ? Slot : 'form';
  return (
    <LoginContext.Provider value={login}>
      <Element {...formProps} {...login.getFormProps()} data-method={login.method}>
        {children}
      </Element>
    </LoginContext.Provider>
  );
}

/** Props of the field parts. */
export interface LoginFieldPartProps {
  /** Replace the `<input>` with your own element. */
  asChild?: boolean;
  children?: ReactElement;
  className?: string;
}

/** The email-or-mobile field, with the country code when mobile numbers are accepted. */
function LoginIdentifier({ asChild, children, className }: LoginFieldPartProps) {
  const login = useLoginContext();
  return (
    <div className={className ?? 'fdk-identifier'} data-mobile={login.acceptsMobile ? '' : undefined}>
      {login.acceptsMobile ? <FormField className="fdk-field fdk-field-country" field={login.getFieldProps('countryCode')} /> : null}
      <FormField field={login.getFieldProps('identifier')} asChild={asChild}>
        {children}
      </FormField>
    </div>
  );
}

/** The password field; renders nothing while the OTP method is chosen. */
function LoginPassword({ asChild, children, className }: LoginFieldPartProps) {
  const login = useLoginContext();
  if (login.method !== 'password') return null;
  return (
    <FormField className={className} field={login.getFieldProps('password')} asChild={asChild}>
      {children}
    </FormField>
  );
}

/** The submit button ("Sign in" or "Send code"), `aria-busy` while submitting. */
function LoginSubmit({ asChild, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }) {
  const login = useLoginContext();
  const submit = login.getSubmitProps();
  if (asChild) return (
      <SlotButton {...props} {...submit} label={submit.children}>
        {children}
      </SlotButton>
    );
  return (
    <button className="fdk-button fdk-button-primary" {...props} {...submit}>
      {children ?? submit.children}
    </button>
  );
}

/** Buttons to switch between password and OTP (only when the config offers both); the identifier is kept. */
function LoginMethodSwitch({ className, labels }: { className?: string; labels?: Partial<Record<LoginMethod, string>> }) {
  const login = useLoginContext();
  const messages = useMessages();
  if (login.methods.length < 2) return null;
  const text: Record<LoginMethod, string> = { password: labels?.password ?? messages.loginPasswordTab, otp: labels?.otp ?? messages.loginOtpTab };
  return (
    <div className={className ?? 'fdk-method-switch'} role="group" aria-label={messages.loginTitle}>
      {login.methods.map((method) => (
        <button key={method} type="button" className="fdk-method" aria-pressed={login.method === method} onClick={() => login.setMethod(method)}>
          {text[method]}
        </button>
      ))}
    </div>
  );
}

/** The server error of the login form, announced to screen readers. */
function LoginError({ className }: { className?: string }) {
  const login = useLoginContext();
  return <FormErrorMessage className={className} error={login.error} onRetry={login.submit} />;
}

/** Login parts: `Login.Root`, `Login.Identifier`, `Login.Password`, `Login.Submit`, `Login.MethodSwitch`, `Login.Error`. */
export const Login = {
  Root: LoginRoot,
  Identifier: LoginIdentifier,
  Password: LoginPassword,
  Submit: LoginSubmit,
  MethodSwitch: LoginMethodSwitch,
  Error: LoginError,
};
