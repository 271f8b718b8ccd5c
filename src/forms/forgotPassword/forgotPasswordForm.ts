import * as z from 'zod/mini';
import type { PasswordRule } from '../../config/settings';
import type { Messages } from '../../i18n/messages';
import type { FieldSpec } from '../kit/types';
import { EMAIL_PATTERN } from '../identifier';
import { passwordAccepted, passwordRuleText } from '../rules/password';

/** The steps of a password reset: ask for the email, enter the code from it, choose a new password. */
export type ForgotPasswordStep = 'email' | 'code' | 'password' | 'done';

/** The values of the forgot-password form. */
export interface ForgotPasswordValues {
  email: string;
  code: string;
  password: string;
  confirmPassword: string;
}

/** A field of the forgot-password form. */
export type ForgotPasswordField = keyof ForgotPasswordValues;

/** The fields each step shows. */
export const forgotStepFields: Record<Exclude<ForgotPasswordStep, 'done'>, ForgotPasswordField[]> = {
  email: ['email'],
  code: ['code'],
  password: ['password', 'confirmPassword'],
};

/** The fields, as data (the code is a reset code, not a one-time sign-in code). */
export function forgotFields(messages: Messages, rule: PasswordRule): Record<ForgotPasswordField, FieldSpec> {
  return {
    email: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: true, dir: 'ltr' },
    code: { label: messages.resetCodeLabel, type: 'text', inputMode: 'text', autoComplete: 'off', required: true, dir: 'ltr', description: messages.resetCodeHint },
    password: { label: messages.resetNewPassword, type: 'password', autoComplete: 'new-password', required: true, description: passwordRuleText(rule, messages) },
    confirmPassword: { label: messages.resetConfirmPassword, type: 'password', autoComplete: 'new-password', required: true },
  };
}

/** The rules of the step's fields (the others are not checked). */
export function forgotSchema(step: ForgotPasswordStep, messages: Messages, rule: PasswordRule) {
  const on = (name: ForgotPasswordField, test: (value: string, values: ForgotPasswordValues) => boolean) => (values: ForgotPasswordValues) =>
    step === 'done' || !forgotStepFields[step].includes(name) || test(values[name], values);
  return z
    .object({ email: z.string(), code: z.string(), password: z.string(), confirmPassword: z.string() })
    .check(
      z.refine(on('email', (value) => value.trim() !== ''), { error: messages.validationRequired, path: ['email'] }),
      z.refine(on('email', (value) => value.trim() === '' || EMAIL_PATTERN.test(value.trim())), { error: messages.validationEmail, path: ['email'] }),
      z.refine(on('code', (value) => value.trim() !== ''), { error: messages.validationRequired, path: ['code'] }),
      z.refine(on('password', (value) => passwordAccepted(value, rule)), { error: passwordRuleText(rule, messages), path: ['password'] }),
      z.refine(on('confirmPassword', (value, values) => value === values.password), { error: messages.validationPasswordMismatch, path: ['confirmPassword'] }),
    );
}

/** The step after a step's success. */
export const forgotNextStep: Record<Exclude<ForgotPasswordStep, 'done'>, ForgotPasswordStep> = { email: 'code', code: 'password', password: 'done' };
