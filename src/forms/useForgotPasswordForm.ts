'use client';
import { formElementProps, submitButtonProps, redirectAfterSignIn, platformArgument, type FormElementProps } from './formParts';
import { schemaResolver } from './schemaResolver';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import type { PlatformView } from '../config/readPlatformConfig';
import { formatMessage } from '../i18n/formatMessage';
import { useForgotPassword, useSendResetPasswordEmail, useSendResetToken } from '../query/hooks/mutationHooks';
import { useMessages } from '../query/UserKitProvider';
import { captchaCode, type CaptchaProvider } from './captcha';
import { fieldProps } from './fieldProps';
import { EMAIL_PATTERN } from './identifier';
import type { SignedInResult, SignInFormOptions } from './successTypes';
import type { FieldProps, FieldSpec, FormError, FormStatus, SubmitProps } from './types';
import { MIN_PASSWORD_LENGTH } from './useRegisterForm';
import { usePlatformView } from './usePlatformView';
import { useSubmission } from './useSubmission';

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

/** Options of {@link useForgotPasswordForm}. */
export interface ForgotPasswordFormOptions extends SignInFormOptions {
  view?: PlatformView;
  /** Start at the code step with a code from a link (`?code=…`). */
  code?: string;
  /** The email to start with. */
  defaultEmail?: string;
  captcha?: CaptchaProvider;
  /** Called when the new password is set and the shopper is signed in. */
  onSuccess?: (result: SignedInResult) => void;
}

/** What {@link useForgotPasswordForm} returns. */
export interface ForgotPasswordForm {
  form: ReturnType<typeof useForm<ForgotPasswordValues>>;
  step: ForgotPasswordStep;
  /** Goes back to a previous step (values are kept). */
  goTo: (step: Exclude<ForgotPasswordStep, 'done'>) => void;
  getFieldProps: (name: ForgotPasswordField) => FieldProps;
  getSubmitProps: () => SubmitProps;
  getFormProps: () => FormElementProps;
  submit: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
  /** A note to show after the email step (`If an account exists for …, a code is on its way.`). */
  notice: string | undefined;
}

const stepFields: Record<Exclude<ForgotPasswordStep, 'done'>, ForgotPasswordField[]> = {
  email: ['email'],
  code: ['code'],
  password: ['password', 'confirmPassword'],
};

/**
 * The headless password reset: email → code from the inbox → new password (`sendResetPasswordEmail`,
 * `sendResetToken`, `forgotPassword`). The email step answers the same whether or not an account exists.
 * @example
 * const reset = useForgotPasswordForm({ onSuccess: ({ redirect }) => navigate(redirect) });
 * reset.step; // 'email' | 'code' | 'password' | 'done'
 */
