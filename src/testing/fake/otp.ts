import { deliver } from './inbox';
import { fakeUserMessages } from './messages';
import { fail, ok } from './results';
import type { FakeContext } from './store';
import {
  countryCodeOf,
  digits,
  findUserByTarget,
  isEmail,
  isMobile,
  markVerified,
  normalizeEmail,
  targetKey,
  toUserSchema,
  uuidFrom,
} from './store';
import type { FakeCall, FakeInboxKind, FakeOtpRequest, FakeOtpTarget, FakeRuleResult } from './types';

/** A phone target from the API's `mobile`/`phone` and `country_code`, or a 400 answer. */
export function phoneTarget(mobile: string | undefined, countryCode: string | undefined): FakeOtpTarget | FakeRuleResult {
  const phone = digits(mobile ?? '');
  const code = countryCodeOf(countryCode);
  if (!isMobile(phone) || !Number.isFinite(code)) return fail(400, fakeUserMessages.invalidMobile);
  return { channel: 'sms', countryCode: code, phone };
}

/** An email target, or a 400 answer. */
export function emailTarget(email: string | undefined): FakeOtpTarget | FakeRuleResult {
  if (email === undefined || !isEmail(email)) return fail(400, fakeUserMessages.invalidEmail);
  return { channel: 'email', email: normalizeEmail(email) };
}

/** Whether a value is a target (not an error answer). */
export function isTarget(value: FakeOtpTarget | FakeRuleResult): value is FakeOtpTarget {
  return 'channel' in value;
}

function latestRequest(ctx: FakeContext, key: string): FakeOtpRequest | undefined {
  let latest: FakeOtpRequest | undefined;
  for (const request of ctx.otps.values()) if (request.key === key) latest = request;
  return latest;
}

/**
 * Sends a new code to a target: a 429 answer (with `Retry-After`) when the last unused code to the same target
 * was sent less than `resendTimer` seconds ago; otherwise the older codes die and a new request is made.
 */
export function sendOtp(ctx: FakeContext, target: FakeOtpTarget, kind: FakeInboxKind): FakeOtpRequest | FakeRuleResult {
  const key = targetKey(target);
  const now = ctx.now();
  const previous = latestRequest(ctx, key);
  if (previous && !previous.used && now < previous.resendAt) {
    const seconds = Math.max(1, Math.ceil((previous.resendAt - now) / 1000));
    return fail(429, fakeUserMessages.resendTooSoon(seconds), { retry_after: seconds }, { 'retry-after': String(seconds) });
  }
  for (const request of ctx.otps.values()) if (request.key === key) request.dead = true;
  const n = ctx.next('otp');
  const request: FakeOtpRequest = {
    id: n.toString(16).padStart(32, '0'),
    target,
    key,
    code: ctx.generateCode(),
    sentAt: now,
    expiresAt: now + ctx.otpTtl * 1000,
    resendAt: now + ctx.resendTimer * 1000,
    wrongAttempts: 0,
    dead: false,
    used: false,
  };
  ctx.otps.set(request.id, request);
  deliver(ctx, target, kind, { code: request.code, requestId: request.id });
  return request;
}

/** Whether a value is a request (not an error answer). */
export function isOtpRequest(value: FakeOtpRequest | FakeRuleResult): value is FakeOtpRequest {
  return 'code' in value && 'key' in value;
}

/** The fields of an OTP-sent answer (OtpSuccess / SendOtpResponse / RegisterFormSuccess). */
export function otpSentFields(ctx: FakeContext, request: FakeOtpRequest): Record<string, unknown> {
  const phone = request.target.channel === 'sms' ? { mobile: request.target.phone, country_code: String(request.target.countryCode) } : {};
  return {
    success: true,
    request_id: request.id,
    message: 'OTP sent',
    ...phone,
    resend_timer: ctx.resendTimer,
    resend_token: uuidFrom(ctx.next('resend')),
  };
}

/**
 * Checks a code: unknown or dead requests, expiry, wrong codes (counted; the request dies after
 * `maxOtpAttempts`). On success the user of the target is signed in (`user_exists: true`), or, for an unknown
 * target, a `register_token` is issued for the next registration step.
 */
export function verifyOtp(ctx: FakeContext, request: FakeOtpRequest | undefined, otp: string | undefined): FakeRuleResult {
  if (!request) return fail(400, fakeUserMessages.unknownRequest);
  if (request.dead || request.used) return fail(400, fakeUserMessages.requestExpired);
  if (ctx.now() >= request.expiresAt) return fail(400, fakeUserMessages.otpExpired);
  if ((otp ?? '').trim() !== request.code) {
    request.wrongAttempts += 1;
    const left = ctx.maxOtpAttempts - request.wrongAttempts;
    if (left <= 0) request.dead = true;
    return fail(400, fakeUserMessages.wrongOtp(left));
  }
  request.used = true;
  const user = findUserByTarget(ctx, request.target);
  if (user) {
    markVerified(ctx, user, request.target);
    return ok({ user: toUserSchema(user), user_exists: true }, { login: user });
  }
  const token = uuidFrom(ctx.next('register'));
  ctx.tickets.set(token, { token, target: request.target, createdAt: ctx.now() });
  return ok({ user_exists: false, register_token: token });
}

/** `sendOTPOnMobile`: a code by SMS. */
export function sendOTPOnMobile(ctx: FakeContext, call: FakeCall<'sendOTPOnMobile'>): FakeRuleResult {
  const target = phoneTarget(call.body.mobile, call.body.country_code);
  if (!isTarget(target)) return target;
  const request = sendOtp(ctx, target, 'login-otp');
  return isOtpRequest(request) ? ok(otpSentFields(ctx, request)) : request;
}

/** `loginWithOTP`: a sign-in code by SMS. */
export function loginWithOTP(ctx: FakeContext, call: FakeCall<'loginWithOTP'>): FakeRuleResult {
  const target = phoneTarget(call.body.mobile, call.body.country_code);
  if (!isTarget(target)) return target;
  const request = sendOtp(ctx, target, 'login-otp');
  return isOtpRequest(request) ? ok(otpSentFields(ctx, request)) : request;
}

/** `sendOTPOnEmail`: a code by email, keyed by the address. */
export function sendOTPOnEmail(ctx: FakeContext, call: FakeCall<'sendOTPOnEmail'>): FakeRuleResult {
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  const request = sendOtp(ctx, target, 'login-otp');
  return isOtpRequest(request) ? ok({ success: true, resend_timer: ctx.resendTimer }) : request;
}

/** `verifyMobileOTP`: checks the code of a `request_id`. */
export function verifyMobileOTP(ctx: FakeContext, call: FakeCall<'verifyMobileOTP'>): FakeRuleResult {
  const request = call.body.request_id === undefined ? undefined : ctx.otps.get(call.body.request_id);
  return verifyOtp(ctx, request?.target.channel === 'sms' ? request : undefined, call.body.otp);
}

/** `verifyEmailOTP`: checks the last code sent to an email. */
export function verifyEmailOTP(ctx: FakeContext, call: FakeCall<'verifyEmailOTP'>): FakeRuleResult {
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  return verifyOtp(ctx, latestRequest(ctx, targetKey(target)), call.body.otp);
}
