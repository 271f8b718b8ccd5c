'use client';
import type { ReactNode } from 'react';
import type { ForgotPasswordField, ForgotPasswordStep } from '../forms/forgotPassword/forgotPasswordForm';
import { useForgotPasswordForm, type ForgotPasswordForm, type ForgotPasswordFormOptions } from '../forms/forgotPassword/useForgotPasswordForm';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { forgotMessages } from '../i18n/messages/forgot';
import { FormErrorMessage, FormField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import type { PersonFieldPartProps } from './primitives/PersonField';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';

const [ForgotPasswordProvider, useForgotPasswordPart] = createPartsContext<ForgotPasswordForm>('ForgotPassword');

/** The password-reset form of the nearest `ForgotPassword.Root`. */
export function useForgotPasswordContext(): ForgotPasswordForm {
  return useForgotPasswordPart('useForgotPasswordContext()');
}

/** Props of `ForgotPassword.Root`. */
export type ForgotPasswordRootProps = ForgotPasswordFormOptions & FormRootElementProps;

/**
 * The password reset: a `<form>` running `useForgotPasswordForm`; `ForgotPassword.Step` shows parts per step.
 * @example
 * <ForgotPassword.Root onNext={flow.send}>
 *   <ForgotPassword.Step step="email"><ForgotPassword.Field name="email" /></ForgotPassword.Step>
 *   <ForgotPassword.Step step="code"><ForgotPassword.Field name="code" /></ForgotPassword.Step>
 *   <ForgotPassword.Step step="password"><ForgotPassword.Field name="password" /><ForgotPassword.Field name="confirmPassword" /></ForgotPassword.Step>
 *   <ForgotPassword.Error />
 *   <ForgotPassword.Submit />
 * </ForgotPassword.Root>
 */
export function ForgotPasswordRoot({ view, code, defaultEmail, redirectTo, onNext, onSuccess, ...props }: ForgotPasswordRootProps) {
  const reset = useForgotPasswordForm({ view, code, defaultEmail, redirectTo, onNext, onSuccess });
  const messages = useMessages(forgotMessages, loginMessages);
  return (
    <ForgotPasswordProvider value={reset}>
      <FormRoot form={reset.getFormProps()} aria-label={messages.forgotTitle} data-step={reset.step} {...props} />
    </ForgotPasswordProvider>
  );
}
ForgotPasswordRoot.displayName = 'ForgotPassword.Root';

/** Renders its children only at the given step(s). */
export function ForgotPasswordStepPart({ step, children }: { step: ForgotPasswordStep | ForgotPasswordStep[]; children?: ReactNode }) {
  const reset = useForgotPasswordPart('<ForgotPassword.Step>');
  const steps = Array.isArray(step) ? step : [step];
  return steps.includes(reset.step) ? <>{children}</> : null;
}
ForgotPasswordStepPart.displayName = 'ForgotPassword.Step';

/** One field. */
export function ForgotPasswordFieldPart({ name, asChild, children, className, ...input }: Omit<PersonFieldPartProps, 'name'> & { name: ForgotPasswordField }) {
  const reset = useForgotPasswordPart('<ForgotPassword.Field>');
  return (
    <FormField className={className} field={reset.getFieldProps(name, input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
ForgotPasswordFieldPart.displayName = 'ForgotPassword.Field';

/** The submit button of the current step; nothing once done. */
export function ForgotPasswordSubmit(props: SubmitPartProps) {
  const reset = useForgotPasswordPart('<ForgotPassword.Submit>');
  if (reset.step === 'done') return null;
  return <SubmitButton submit={reset.getSubmitProps()} {...props} />;
}
ForgotPasswordSubmit.displayName = 'ForgotPassword.Submit';

/** The notice after the email step ("If an account exists…"), as a polite live region. */
export function ForgotPasswordNotice({ className }: { className?: string }) {
  const reset = useForgotPasswordPart('<ForgotPassword.Notice>');
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {reset.notice ?? ''}
    </p>
  );
}
ForgotPasswordNotice.displayName = 'ForgotPassword.Notice';

/** The error, announced to screen readers. */
export function ForgotPasswordError({ className }: { className?: string }) {
  const reset = useForgotPasswordPart('<ForgotPassword.Error>');
  return <FormErrorMessage className={className} error={reset.error} onRetry={reset.submit} />;
}
ForgotPasswordError.displayName = 'ForgotPassword.Error';

export {
  ForgotPasswordRoot as Root,
  ForgotPasswordStepPart as Step,
  ForgotPasswordFieldPart as Field,
  ForgotPasswordSubmit as Submit,
  ForgotPasswordNotice as Notice,
  ForgotPasswordError as Error,
};
