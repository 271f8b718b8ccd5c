'use client';
import { formElementProps, submitButtonProps, redirectAfterSignIn, platformArgument, type FormElementProps } from './formParts';
import { schemaResolver } from './schemaResolver';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { isFdkRateLimitError } from '../client/errors';
import { formatMessage } from '../i18n/formatMessage';
import { useSendOTPOnEmail, useSendOTPOnMobile, useVerifyEmailOTP, useVerifyMobileOTP } from '../query/hooks/mutationHooks';
import { useResendTimer, type ResendTimer } from '../query/hooks/useResendTimer';
import { useMessages } from '../query/UserKitProvider';
import { fieldProps } from './fieldProps';
import { normalizeOtp, OTP_LENGTH_RANGE } from './otpCode';
import type { OtpTarget, SignedInResult, SignInFormOptions } from './successTypes';
import type { FieldProps, FormError, FormStatus, SubmitProps } from './types';
import { useSubmission } from './useSubmission';

/** Options of {@link useOtpForm}. */
export interface OtpFormOptions extends SignInFormOptions {
  /** Where the code was sent (from the login or registration step). */
  target: OtpTarget;
  /** Digits in the code, 4 to 8. Default 6. */
  length?: number;
  /** Verify as soon as the last digit is typed or pasted. Default `true`. */
  autoSubmit?: boolean;
  /** Use the WebOTP API (`navigator.credentials.get({ otp })`) where the browser has it. Default `true`. */
  webOtp?: boolean;
  /** Called when the code signed the shopper in. */
  onSuccess?: (result: SignedInResult) => void;
  /** Called when the code was right but there is no account yet: continue registration with this token. */
  onRegisterRequired?: (next: { registerToken: string; target: OtpTarget }) => void;
}

/** What {@link useOtpForm} returns. */
export interface OtpForm {
  form: ReturnType<typeof useForm<{ code: string }>>;
  /** Props for the code input (one input for the whole code: paste, autofill and screen readers work). */
  getFieldProps: (name: 'code') => FieldProps;
  getSubmitProps: () => SubmitProps;
  getFormProps: () => FormElementProps;
  submit: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
  /** Code length. */
  length: number;
  /** The current target (a resend may have changed its request id). */
  target: OtpTarget;
  /** Sends a new code, unless the countdown still runs. A 429 restarts the countdown with its `retryAfter`. */
  resend: () => Promise<void>;
  /** Whether a resend is in flight. */
  resending: boolean;
  /** The resend countdown. */
  timer: ResendTimer;
  /** A short text saying where the code went (`We sent a code to +91 98765 43210.`). */
  sentTo: string;
}

const timerKey = (target: OtpTarget) => (target.channel === 'mobile' ? `mobile:${target.requestId || `${target.countryCode}:${target.mobile}`}` : `email:${target.email}`);

/**
 * The headless OTP step: one code input (4–8 digits) that normalises pasted `123 456` / `123-456`, verifies
 * itself when complete, listens to WebOTP where the browser supports it (aborted on unmount), and a resend gated
 * by the server's `resend_timer` (and a 429's `retryAfter`). A wrong code clears only the code.
 * @example
 * const otp = useOtpForm({ target, onSuccess: ({ redirect }) => navigate(redirect) });
 * <input {...otp.getFieldProps('code').inputProps} />
 * <button type="button" onClick={otp.resend} disabled={!otp.timer.canResend}>Resend</button>
 */
