'use client';
import type { PlatformView } from '../../config/readPlatformConfig';
import { announceNext } from '../../flow/signedIn';
import type { OtpTarget, SignInFormOptions } from '../../flow/types';
import { useKitSettings } from '../../query/userKit';
import { isAccountDisabledError } from '../../client/accountDisabled';
import { loginCodeDelivered, loginCodeNext, verifyRequest, type VerifyAnswer } from './otpRequests';
import { useOtpCode, type OtpCodeForm } from './useOtpCode';

/** Options of {@link useOtpForm}. */
export interface OtpFormOptions extends SignInFormOptions {
  /** Where the code was sent (from the login step). */
  target: OtpTarget;
  /** Check as soon as the last digit is typed or pasted. Default `true`. */
  autoSubmit?: boolean;
  /** Use the WebOTP API where the browser has it. Default `true`. */
  webOtp?: boolean;
  /** Unused; kept so that the parts can pass a view to every form. */
  view?: PlatformView;
}

/** What {@link useOtpForm} returns. */
export type OtpForm = OtpCodeForm;

/**
 * The headless code step of an OTP sign-in: the code of the provider's `otpLength` (4 by default, as in Fynd's
 * storefronts), checked with `verifyMobileOTP` (or `verifyEmailOTP` where email OTP is on). A known shopper is
 * signed in (`signedIn`); a number with no account yet goes on to complete a profile (`profileRequired`, with the
 * `register_token`); a disabled account, to `accountDisabled`. Resends carry the resend token.
 * @example
 * const otp = useOtpForm({ target, onNext: flow.send });
 * <input {...otp.getFieldProps('code').inputProps} />
 * <button type="button" onClick={otp.resend} aria-disabled={!otp.timer.canResend}>Resend</button>
 */
export function useOtpForm(options: OtpFormOptions): OtpForm {
  const settings = useKitSettings();
  return useOtpCode<VerifyAnswer>({
    target: options.target,
    autoSubmit: options.autoSubmit,
    webOtp: options.webOtp,
    verify: (code, target, api) => {
      const request = verifyRequest(target, code, 'login');
      return request.method === 'verifyMobileOTP' ? api.call(request.method, request.args, loginCodeDelivered) : api.call(request.method, request.args, loginCodeDelivered);
    },
    onVerified: (answer, target) => announceNext(options, loginCodeNext(target, answer), settings),
    onFailure: (error) => {
      if (isAccountDisabledError(error.cause)) announceNext(options, { type: 'accountDisabled' }, settings);
    },
  });
}
