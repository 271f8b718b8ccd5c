'use client';
import { schemaResolver } from '../schemaResolver';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { errorMessage } from '../../i18n/errorMessage';
import { formatMessage } from '../../i18n/formatMessage';
import { executeMutation } from '../../query/executeMutation';
import { useHasPassword } from '../../query/hooks/useHasPassword';
import { useLoggedInUser } from '../../query/hooks/useLoggedInUser';
import { useMessages, useUserKit } from '../../query/UserKitProvider';
import { fieldProps } from '../fieldProps';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from '../types';
import { MIN_PASSWORD_LENGTH } from '../useRegisterForm';
import { useSubmission } from '../useSubmission';
import { formElementProps, type FormElementProps } from '../formParts';

/** The values of the password form. `old_password` is only asked when the account has a password. */
export interface ChangePasswordValues {
  old_password: string;
  new_password: string;
  confirm_password: string;
}

/** A field of the password form. */
export type ChangePasswordField = keyof ChangePasswordValues;

/** `change`: the account has a password (the current one is asked); `set`: it has none (OTP or social sign-in). */
export type ChangePasswordMode = 'change' | 'set';

/** Options of {@link useChangePasswordForm}. */
export interface ChangePasswordFormOptions {
  /** Called after the password was saved (with the mode it was saved in). The form is emptied first. */
  onSuccess?: (result: { mode: ChangePasswordMode }) => void;
}

/** What {@link useChangePasswordForm} returns. */
export interface ChangePasswordForm {
  form: ReturnType<typeof useForm<ChangePasswordValues>>;
  /** Props for `old_password` (`current-password`), `new_password` and `confirm_password` (`new-password`). */
  getFieldProps: (name: ChangePasswordField) => FieldProps;
  getSubmitProps: () => SubmitProps;
  getFormProps: () => FormElementProps;
  submit: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
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
 * checked (length, confirmation, different from the current one) before any request, sent once, never logged,
 * and not kept after success: the form is emptied and the request does not stay in the mutation cache.
 * @example
 * const password = useChangePasswordForm();
 * <form {...password.getFormProps()}>
 *   {password.fields.map((name) => <FormField key={name} field={password.getFieldProps(name)} />)}
 *   <button {...password.getSubmitProps()} />
 * </form>
 */
export function useChangePasswordForm(options: ChangePasswordFormOptions = {}): ChangePasswordForm {
  const messages = useMessages();
  const kit = useUserKit();
  const session = useLoggedInUser();
  const hasPassword = useHasPassword({ enabled: Boolean(session.data) });
  const submission = useSubmission(messages);
  const [notice, setNotice] = useState<string | undefined>();
  const formId = useId();
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const mode: ChangePasswordMode | undefined = hasPassword.data ? (hasPassword.data.result ? 'change' : 'set') : undefined;

  const schema = useMemo(
    () =>
      z
        .object({ old_password: z.string(), new_password: z.string(), confirm_password: z.string() })
        .check(
          z.superRefine((values, ctx) => {
            const issue = (path: ChangePasswordField, message: string) => ctx.issues.push({ code: 'custom', input: values[path], path: [path], message });
            if (mode === 'change' && values.old_password === '') issue('old_password', messages.validationRequired);
            if (values.new_password === '') issue('new_password', messages.validationRequired);
            else if (values.new_password.length < MIN_PASSWORD_LENGTH) issue('new_password', formatMessage(messages.validationPasswordTooShort, { min: MIN_PASSWORD_LENGTH }));
            else if (mode === 'change' && values.new_password === values.old_password) issue('new_password', messages.validationPasswordSame);
            if (values.confirm_password === '') issue('confirm_password', messages.validationRequired);
            else if (values.confirm_password !== values.new_password) issue('confirm_password', messages.validationPasswordMismatch);
          }),
        ),
    [messages, mode],
  );

  const empty: ChangePasswordValues = { old_password: '', new_password: '', confirm_password: '' };
  const form = useForm<ChangePasswordValues>({ resolver: schemaResolver(schema), defaultValues: empty, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: true });

  const specs: Record<ChangePasswordField, FieldSpec> = {
    old_password: { label: messages.passwordCurrent, type: 'password', autoComplete: 'current-password', required: true },
    new_password: {
      label: messages.passwordNew,
      type: 'password',
      autoComplete: 'new-password',
      required: true,
      description: formatMessage(messages.registerPasswordHint, { min: MIN_PASSWORD_LENGTH }),
    },
    confirm_password: { label: messages.passwordConfirm, type: 'password', autoComplete: 'new-password', required: true },
  };

  const onValid = useCallback(
    async (values: ChangePasswordValues) => {
      if (!mode) return;
      setNotice(undefined);
      // Called without a mutation hook on purpose: the passwords never sit in the mutation cache.
      const body = mode === 'change' ? { old_password: values.old_password, new_password: values.new_password } : { new_password: values.new_password };
      const result = await submission.run(() => executeMutation('updatePassword', { body }, kit));
      if (!result) return;
      if (!result.ok) {
        form.setFocus(mode === 'change' && result.error.kind === 'rejected' ? 'old_password' : 'new_password');
        return;
      }
      form.reset({ old_password: '', new_password: '', confirm_password: '' });
      setNotice(mode === 'change' ? messages.passwordChanged : messages.passwordSet);
      optionsRef.current.onSuccess?.({ mode });
    },
    [mode, submission, kit, form, messages],
  );

  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);
  const busy = submission.status === 'submitting';
  const loadError = hasPassword.error ? { ...errorMessage(hasPassword.error, messages), cause: hasPassword.error } : undefined;
  return {
    form,
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], form.formState.errors),
    getSubmitProps: () => ({
      type: 'submit',
      'aria-busy': busy,
      'aria-disabled': busy || !mode,
      children: busy ? messages.passwordSubmitting : mode === 'set' ? messages.passwordSetSubmit : messages.passwordChangeSubmit,
    }),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: submission.status,
    error: submission.error,
    mode,
    fields: mode === 'set' ? ['new_password', 'confirm_password'] : ['old_password', 'new_password', 'confirm_password'],
    isLoading: hasPassword.isPending && hasPassword.fetchStatus !== 'idle',
    loadError,
    retryLoad: () => void hasPassword.refetch(),
    title: mode === 'set' ? messages.passwordSetTitle : messages.passwordChangeTitle,
    notice,
  };
}
