'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { isFdkRateLimitError } from '../../client/errors';
import type { OtpTarget } from '../../flow/types';
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
import { otpCodeSchema, otpCodeSpec, otpSentToText, otpTimerKey } from './otpCodeForm';
import { initialResendSeconds, resendRequest, resentTarget } from './otpRequests';
import { useWebOtp } from './useWebOtp';

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
  const timer = useResendTimer(otpTimerKey(target), target && initialResendSeconds(target));
  const latest = useRef({ config, target });
  useEffect(() => {
    latest.current = { config, target };
  });
  const schema = useMemo(() => otpCodeSchema(length, messages), [length, messages]);
  const codeForm = useKitForm({
    fields: { code: otpCodeSpec(config.label ?? messages.otpCodeLabel) },
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

  // WebOTP: fill the code from the SMS where the browser offers it (and check it when asked to).
  const fillFromSms = useCallback(
    (code: string) => {
      form.setValue('code', code);
      if (autoSubmit) void submit();
    },
    [form, autoSubmit, submit],
  );
  useWebOtp(config.webOtp !== false && target?.channel === 'mobile', length, fillFromSms);

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
    sentTo: otpSentToText(target, messages),
  };
}