export function useOtpForm(options: OtpFormOptions): OtpForm {
  const messages = useMessages();
  const length = Math.min(OTP_LENGTH_RANGE.max, Math.max(OTP_LENGTH_RANGE.min, Math.round(options.length ?? 6)));
  const [target, setTarget] = useState(options.target);
  const timer = useResendTimer(timerKey(target), target.resendTimer);
  const schema = useMemo(
    () =>
      z.object({
        code: z.string().check(z.refine((value) => value.length === length, { error: formatMessage(messages.validationCodeLength, { length }) })),
      }),
    [length, messages],
  );
  const form = useForm<{ code: string }>({ resolver: schemaResolver(schema), defaultValues: { code: '' }, mode: 'onSubmit', reValidateMode: 'onSubmit' });
  const formId = useId();
  const submission = useSubmission(messages);
  const resendSubmission = useSubmission(messages);
  const verifyMobile = useVerifyMobileOTP();
  const verifyEmail = useVerifyEmailOTP();
  const sendMobile = useSendOTPOnMobile();
  const sendEmail = useSendOTPOnEmail();
  const platformArg = platformArgument(options.platform);

  const latest = useRef({ options, target });
  useEffect(() => {
    latest.current = { options, target };
  });

  const onValid = useCallback(
    async ({ code }: { code: string }) => {
      const { options: current, target: sentTo } = latest.current;
      const result = await submission.run(() =>
        sentTo.channel === 'mobile'
          ? verifyMobile.mutateAsync({ body: { request_id: sentTo.requestId, otp: code, ...(sentTo.registerToken ? { register_token: sentTo.registerToken } : {}) }, ...platformArg })
          : verifyEmail.mutateAsync({ body: { email: sentTo.email, otp: code, action: 'verify', ...(sentTo.registerToken ? { register_token: sentTo.registerToken } : {}) }, ...platformArg }),
      );
      if (!result) return;
      if (!result.ok) {
        if (result.error.kind === 'rejected') form.setValue('code', '');
        form.setFocus('code');
        return;
      }
      const answer = result.value;
      if (answer.user) {
        current.onSuccess?.({ user: answer.user, redirect: redirectAfterSignIn(current) });
      } else if (answer.register_token) {
        current.onRegisterRequired?.({ registerToken: answer.register_token, target: sentTo });
      }
    },
    // platformArg is derived from options.platform
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [submission, verifyMobile, verifyEmail, form, options.platform],
  );
  const submit = useCallback(() => form.handleSubmit(onValid)(), [form, onValid]);

  const autoSubmit = options.autoSubmit !== false;
  const registration = form.register('code');
  const onChange = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const normalized = normalizeOtp(event.target.value, length);
      if (event.target.value !== normalized) event.target.value = normalized;
      await registration.onChange(event);
      if (autoSubmit && normalized.length === length) await submit();
    },
    [length, registration, autoSubmit, submit],
  );

  // WebOTP: fill the code from the SMS where the browser offers it; abort when the step goes away.
  const webOtp = options.webOtp !== false && target.channel === 'mobile';
  useEffect(() => {
    if (!webOtp || typeof window === 'undefined' || !('OTPCredential' in window) || !navigator.credentials?.get) return;
    const controller = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = normalizeOtp((credential as { code?: string } | null)?.code ?? '', length);
        if (code.length !== length || controller.signal.aborted) return;
        form.setValue('code', code);
        if (autoSubmit) void submit();
      })
      .catch(() => {
        // Aborted or refused: the shopper types the code.
      });
    return () => controller.abort();
  }, [webOtp, length, form, autoSubmit, submit]);

  const resend = useCallback(async () => {
    if (!timer.canResend) return;
    const sentTo = latest.current.target;
    const result = await resendSubmission.run(async () => {
      if (sentTo.channel === 'mobile') {
        const answer = await sendMobile.mutateAsync({ body: { mobile: sentTo.mobile, country_code: sentTo.countryCode, action: 'resend' }, ...platformArg });
        return { ...sentTo, requestId: answer.request_id ?? sentTo.requestId, resendTimer: answer.resend_timer ?? sentTo.resendTimer } satisfies OtpTarget;
      }
      const answer = await sendEmail.mutateAsync({ body: { email: sentTo.email, action: 'resend' }, ...platformArg });
      const seconds = (answer as { resend_timer?: unknown }).resend_timer;
      return { ...sentTo, resendTimer: typeof seconds === 'number' ? seconds : sentTo.resendTimer } satisfies OtpTarget;
    });
    if (!result) return;
    if (result.ok) {
      setTarget(result.value);
      form.setValue('code', '');
      submission.reset();
      if (result.value.resendTimer) timer.start(result.value.resendTimer);
      form.setFocus('code');
    } else if (isFdkRateLimitError(result.error.cause) && result.error.retryAfter) {
      timer.start(result.error.retryAfter);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timer, resendSubmission, sendMobile, sendEmail, form, submission, options.platform]);

  const busy = submission.status === 'submitting';
  const sentTo =
    target.channel === 'mobile'
      ? formatMessage(messages.otpSentToMobile, { mobile: `+${target.countryCode} ${target.mobile}` })
      : formatMessage(messages.otpSentToEmail, { email: target.email });
  return {
    form,
    getFieldProps: () => {
      const props = fieldProps(formId, form, 'code', { label: messages.otpCodeLabel, type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code', required: true, dir: 'ltr' }, form.formState.errors);
      return { ...props, inputProps: { ...props.inputProps, onChange, pattern: `\\d{${length}}` } };
    },
    getSubmitProps: () => submitButtonProps(busy, messages.otpVerify, messages.otpVerifying),
    getFormProps: () => formElementProps(formId, busy, submit),
    submit,
    status: submission.status,
    error: submission.error ?? resendSubmission.error,
    length,
    target,
    resend,
    resending: resendSubmission.status === 'submitting',
    timer,
    sentTo,
  };
}
