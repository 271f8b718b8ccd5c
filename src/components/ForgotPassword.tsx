'use client';
import { createContext, useContext, type ButtonHTMLAttributes, type FormHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import {
  useForgotPasswordForm,
  type ForgotPasswordField,
  type ForgotPasswordForm,
  type ForgotPasswordFormOptions,
  type ForgotPasswordStep,
} from '../forms/useForgotPasswordForm';
import { FormErrorMessage, FormField } from './Form';

const ForgotPasswordContext = createContext<ForgotPasswordForm | null>(null);

/** The password-reset form of the nearest `ForgotPassword.Root`. */
export function useForgotPasswordContext(): ForgotPasswordForm {
  const form = useContext(ForgotPasswordContext);
  if (!form) throw new Error('ForgotPassword parts must be inside <ForgotPassword.Root>.');
  return form;
}

/** Props of `ForgotPassword.Root`. */
export type ForgotPasswordRootProps = ForgotPasswordFormOptions & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { children?: ReactNode };

/**
 * The password reset: a `<form>` running `useForgotPasswordForm`; `ForgotPassword.Step` shows parts per step.
 * @example
 * <ForgotPassword.Root onSuccess={done}>
 *   <ForgotPassword.Step step="email"><ForgotPassword.Field name="email" /></ForgotPassword.Step>
 *   <ForgotPassword.Step step="code"><ForgotPassword.Field name="code" /></ForgotPassword.Step>
 *   <ForgotPassword.Step step="password"><ForgotPassword.Field name="password" /><ForgotPassword.Field name="confirmPassword" /></ForgotPassword.Step>
 *   <ForgotPassword.Error />
 *   <ForgotPassword.Submit />
 * </ForgotPassword.Root>
 */
function ForgotPasswordRoot({ view, code, defaultEmail, captcha, onSuccess, platform, redirectTo, defaultRedirect, children, ...formProps }: ForgotPasswordRootProps) {
  const reset = useForgotPasswordForm({ view, code, defaultEmail, captcha, onSuccess, platform, redirectTo, defaultRedirect });
  return (
    <ForgotPasswordContext.Provider value={reset}>
      <form {...formProps} {...reset.getFormProps()} data-step={reset.step}>
        {children}
      </form>
    </ForgotPasswordContext.Provider>
  );
}

/** Renders its children only at the given step(s). */
function ForgotPasswordStepPart({ step, children }: { step: ForgotPasswordStep | ForgotPasswordStep[]; children?: ReactNode }) {
  const reset = useForgotPasswordContext();
  const steps = Array.isArray(step) ? step : [step];
  return steps.includes(reset.step) ? <>{children}</> : null;
}

/** One field. */
function ForgotPasswordFieldPart({ name, asChild, children, className }: { name: ForgotPasswordField; asChild?: boolean; children?: ReactElement; className?: string }) {
  const reset = useForgotPasswordContext();
  return (
    <FormField className={className} field={reset.getFieldProps(name)} asChild={asChild}>
      {children}
    </FormField>
  );
}

/** The submit button of the current step; nothing once done. */
function ForgotPasswordSubmit({ children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const reset = useForgotPasswordContext();
  if (reset.step === 'done') return null;
  const submit = reset.getSubmitProps();
  return (
    <button className="fdk-button fdk-button-primary" {...props} {...submit}>
      {children ?? submit.children}
    </button>
  );
}

/** The notice after the email step ("If an account exists…"), as a polite live region. */
function ForgotPasswordNotice({ className }: { className?: string }) {
  const reset = useForgotPasswordContext();
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {reset.notice ?? ''}
    </p>
  );
}

/** The error, announced to screen readers. */
function ForgotPasswordError({ className }: { className?: string }) {
  const reset = useForgotPasswordContext();
  return <FormErrorMessage className={className} error={reset.error} onRetry={reset.submit} />;
}

/** Password-reset parts. */
export const ForgotPassword = {
  Root: ForgotPasswordRoot,
  Step: ForgotPasswordStepPart,
  Field: ForgotPasswordFieldPart,
  Submit: ForgotPasswordSubmit,
  Notice: ForgotPasswordNotice,
  Error: ForgotPasswordError,
};
