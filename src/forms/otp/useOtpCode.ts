'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import * as z from 'zod/mini';
import { isFdkRateLimitError } from '../../client/errors';
import type { OtpTarget } from '../../flow/types';
import { formatMessage } from '../../i18n/formatMessage';
import { useMessages } from '../../i18n/MessagesContext';
import { otpMessages } from '../../i18n/messages/otp';
import { callApi } from '../../query/callApi';
import { useUserKit } from '../../query/userKit';
import { useResendTimer, type ResendTimer } from '../../timers/useResendTimer';
import { useKitForm, type KitApi, type KitForm } from '../kit/useKitForm';
import type { FieldProps, FormError, InputPropsInput } from '../kit/types';
import { StepError } from '../kit/stepError';
import { useSubmission } from '../kit/useSubmission';
import { normalizeOtp } from '../otpCode';
import { initialResendSeconds, resendRequest, resentTarget } from './otpRequests';

/** What {@link useOtpCode} is told: where the code went, and what checking it means. */
export interface OtpCodeConfig<R> {
  /** Where the code went; `undefined` for an entry that is not in use (nothing is sent or counted). */
  target: OtpTarget | undefined;
  /** Checks the code (the API call); rejects when it is wrong. */
  verify: (code: string, target: OtpTarget, api: KitApi) => Promise<R>;
  /** After a right code. */
  onVerified: (result: R, target: OtpTarget) => void;
  /** After a failure (the code is cleared when the server refused it). */
  onFailure?: (error: FormError) => void;
  /** Check as soon as the last digit is typed or pasted. Default `true`. */
  autoSubmit?: boolean;
  /** Read the code from the SMS with WebOTP where the browser offers it. Default `true` (mobile only). */
  webOtp?: boolean;
  /** The code field's label (default: "One-time code"). */
  label?: string;
}

/** A code entry: one input for the whole code, its check, and the resend with its countdown. */
export interface OtpCodeForm extends KitForm<{ code: string }> {
  /** Digits in the code (the provider's `otpLength`). */
  length: number;
  /** Where the code went (a resend may have changed its request id and token). */
  target: OtpTarget | undefined;
  /** Sends a new code with the resend token, unless the countdown runs. A 429 restarts the countdown. */
  resend: () => Promise<void>;
  /** Whether a resend is in flight. */
  resending: boolean;
  /** The resend countdown (the server's `resend_timer`; 90 s for email codes). */
  timer: ResendTimer;
  /** Where the code went, in words (`We sent a code to +91 9876543210.`). */
  sentTo: string;
  /** Props for the code input (paste of `123 456`, other scripts' digits, auto-check when complete). */
  getCodeProps: (props?: InputPropsInput) => FieldProps;
}

const timerKey = (target: OtpTarget | undefined) =>
  target === undefined ? undefined : target.channel === 'mobile' ? `mobile:${target.requestId || `${target.countryCode}:${target.mobile}`}` : `email:${target.email}`;

/**
 * The engine of every code entry of the kit (the OTP sign-in, "verify both"): one input for the whole code of
 * the provider's `otpLength`, normalised as typed or pasted, checked as soon as it is complete, read from the SMS
 * by WebOTP where the browser offers it (aborted on unmount), and a resend that carries the last answer's resend
 * token, gated by the server's timer (and a 429's `Retry-After`). A wrong code clears only the code.
 * @example
 * const code = useOtpCode({ target, verify: (otp, to, api) => api.call('verifyMobileOTP', { body: { request_id: to.requestId, otp } }), onVerified });
 */
export function useOtpCode<R>(config: OtpCodeConfig<R>): OtpCodeForm {
  const messages = useMessages(otpMessages);
  const kit = useUserKit();
  const length = kit.settings.otpLength;
  const [target, setTarget] = useState(config.target);
  const timer = useResendTimer(timerKey(target), target && initialResendSeconds(target));
  const latest = useRef({ config, target });
  useEffect(() => {
    latest.current = { config, target };
  });
  const schema = useMemo(
    () => z.object({ code: z.string().check(z.refine((value) => value.length === length, { error: formatMessage(messages.validationCodeLength, { length }, messages.locale) })) }),
    [length, messages],
  );
  const codeForm = useKitForm({
    fields: { code: { label: config.label ?? messages.otpCodeLabel, type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code', required: true, dir: 'ltr' } },
    schema,
    defaultValues: { code: '' },
    labels: { submit: messages.otpVerify, busy: messages.otpVerifying },
    send: ({ code }, api) => {
      const to = latest.current.target;
      return to ? latest.current.config.verify(code, to, api) : Promise.reject(new StepError('errorGeneric'));
    },
    onSuccess: (result) => {
      const to = latest.current.target;
      if (to) latest.current.config.onVerified(result, to);
    },
    onFailure: (error, _values, form) => {
      if (error.kind === 'rejected') form.setValue('code', '');
      latest.current.config.onFailure?.(error);
      return 'code';
    },
  });
  const { form, submit } = codeForm;
  const autoSubmit = config.autoSubmit !== false;

  // WebOTP: fill the code from the SMS where the browser offers it; abort when the step goes away.
  const webOtp = config.webOtp !== false && target?.channel === 'mobile';
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

  const resendSubmission = useSubmission(messages);
  const { run: runResend, reset: resetResend } = resendSubmission;
  const resend = useCallback(async () => {
    const sentTo = latest.current.target;
    if (!timer.canResend || !sentTo) return;
    const request = resendRequest(sentTo);
    const result = await runResend(async () =>
      resentTarget(sentTo, request.method === 'sendOTPOnMobile' ? await callApi(kit, request.method, request.args) : await callApi(kit, request.method, request.args)),
    );
    if (!result) return;
    if (result.ok) {
      setTarget(result.value);
      form.setValue('code', '');
      codeForm.reset();
      timer.start(initialResendSeconds(result.value));
      form.setFocus('code');
    } else if (isFdkRateLimitError(result.error.cause) && result.error.retryAfter) {
      timer.start(result.error.retryAfter);
    }
  }, [timer, runResend, kit, form, codeForm]);

  const sentTo =
    target === undefined
      ? ''
      : target.channel === 'mobile'
        ? formatMessage(messages.otpSentToMobile, { mobile: `+${target.countryCode} ${target.mobile}` }, messages.locale)
        : formatMessage(messages.otpSentToEmail, { email: target.email }, messages.locale);

  const getCodeProps = (props?: InputPropsInput): FieldProps => {
    const field = codeForm.getFieldProps('code', props);
    const onChange = field.inputProps.onChange;
    return {
      ...field,
      inputProps: {
        ...field.inputProps,
        // No maxLength: the browser would cut a pasted `12 34` or `Your code: 1234` before it is normalised.
        pattern: `\\d{${length}}`,
        onChange: async (event: ChangeEvent<HTMLInputElement>) => {
          const normalized = normalizeOtp(event.target.value, length);
          if (event.target.value !== normalized) event.target.value = normalized;
          resetResend();
          await onChange(event);
          if (autoSubmit && normalized.length === length) await submit();
        },
      },
    };
  };

  return {
    ...codeForm,
    getFieldProps: (_name, props) => getCodeProps(props),
    getCodeProps,
    error: codeForm.error ?? resendSubmission.error,
    length,
    target,
    resend,
    resending: resendSubmission.status === 'submitting',
    timer,
    sentTo,
  };
}