export function useForgotPasswordForm(options: ForgotPasswordFormOptions = {}): ForgotPasswordForm {
  const messages = useMessages();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  const [step, setStep] = useState<ForgotPasswordStep>(options.code ? 'code' : 'email');
  const [notice, setNotice] = useState<string | undefined>();
  const schema = useMemo(() => {
    const onStep = (name: ForgotPasswordField, test: (value: string, values: ForgotPasswordValues) => boolean) => (values: ForgotPasswordValues) =>
      step === 'done' || !stepFields[step].includes(name) || test(values[name], values);
    return z
      .object({ email: z.string(), code: z.string(), password: z.string(), confirmPassword: z.string() })
      .check(
        z.refine(onStep('email', (value) => value.trim() !== ''), { error: messages.validationRequired, path: ['email'] }),
        z.refine(onStep('email', (value) => value.trim() === '' || EMAIL_PATTERN.test(value.trim())), { error: messages.validationEmail, path: ['email'] }),
        z.refine(onStep('code', (value) => value.trim() !== ''), { error: messages.validationRequired, path: ['code'] }),
        z.refine(onStep('password', (value) => value.length >= MIN_PASSWORD_LENGTH), {
          error: formatMessage(messages.validationPasswordTooShort, { min: MIN_PASSWORD_LENGTH }),
          path: ['password'],
        }),
        z.refine(onStep('confirmPassword', (value, values) => value === values.password), { error: messages.validationPasswordMismatch, path: ['confirmPassword'] }),
      );
  }, [messages, step]);
  const form = useForm<ForgotPasswordValues>({
    resolver: schemaResolver(schema),
    defaultValues: { email: options.defaultEmail ?? '', code: options.code ?? '', password: '', confirmPassword: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const formId = useId();
  const submission = useSubmission(messages);
  const sendEmail = useSendResetPasswordEmail();
  const checkCode = useSendResetToken();
  const setPassword = useForgotPassword();

  const specs: Record<ForgotPasswordField, FieldSpec> = {
    email: { label: messages.fieldEmail, type: 'email', inputMode: 'email', autoComplete: 'email', required: true, dir: 'ltr' },
    code: { label: messages.otpCodeLabel, type: 'text', inputMode: 'text', autoComplete: 'one-time-code', required: true, dir: 'ltr' },
    password: {
      label: messages.resetNewPassword,
      type: 'password',
      autoComplete: 'new-password',
      required: true,
      description: formatMessage(messages.registerPasswordHint, { min: MIN_PASSWORD_LENGTH }),
    },
    confirmPassword: { label: messages.resetConfirmPassword, type: 'password', autoComplete: 'new-password', required: true },
  };

  const onValid = useCallback(
    async (values: ForgotPasswordValues) => {
      if (step === 'done') return;
      const result = await submission.run(async () => {
        if (step === 'email') {
          const captcha_code = await captchaCode(view.captchaRequired, options.captcha);
          await sendEmail.mutateAsync({
            body: { email: values.email.trim(), ...(captcha_code === undefined ? {} : { captcha_code }) },
            ...platformArgument(options.platform),
          });
          return undefined;
        }
        if (step === 'code') {
          await checkCode.mutateAsync({ body: { code: values.code.trim() } });
          return undefined;
        }
        const answer = await setPassword.mutateAsync({ body: { code: values.code.trim(), password: values.password } });
        return answer.user;
      });
      if (!result) return;
      if (!result.ok) {
        // A refused code at the last step sends the shopper back to the code (focused once it is rendered again).
        if (step === 'password' && result.error.kind === 'rejected') setStep('code');
        else form.setFocus(stepFields[step][0]!);
        return;
      }
      if (step === 'email') {
        setNotice(formatMessage(messages.forgotSent, { email: values.email.trim() }));
        setStep('code');
        return;
      }
      if (step === 'code') {
        setStep('password');
        return;
      }
      // The new password is not kept once it has done its job.
      form.reset({ ...values, password: '', confirmPassword: '' });
      setStep('done');
      if (result.value) options.onSuccess?.({ user: result.value, redirect: redirectAfterSignIn(options) });
    },
    [step, submission, view.captchaRequired, options, sendEmail, checkCode, setPassword, form, messages.forgotSent],
  );

  // When the step changes, focus its first field once it is rendered (not on the first render).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (step !== 'done') form.setFocus(stepFields[step][0]!);
  }, [step, form]);

  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);
  const busy = submission.status === 'submitting';
  const label = step === 'email' ? messages.forgotSubmit : step === 'code' ? messages.commonContinue : messages.resetSubmit;
  const busyLabel = step === 'password' ? messages.resetSubmitting : messages.forgotSubmitting;
  return {
    form,
    step,
    goTo: (next) => {
      submission.reset();
      form.clearErrors();
      setStep(next);
    },
    getFieldProps: (name) => fieldProps(formId, form, name, specs[name], form.formState.errors),
    getSubmitProps: () => submitButtonProps(busy, label, busyLabel),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: submission.status,
    error: submission.error,
    notice,
  };
}
