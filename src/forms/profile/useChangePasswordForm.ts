'use client';
import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { securityMessages } from '../../i18n/messages/security';
import { useHasPassword } from '../../query/hooks/useHasPassword';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { useKitSettings } from '../../query/userKit';
import { useKitForm, type KitForm } from '../kit/useKitForm';
import type { FormError } from '../kit/types';
import { errorMessage } from '../../i18n/errorMessage';
import { changePasswordBody, changePasswordFields, changePasswordSchema, changePasswordSpecs, type ChangePasswordField, type ChangePasswordMode, type ChangePasswordValues } from './changePasswordForm';
import { personMessages } from '../../i18n/messages/person';

/** Options of {@link useChangePasswordForm}. */
export interface ChangePasswordFormOptions {
  /** Called after the password was saved (with the mode it was saved in). The form is emptied first. */
  onSuccess?: (result: { mode: ChangePasswordMode }) => void;
}

/** What {@link useChangePasswordForm} returns. */
export interface ChangePasswordForm extends KitForm<ChangePasswordValues> {
  /** `change` or `set`, from `useHasPassword`; `undefined` until known. */
  mode: ChangePasswordMode | undefined;
  /** The fields to show in this mode. */
  fields: ChangePasswordField[];
  /** Whether `hasPassword` is loading. */
  isLoading: boolean;
  /** Why `hasPassword` could not be read, if it failed. */
  loadError: FormError | undefined;
  /** Reads `hasPassword` again. */
  retryLoad: () => void;
  /** The title for the mode (`Change password` / `Set a password`). */
  title: string;
  /** A short confirmation to announce after a save. */
  notice: string | undefined;
}

/**
 * The headless change-password form. With `useHasPassword` it asks for the current password when the account has
 * one ("Change password"), and only for a new one when it has none ("Set a password"). The new password is
 * checked (the provider's `passwordRule`, the confirmation, different from the current one) before any request,
 * sent once, and not kept after success: the form is emptied, and no mutation cache holds it.
 * @example
 * const password = useChangePasswordForm();
 * <form {...password.getFormProps()}>
 *   {password.fields.map((name) => <FormField key={name} field={password.getFieldProps(name)} />)}
 *   <button {...password.getSubmitProps()} />
 * </form>
 */
export function useChangePasswordForm(options: ChangePasswordFormOptions = {}): ChangePasswordForm {
  const messages = useMessages(profileMessages, securityMessages, personMessages);
  const settings = useKitSettings();
  const session = useLoggedInUser();
  const hasPassword = useHasPassword({ enabled: Boolean(session.data) });
  const [notice, setNotice] = useState<string | undefined>();
  const mode: ChangePasswordMode | undefined = hasPassword.data ? (hasPassword.data.result ? 'change' : 'set') : undefined;
  const schema = useMemo(() => changePasswordSchema(mode, messages, settings.passwordRule), [mode, messages, settings.passwordRule]);

  const kitForm = useKitForm({
    fields: changePasswordSpecs(messages, settings.passwordRule),
    schema,
    defaultValues: { old_password: '', new_password: '', confirm_password: '' },
    labels: { submit: mode === 'set' ? messages.passwordSetSubmit : messages.passwordChangeSubmit, busy: messages.passwordSubmitting },
    send: async (values, api) => {
      setNotice(undefined);
      if (!mode) return undefined;
      await api.call('updatePassword', { body: changePasswordBody(mode, values) });
      return mode;
    },
    onSuccess: (saved, _values, form) => {
      if (!saved) return;
      form.reset({ old_password: '', new_password: '', confirm_password: '' });
      setNotice(saved === 'change' ? messages.passwordChanged : messages.passwordSet);
      options.onSuccess?.({ mode: saved });
    },
    onFailure: (error) => (mode === 'change' && error.kind === 'rejected' ? 'old_password' : 'new_password'),
  });

  const submitProps = kitForm.getSubmitProps;
  return {
    ...kitForm,
    getSubmitProps: (props) => {
      const base = submitProps(props);
      return mode ? base : { ...base, 'aria-disabled': true };
    },
    mode,
    fields: changePasswordFields[mode ?? 'change'],
    isLoading: hasPassword.isPending && hasPassword.fetchStatus !== 'idle',
    // This hook loads on demand (the password section), so it words the error at once.
    loadError: hasPassword.error ? { ...errorMessage(hasPassword.error, messages), cause: hasPassword.error } : undefined,
    retryLoad: () => void hasPassword.refetch(),
    title: mode === 'set' ? messages.passwordSetTitle : messages.passwordChangeTitle,
    notice,
  };
}
