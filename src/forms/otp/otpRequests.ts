import type { AuthFlowEvent, KnownContact, OtpTarget } from '../../flow/types';
import type { EmailOtpSuccess, OtpSuccess, VerifyOtpSuccess } from '../../schemas/otp';

/** Seconds Fynd's storefronts wait before an email code may be sent again (the email answer gives no timer; flows.md F3). */
export const EMAIL_RESEND_SECONDS = 90;
/** Seconds before a mobile code may be sent again when the answer gave no `resend_timer`. */
export const MOBILE_RESEND_SECONDS = 30;

/** Why a code is checked: to sign in, or to finish a registration ("verify both", `register_token`). */
export type OtpPurpose = 'login' | 'register';

/** The answer of a code check, with the fields Fynd adds to it. */
export type VerifyAnswer = VerifyOtpSuccess & { verify_email_link?: unknown; email?: unknown };

/** The call that checks a code. */
export function verifyRequest(target: OtpTarget, otp: string, purpose: OtpPurpose) {
  const registerToken = purpose === 'register' && target.registerToken ? { register_token: target.registerToken } : {};
  if (target.channel === 'mobile') return { method: 'verifyMobileOTP' as const, args: { body: { request_id: target.requestId, otp, ...registerToken } } };
  return { method: 'verifyEmailOTP' as const, args: { body: { email: target.email, otp, action: purpose === 'register' ? 'register' : 'verify', ...registerToken } } };
}

/**
 * The call that sends a new code: `action: 'resend'` with the last answer's resend token (flows.md F2); where no
 * answer gave a token (an email code sent for sign-in answers only `success`), a new `send`.
 */
export function resendRequest(target: OtpTarget) {
  const resend = target.resendToken ? { action: 'resend', token: target.resendToken } : { action: 'send' };
  if (target.channel === 'mobile') {
    return { method: 'sendOTPOnMobile' as const, args: { body: { mobile: target.mobile, country_code: target.countryCode, ...resend } } };
  }
  const registerToken = target.registerToken ? { register_token: target.registerToken } : {};
  return { method: 'sendOTPOnEmail' as const, args: { body: { email: target.email, ...resend, ...registerToken } } };
}

const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The target after a resend: its new request id, timer and token where the answer gave them. */
export function resentTarget(target: OtpTarget, answer: OtpSuccess | (EmailOtpSuccess & Record<string, unknown>)): OtpTarget {
  const fields = answer as Record<string, unknown>;
  if (target.channel === 'mobile') {
    return {
      ...target,
      requestId: text(fields.request_id) ?? target.requestId,
      resendTimer: seconds(fields.resend_timer) ?? target.resendTimer ?? MOBILE_RESEND_SECONDS,
      resendToken: text(fields.resend_token) ?? target.resendToken,
    };
  }
  return { ...target, resendTimer: seconds(fields.resend_timer) ?? EMAIL_RESEND_SECONDS, resendToken: text(fields.resend_email_token) ?? text(fields.resend_token) ?? target.resendToken };
}

/** Seconds of a target's first countdown. */
export function initialResendSeconds(target: OtpTarget): number {
  return target.resendTimer ?? (target.channel === 'email' ? EMAIL_RESEND_SECONDS : MOBILE_RESEND_SECONDS);
}

/** What a sign-in code check leads to: signed in, or (a number with no account yet) completing a profile. */
export function loginCodeNext(target: OtpTarget, answer: VerifyAnswer): AuthFlowEvent {
  if (answer.user && answer.user_exists !== false) return { type: 'signedIn', user: answer.user };
  const known: KnownContact = target.channel === 'mobile' ? { mobile: target.mobile, countryCode: target.countryCode } : { email: target.email };
  return { type: 'profileRequired', registerToken: answer.register_token ?? '', known };
}

/** Whether a sign-in code check delivered what comes next (a user, or a register token). */
export const loginCodeDelivered = (answer: VerifyAnswer) => (answer.user !== undefined && answer.user_exists !== false) || Boolean(answer.register_token);
