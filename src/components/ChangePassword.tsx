'use client';
import { createContext, useContext, type ButtonHTMLAttributes, type FormHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useChangePasswordForm, type ChangePasswordField, type ChangePasswordForm, type ChangePasswordFormOptions } from '../forms/profile/useChangePasswordForm';
import { useMessages } from '../query/UserKitProvider';
import { FormErrorMessage, FormField } from './Form';
import { SlotButton } from './Slot';

const ChangePasswordContext = createContext<ChangePasswordForm | null>(null);

/** The password form of the nearest `ChangePassword.Root`, for parts of your own. */
export function useChangePasswordContext(): ChangePasswordForm {
  const form = useContext(ChangePasswordContext);
  if (!form) throw new Error('ChangePassword parts must be inside <ChangePassword.Root>.');
  return form;
}

/** Props of `ChangePassword.Root`: the options of `useChangePasswordForm`, plus the `<form>` element's props. */
export type ChangePasswordRootProps = ChangePasswordFormOptions & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> & { children?: ReactNode };

/**
 * The password form: a `<form>` running `useChangePasswordForm` ("Set a password" when the account has none,
 * "Change password" with the current one otherwise). While `hasPassword` loads it shows "Loading…" (and the
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
function ChangePasswordRoot({ onSuccess, children, ...formProps }: ChangePasswordRootProps) {
  const password = useChangePasswordForm({ onSuccess });
  const messages = useMessages();
  let state: ReactNode = null;
  if (password.loadError) {
    state = <FormErrorMessage error={password.loadError} onRetry={password.retryLoad} />;
  } else if (!password.mode && password.isLoading) {
    state = (
      <p className="fdk-loading" role="status">
        {messages.commonLoading}
      </p>
    );
  }
  return (
    <ChangePasswordContext.Provider value={password}>
      <form {...formProps} {...password.getFormProps()} data-mode={password.mode}>
        {state}
        {children}
      </form>
    </ChangePasswordContext.Provider>
  );
}

/** The title for the mode, as a heading (`level`, default 2). */
function ChangePasswordTitle({ level = 2, className, id }: { level?: 2 | 3 | 4; className?: string; id?: string }) {
  const password = useChangePasswordContext();
  const Heading = `h${level}` as const;
  return (
    <Heading className={className ?? 'fdk-section-title'} id={id}>
      {password.title}
    </Heading>
  );
}

/** The hint for an account without a password ("You sign in with one-time codes…"); nothing otherwise. */
function ChangePasswordHint({ className }: { className?: string }) {
  const password = useChangePasswordContext();
  const messages = useMessages();
  if (password.mode !== 'set') return null;
  return <p className={className ?? 'fdk-hint'}>{messages.passwordSetHint}</p>;
}

/** One field (`old_password` renders nothing in "set" mode). */
function ChangePasswordFieldPart({ name, asChild, children, className }: { name: ChangePasswordField; asChild?: boolean; children?: ReactElement; className?: string }) {
  const password = useChangePasswordContext();
  if (!password.mode || !password.fields.includes(name)) return null;
  return (
    <FormField className={className} field={password.getFieldProps(name)} asChild={asChild}>
      {children}
    </FormField>
  );
}

/** The fields of the mode, in order. */
function ChangePasswordFields() {
  const password = useChangePasswordContext();
  if (!password.mode) return null;
  return (
    <>
      {password.fields.map((name) => (
        <ChangePasswordFieldPart key={name} name={name} />
      ))}
    </>
  );
}

/** The save button ("Change password" / "Set password"). */
function ChangePasswordSubmit({ asChild, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }) {
  const password = useChangePasswordContext();
  const submit = password.getSubmitProps();
  if (!password.mode) return null;
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

/** The save error, announced. */
function ChangePasswordError({ className }: { className?: string }) {
  const password = useChangePasswordContext();
  return <FormErrorMessage className={className} error={password.error} onRetry={() => void password.submit()} />;
}

/** The confirmation after a save, in a polite live region. */
function ChangePasswordNotice({ className }: { className?: string }) {
  const password = useChangePasswordContext();
  return (
    <p className={className ?? 'fdk-notice'} role="status">
      {password.notice ?? ''}
    </p>
  );
}

/**
 * Password parts: `ChangePassword.Root`, `.Title`, `.Hint`, `.Field`, `.Fields`, `.Submit`, `.Error`, `.Notice`.
 * @example
 * <ChangePassword.Root><ChangePassword.Fields /><ChangePassword.Submit /></ChangePassword.Root>
 */
export const ChangePassword = {
  Root: ChangePasswordRoot,
  Title: ChangePasswordTitle,
  Hint: ChangePasswordHint,
  Field: ChangePasswordFieldPart,
  Fields: ChangePasswordFields,
  Submit: ChangePasswordSubmit,
  Error: ChangePasswordError,
  Notice: ChangePasswordNotice,
};
