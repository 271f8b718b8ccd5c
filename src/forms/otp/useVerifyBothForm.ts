'use client';
import { useState } from 'react';
import { announceNext } from '../../flow/signedIn';
import type { AuthFlowEvent, SignInFormOptions, Verification } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { registerMessages } from '../../i18n/messages/register';
import { useKitSettings } from '../../query/userKit';
import { isAccountDisabledError } from '../../client/accountDisabled';
import { verifyRequest, type VerifyAnswer } from './otpRequests';
import { useOtpCode, type OtpCodeForm } from './useOtpCode';

/** Options of {@link useVerifyBothForm}. */
export interface VerifyBothFormOptions extends SignInFormOptions {
  /** What the server asked to verify (from registration or complete profile). */
  verification: Verification;
  /** Check each code as soon as it is complete. Default `true`. */
  autoSubmit?: boolean;
}

/** What {@link useVerifyBothForm} returns. */
export interface VerifyBothForm {
  /** The mobile number's code entry, while it waits for its code; `undefined` when not asked or done. */
  mobile: OtpCodeForm | undefined;
  /** The email's code entry, while it waits for its code; `undefined` when not asked or done. */
  email: OtpCodeForm | undefined;
  /** What is verified already. */
  verified: { mobile: boolean; email: boolean };
}

/** What a registration code check leads to: the session when it was the last one, else nothing yet. */
export function verifyBothNext(answer: VerifyAnswer, verification: Verification, stillPending: boolean): AuthFlowEvent | undefined {
  const email = typeof answer.email === 'string' ? answer.email : (verification.email?.email ?? '');
  if (answer.user && answer.verify_email_link === true) return { type: 'emailLinkSent', email, user: answer.user };
  if (answer.user) return { type: 'signedIn', user: answer.user };
  if (stillPending) return undefined;
  // Everything asked is verified but there is no account yet: the profile is to be completed (as Fynd's storefront does).
  return { type: 'profileRequired', registerToken: answer.register_token ?? verification.registerToken, known: { email: verification.email?.email, mobile: verification.mobile?.mobile, countryCode: verification.mobile?.countryCode } };
}

/**
 * The headless "verify both" step Fynd runs after a registration or a completed profile: the mobile number's code
 * and/or the email's code on one step, each with its own resend token and countdown (`resend_timer` for mobile,
 * 90 s for email), each checked with the `register_token` (`verifyMobileOTP`, `verifyEmailOTP` with
 * `action: 'register'`). The session starts with the last one (`signedIn`), or an email link is still to be
 * opened (`emailLinkSent`).
 * @example
 * const both = useVerifyBothForm({ verification, onNext: flow.send });
 * both.mobile && <input {...both.mobile.getCodeProps().inputProps} />
 */
export function useVerifyBothForm(options: VerifyBothFormOptions): VerifyBothForm {
  const settings = useKitSettings();
  const messages = useMessages(registerMessages);
  const { verification } = options;
  const [verified, setVerified] = useState({ mobile: false, email: false });
  const withToken = <T extends { registerToken?: string | undefined }>(target: T | undefined) => target && { ...target, registerToken: verification.registerToken };
  const onVerified = (channel: 'mobile' | 'email') => (answer: VerifyAnswer) => {
    const done = { ...verified, [channel]: true };
    setVerified(done);
    const stillPending = (verification.mobile !== undefined && !done.mobile) || (verification.email !== undefined && !done.email);
    const next = verifyBothNext(answer, verification, stillPending);
    if (next) announceNext(options, next, settings);
  };
  const common = {
    autoSubmit: options.autoSubmit,
    verify: (code: string, target: Parameters<typeof verifyRequest>[0], api: Parameters<Parameters<typeof useOtpCode>[0]['verify']>[2]) => {
      const request = verifyRequest(target, code, 'register');
      return request.method === 'verifyMobileOTP' ? api.call(request.method, request.args) : api.call(request.method, request.args);
    },
    onFailure: (error: { cause: unknown }) => {
      if (isAccountDisabledError(error.cause)) announceNext(options, { type: 'accountDisabled' }, settings);
    },
  };
  const mobile = useOtpCode<VerifyAnswer>({ ...common, target: withToken(verification.mobile), label: messages.verifyMobileCodeLabel, onVerified: onVerified('mobile') });
  const email = useOtpCode<VerifyAnswer>({ ...common, target: withToken(verification.email), webOtp: false, label: messages.verifyEmailCodeLabel, onVerified: onVerified('email') });
  return {
    mobile: verification.mobile && !verified.mobile ? mobile : undefined,
    email: verification.email && !verified.email ? email : undefined,
    verified,
  };
}
