'use client';
import { createContext, useContext, type ButtonHTMLAttributes, type FormHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useRegisterForm, type RegisterField, type RegisterForm, type RegisterFormOptions } from '../forms/useRegisterForm';
import { FormErrorMessage, FormField } from './Form';
import { SlotButton } from './Slot';

const RegisterContext = createContext<RegisterForm | null>(null);

/** The registration form of the nearest `Register.Root`. */
export function useRegisterContext(): RegisterForm {
  const form = useContext(RegisterContext);
  if (!form) throw new Error('Register parts must be inside <Register.Root>.');
  return form;
}

/** Props of `Register.Root`. */
export type RegisterRootProps = RegisterFormOptions & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { children?: ReactNode };

/**
 * The registration form: a `<form>` running `useRegisterForm`.
 * @example
 * <Register.Root registerToken={token} onSuccess={done} onOtpRequired={setTarget}>
 *   <Register.Field name="first_name" />
 *   <Register.Field name="email" />
 *   <Register.Error />
 *   <Register.Submit />
 *   <Register.Skip />
 * </Register.Root>
 */
function RegisterRoot({ view, registerToken, defaultValues, onSuccess, onOtpRequired, onRegistered, platform, redirectTo, defaultRedirect, children, ...formProps }: RegisterRootProps) {
  const register = useRegisterForm({ view, registerToken, defaultValues, onSuccess, onOtpRequired, onRegistered, platform, redirectTo, defaultRedirect });
  return (
    <RegisterContext.Provider value={register}>
      <form {...formProps} {...register.getFormProps()}>
        {children}
      </form>
    </RegisterContext.Provider>
  );
}

/** One field of the registration form; renders nothing when the config does not ask for it. */
function RegisterFieldPart({ name, asChild, children, className }: { name: Exclude<RegisterField, 'countryCode'>; asChild?: boolean; children?: ReactElement; className?: string }) {
  const register = useRegisterContext();
  if (!register.fields[name].asked) return null;
  if (name === 'mobile') {
    return (
      <div className={className ?? 'fdk-identifier'} data-mobile="">
        <FormField className="fdk-field fdk-field-country" field={register.getFieldProps('countryCode')} />
        <FormField field={register.getFieldProps('mobile')} asChild={asChild}>
          {children}
        </FormField>
      </div>
    );
  }
  return (
    <FormField className={className} field={register.getFieldProps(name)} asChild={asChild}>
      {children}
    </FormField>
  );
}

/** "Skip for now": submits without the soft fields; renders nothing when there are none. */
function RegisterSkip({ asChild, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }) {
  const register = useRegisterContext();
  const skip = register.getSkipProps();
  if (skip.hidden) return null;
  const { hidden: _hidden, onClick, ...rest } = skip;
  const handler = () => void onClick();
  if (asChild) return (
      <SlotButton {...props} {...rest} onClick={handler} label={rest.children}>
        {children}
      </SlotButton>
    );
  return (
    <button className="fdk-button fdk-button-secondary" {...props} {...rest} onClick={handler}>
      {children ?? rest.children}
    </button>
  );
}

/** The create-account button. */
function RegisterSubmit({ asChild, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }) {
  const register = useRegisterContext();
  const submit = register.getSubmitProps();
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

/** The registration error, announced to screen readers. */
function RegisterError({ className }: { className?: string }) {
  const register = useRegisterContext();
  return <FormErrorMessage className={className} error={register.error} onRetry={register.submit} />;
}

/** Registration parts: `Register.Root`, `Register.Field`, `Register.Skip`, `Register.Submit`, `Register.Error`. */
export const Register = { Root: RegisterRoot, Field: RegisterFieldPart, Skip: RegisterSkip, Submit: RegisterSubmit, Error: RegisterError };
