import * as z from 'zod/mini';
import type { PasswordRule } from '../../config/settings';
import type { Messages } from '../../i18n/messages';
import type { FieldSpec } from '../kit/types';
import { passwordAccepted, passwordRuleText } from '../rules/password';

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

/** The fields each mode shows. */
export const changePasswordFields: Record<ChangePasswordMode, ChangePasswordField[]> = {
  change: ['old_password', 'new_password', 'confirm_password'],
  set: ['new_password', 'confirm_password'],
};

/** The fields, as data. */
export function changePasswordSpecs(messages: Messages, rule: PasswordRule): Record<ChangePasswordField, FieldSpec> {
  return {
    old_password: { label: messages.passwordCurrent, type: 'password', autoComplete: 'current-password', required: true },
    new_password: { label: messages.passwordNew, type: 'password', autoComplete: 'new-password', required: true, description: passwordRuleText(rule, messages) },
    confirm_password: { label: messages.passwordConfirm, type: 'password', autoComplete: 'new-password', required: true },
  };
}

/** The rules: the current password (change mode), a new one that meets the rule and differs, and its confirmation. */
export function changePasswordSchema(mode: ChangePasswordMode | undefined, messages: Messages, rule: PasswordRule) {
  return z.object({ old_password: z.string(), new_password: z.string(), confirm_password: z.string() }).check(
    z.superRefine((values, ctx) => {
      const issue = (path: ChangePasswordField, message: string) => ctx.issues.push({ code: 'custom', input: values[path], path: [path], message });
      if (mode === 'change' && values.old_password === '') issue('old_password', messages.validationRequired);
      if (values.new_password === '') issue('new_password', messages.validationRequired);
      else if (!passwordAccepted(values.new_password, rule)) issue('new_password', passwordRuleText(rule, messages));
      else if (mode === 'change' && values.new_password === values.old_password) issue('new_password', messages.validationPasswordSame);
      if (values.confirm_password === '') issue('confirm_password', messages.validationRequired);
      else if (values.confirm_password !== values.new_password) issue('confirm_password', messages.validationPasswordMismatch);
    }),
  );
}

/** The `updatePassword` body of a mode. */
export function changePasswordBody(mode: ChangePasswordMode, values: ChangePasswordValues) {
  return mode === 'change' ? { old_password: values.old_password, new_password: values.new_password } : { new_password: values.new_password };
}
