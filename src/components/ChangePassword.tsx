'use client';
import type { ReactNode } from 'react';
import type { ChangePasswordField } from '../forms/profile/changePasswordForm';
import { useChangePasswordForm, type ChangePasswordForm, type ChangePasswordFormOptions } from '../forms/profile/useChangePasswordForm';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { securityMessages } from '../i18n/messages/security';
import { FormErrorMessage, FormField } from './Form';
import { createPartsContext } from './primitives/createPartsContext';
import { FormRoot, type FormRootElementProps } from './primitives/FormRoot';
import type { PersonFieldPartProps } from './primitives/PersonField';
import { SubmitButton, type SubmitPartProps } from './primitives/SubmitButton';

const [ChangePasswordProvider, useChangePasswordPart] = createPartsContext<ChangePasswordForm>('ChangePassword');

/** The password form of the nearest `ChangePassword.Root`, for parts of your own. */
export function useChangePasswordContext(): ChangePasswordForm {
  return useChangePasswordPart('useChangePasswordContext()');
}

/** Props of `ChangePassword.Root`: the options of `useChangePasswordForm`, plus the `<form>` element's props. */
export type ChangePasswordRootProps = ChangePasswordFormOptions & FormRootElementProps;

/**
 * The password form: a `<form>` running `useChangePasswordForm` ("Set a password" when the account has none,
 * "Change password" with the current one otherwise). While `hasPassword` loads it shows a loading state (and the
 * fields, hint and button render nothing); when it fails, the error and "Try again".
 * @example
 * <ChangePassword.Root>
 *   <ChangePassword.Title />
 *   <ChangePassword.Fields />
 *   <ChangePassword.Error />
 *   <ChangePassword.Notice />
 *   <ChangePassword.Submit />
 * </ChangePassword.Root>
 */
export function ChangePasswordRoot({ onSuccess, children, ...props }: ChangePasswordRootProps) {
  const password = useChangePasswordForm({ onSuccess });
  const messages = useMessages(profileMessages, securityMessages);
  let state: ReactNode = null;
  if (password.loadError) state = <FormErrorMessage error={password.loadError} onRetry={password.retryLoad} />;
  else if (!password.mode && password.isLoading) {
    state = (
      <p className="fdk-loading" role="status">
        {messages.commonLoading}
      </p>
    );
  }
  return (
    <ChangePasswordProvider value={password}>
      <FormRoot form={password.getFormProps()} aria-label={password.title} data-mode={password.mode} {...props}>
        {state}
        {children}
      </FormRoot>
    </ChangePasswordProvider>
  );
}
ChangePasswordRoot.displayName = 'ChangePassword.Root';

/** The title for the mode, as a heading (`level`, default 2). */
export function ChangePasswordTitle({ level = 2, className, id }: { level?: 2 | 3 | 4; className?: string; id?: string }) {
  const password = useChangePasswordPart('<ChangePassword.Title>');
  const Heading = `h${level}` as const;
  return (
    <Heading className={className ?? 'fdk-section-title'} id={id}>
      {password.title}
    </Heading>
  );
}
ChangePasswordTitle.displayName = 'ChangePassword.Title';

/** The hint for an account without a password ("You sign in with one-time codes…"); nothing otherwise. */
export function ChangePasswordHint({ className }: { className?: string }) {
  const password = useChangePasswordPart('<ChangePassword.Hint>');
  const messages = useMessages(profileMessages, securityMessages);
  if (password.mode !== 'set') return null;
  return <p className={className ?? 'fdk-hint'}>{messages.passwordSetHint}</p>;
}
ChangePasswordHint.displayName = 'ChangePassword.Hint';

/** One field (`old_password` renders nothing in "set" mode). */
export function ChangePasswordFieldPart({ name, asChild, children, className, ...input }: Omit<PersonFieldPartProps, 'name'> & { name: ChangePasswordField }) {
  const password = useChangePasswordPart('<ChangePassword.Field>');
  if (!password.mode || !password.fields.includes(name)) return null;
  return (
    <FormField className={className} field={password.getFieldProps(name, input)} asChild={asChild}>
      {children}
    </FormField>
  );
}
ChangePasswordFieldPart.displayName = 'ChangePassword.Field';

/** The fields of the mode, in order. */
export function ChangePasswordFields() {
  const password = useChangePasswordPart('<ChangePassword.Fields>');
  if (!password.mode) return null;
  return (
    <>
      {password.fields.map((name) => (
        <ChangePasswordFieldPart key={name} name={name} />
      ))}
    </>
  );
}
ChangePasswordFields.displayName = 'ChangePassword.Fields';

/** The save button ("Change password" / "Set password"). */
export function ChangePasswordSubmit(props: SubmitPartProps) {
  const password = useChangePasswordPart('<ChangePassword.Submit>');
  if (!password.mode) return null;
  return <SubmitButton submit={password.getSubmitProps()} {...props} />;
}
ChangePasswordSubmit.displayName = 'ChangePassword.Submit';

/** The save error, announced. */
export function ChangePasswordError({ className }: { className?: string }) {
  const password = useChangePasswordPart('<ChangePassword.Error>');
  return <FormErrorMessage className={className} error={password.error} onRetry={() => void password.submit()} />;
}
ChangePasswordError.displayName = 'ChangePassword.Error';

/** The confirmation after a save, in a polite live region. */
export function ChangePasswordNotice({ className }: { className?: string }) {
  const password = useChangePasswordPart('<ChangePassword.Notice>');
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {password.notice ?? ''}
    </p>
  );
}
ChangePasswordNotice.displayName = 'ChangePassword.Notice';

export {
  ChangePasswordRoot as Root,
  ChangePasswordTitle as Title,
  ChangePasswordHint as Hint,
  ChangePasswordFieldPart as Field,
  ChangePasswordFields as Fields,
  ChangePasswordSubmit as Submit,
  ChangePasswordError as Error,
  ChangePasswordNotice as Notice,
};
