'use client';
import type { ReactElement } from 'react';
import { useLoginForm, type LoginForm, type LoginFormOptions } from '../forms/login/useLoginForm';
import type { LoginMethod } from '../forms/login/loginForm';
import type { InputPropsInput } from '../forms/kit/types';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { FormErrorMessage, FormField } from './Form';
import { PhoneFieldRoot } from './PhoneField';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';

const [LoginProvider, useLoginPart] = createPartsContext<LoginForm>('Login');

/** The login form of the nearest `Login.Root`, for parts of your own. */
export function useLoginContext(): LoginForm {
  return useLoginPart('useLoginContext()');
}

/** Props of `Login.Root`: the options of `useLoginForm`, plus the `<form>` element's props. */
export type LoginRootProps = LoginFormOptions & FormRootElementProps;

/**
 * The login form: a `<form>` running `useLoginForm`, whose parts read it from context.
 * @example
 * <Login.Root onNext={flow.send}>
 *   <Login.MethodSwitch />
 *   <Login.Identifier />
 *   <Login.Password />
 *   <Login.Error />
 *   <Login.Submit />
 * </Login.Root>
 */
export function LoginRoot({ view, defaultMethod, defaultValues, redirectTo, onNext, onSuccess, ...props }: LoginRootProps) {
  const login = useLoginForm({ view, defaultMethod, defaultValues, redirectTo, onNext, onSuccess });
  const messages = useMessages(loginMessages);
  if (login.methods.length === 0) {
    // No password and no OTP login: say so rather than show a form that can never be sent.
    return (
      <p className="fdk-empty" role="status">
        {messages.loginNoSignInMethod}
      </p>
    );
  }
  return (
    <LoginProvider value={login}>
      <FormRoot form={login.getFormProps()} aria-label={messages.loginTitle} data-method={login.method} {...props} />
    </LoginProvider>
  );
}
LoginRoot.displayName = 'Login.Root';

/** Props of the field parts: your input props (merged), or your own input with `asChild`. */
export interface LoginFieldPartProps extends InputPropsInput {
  /** Replace the `<input>` with your own element. */
  asChild?: boolean;
  children?: ReactElement;
  /** Class of the field's wrapper. */
  className?: string;
}

/**
 * The email-or-mobile field. Where mobile numbers are accepted it is a `PhoneField`: its country picker shows for a
 * mobile-only field, and for an email-or-mobile field once what is typed looks like a number.
 */
export function LoginIdentifier({ asChild, children, className, ...input }: LoginFieldPartProps) {
  const login = useLoginPart('<Login.Identifier>');
  if (login.accepts.mobile) {
    return (
      <PhoneFieldRoot {...input} form={login} number="identifier" country="country" email={login.accepts.email} className={className} asChild={asChild}>
        {children}
      </PhoneFieldRoot>
    );
  }
  return (
    <FormField className={className} field={login.getFieldProps('identifier', input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
LoginIdentifier.displayName = 'Login.Identifier';

/** The password field; renders nothing while the OTP method is chosen. */
export function LoginPassword({ asChild, children, className, ...input }: LoginFieldPartProps) {
  const login = useLoginPart('<Login.Password>');
  if (login.method !== 'password') return null;
  return (
    <FormField className={className} field={login.getFieldProps('password', input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
LoginPassword.displayName = 'Login.Password';

/** The submit button ("Sign in" or "Send code"), `aria-busy` while submitting, counting down after a 429. */
export function LoginSubmit(props: SubmitPartProps) {
  const login = useLoginPart('<Login.Submit>');
  return <SubmitButton submit={login.getSubmitProps()} {...props} />;
}
LoginSubmit.displayName = 'Login.Submit';

/** Buttons to switch between password and OTP (only when the config offers both); what was typed is kept. */
export function LoginMethodSwitch({ className, labels }: { className?: string; labels?: Partial<Record<LoginMethod, string>> }) {
  const login = useLoginPart('<Login.MethodSwitch>');
  const messages = useMessages(loginMessages);
  if (login.methods.length < 2) return null;
  const text: Record<LoginMethod, string> = { password: labels?.password ?? messages.loginPasswordTab, otp: labels?.otp ?? messages.loginOtpTab };
  return (
    <div className={className ?? 'fdk-method-switch'} role="group" aria-label={messages.loginMethodLabel}>
      {login.methods.map((method) => (
        <button key={method} type="button" className="fdk-method" aria-pressed={login.method === method} onClick={() => login.setMethod(method)}>
          {text[method]}
        </button>
      ))}
    </div>
  );
}
LoginMethodSwitch.displayName = 'Login.MethodSwitch';

/** The server error of the login form, announced to screen readers. */
export function LoginError({ className }: { className?: string }) {
  const login = useLoginPart('<Login.Error>');
  return <FormErrorMessage className={className} error={login.error} onRetry={login.submit} />;
}
LoginError.displayName = 'Login.Error';

export { LoginRoot as Root, LoginIdentifier as Identifier, LoginPassword as Password, LoginSubmit as Submit, LoginMethodSwitch as MethodSwitch, LoginError as Error };
