import { FdkConfigError } from '../../client/errors';
import { serverTexts } from '../../client/serverTexts';
import { deliver } from './inbox';
import { fakeUserMessages } from './messages';
import { fail, isAnswer, ok } from './results';
import type { FakeContext } from './store';
import { targetKey, uuidFrom } from './store';
import type { FakeCall, FakeInboxKind, FakeOtpRequest, FakeOtpTarget, FakeRuleResult } from './types';
import { emailTarget, isTarget, phoneTarget } from './validate';

/** The last request sent to a target key (`sms:91…`, `email:…`). */
export function latestRequest(ctx: FakeContext, key: string): FakeOtpRequest | undefined {
  let latest: FakeOtpRequest | undefined;
  for (const request of ctx.otps.values()) if (request.key === key) latest = request;
  return latest;
}

function tooSoon(ctx: FakeContext, request: FakeOtpRequest | undefined): FakeRuleResult | undefined {
  const now = ctx.now();
  if (!request || request.used || now >= request.resendAt) return undefined;
  const seconds = Math.max(1, Math.ceil((request.resendAt - now) / 1000));
  return fail(429, fakeUserMessages.resendTooSoon(seconds), { retry_after: seconds }, { 'retry-after': String(seconds) });
}

/** A new code for a request (first send or resend): a fresh resend token, new expiry, attempts back to 0. */
function issueCode(ctx: FakeContext, request: FakeOtpRequest): FakeOtpRequest {
  const code = ctx.generateCode();
  if (!new RegExp(`^\\d{${ctx.otpLength}}$`).test(code)) {
    throw new FdkConfigError(`generateCode returned ${JSON.stringify(code)}; codes must have otpLength (${ctx.otpLength}) digits`);
  }
  const now = ctx.now();
  Object.assign(request, { code, sentAt: now, expiresAt: now + ctx.otpTtl * 1000, resendAt: now + ctx.resendTimer * 1000, wrongAttempts: 0 });
  request.resendTokens.push(uuidFrom(ctx.next('resend')));
  deliver(ctx, request.target, request.kind, { code, requestId: request.id });
  return request;
}

/**
 * Sends a new code to a target (`action: 'send'`): a 429 answer (with `Retry-After`) when the last unused code
 * to the same target was sent less than `resendTimer` seconds ago; otherwise older requests to it die and a new
 * request (a new `request_id`) is made. `ticket` ties it to a registration under way.
 */
export function sendOtp(ctx: FakeContext, target: FakeOtpTarget, kind: FakeInboxKind, ticket?: string): FakeOtpRequest | FakeRuleResult {
  const key = targetKey(target);
  const wait = tooSoon(ctx, latestRequest(ctx, key));
  if (wait) return wait;
  for (const request of ctx.otps.values()) if (request.key === key) request.dead = true;
  const id = ctx.next('otp').toString(16).padStart(32, '0');
  const request: FakeOtpRequest = { id, target, key, kind, code: '', sentAt: 0, expiresAt: 0, resendAt: 0, wrongAttempts: 0, resendTokens: [], dead: false, used: false, ticket };
  ctx.otps.set(id, request);
  return issueCode(ctx, request);
}

/**
 * Sends the code of the target's last request again (`action: 'resend'`): the same `request_id`, a new code
 * and a fresh resend token. `token` must be one issued for that request (Fynd's storefronts send the token of
 * the first answer on every resend), else 400; the resend timer still applies (429).
 */
export function resendOtp(ctx: FakeContext, target: FakeOtpTarget, token: string | undefined): FakeOtpRequest | FakeRuleResult {
  if (token === undefined || token.trim() === '') return fail(400, fakeUserMessages.resendTokenRequired);
  const request = latestRequest(ctx, targetKey(target));
  if (!request || request.used || !request.resendTokens.includes(token.trim())) return fail(400, fakeUserMessages.resendTokenInvalid);
  const wait = tooSoon(ctx, request);
  if (wait) return wait;
  request.dead = false;
  return issueCode(ctx, request);
}

/** The resend fields of an SMS OTP answer (`OtpSuccess`, `SendOtpResponse`, `RegisterFormSuccess`). */
export function smsSentFields(ctx: FakeContext, request: FakeOtpRequest): Record<string, unknown> {
  const target = request.target;
  return {
    request_id: request.id,
    ...(target.channel === 'sms' ? { mobile: target.phone, country_code: String(target.countryCode) } : {}),
    resend_timer: ctx.resendTimer,
    resend_token: request.resendTokens.at(-1),
  };
}

/** The fields of an email OTP answer (`RegisterFormSuccess`, `SendOtpResponse`). */
export function emailSentFields(request: FakeOtpRequest): Record<string, unknown> {
  return {
    ...(request.target.channel === 'email' ? { email: request.target.email } : {}),
    resend_email_token: request.resendTokens.at(-1),
  };
}

/**
 * Checks a code, and uses the request up when it is right (`undefined`). Wrong codes answer 400 `Entered OTP
 * is invalid, please retry` and count; once `maxOtpAttempts` wrong codes were sent the request is dead and any
 * later attempt answers 400 `Too many wrong attempts, please request a new OTP`.
 */
export function checkCode(ctx: FakeContext, request: FakeOtpRequest | undefined, otp: string | undefined): FakeRuleResult | undefined {
  if (!request) return fail(400, fakeUserMessages.unknownRequest);
  if (request.used || request.dead) return fail(400, fakeUserMessages.requestExpired);
  if (request.wrongAttempts >= ctx.maxOtpAttempts) return fail(400, fakeUserMessages.otpAttemptsExceeded);
  if (ctx.now() >= request.expiresAt) return fail(400, fakeUserMessages.otpExpired);
  if ((otp ?? '').trim() !== request.code) {
    request.wrongAttempts += 1;
    return fail(400, serverTexts.otpInvalid);
  }
  request.used = true;
  return undefined;
}

function sendOrResend(ctx: FakeContext, target: FakeOtpTarget, action: string | undefined, token: string | undefined): FakeOtpRequest | FakeRuleResult {
  return action === 'resend' ? resendOtp(ctx, target, token) : sendOtp(ctx, target, 'login-otp');
}

/** `sendOTPOnMobile`: a code by SMS (`action: 'resend'` + `token` resends the last one). */
export function sendOTPOnMobile(ctx: FakeContext, call: FakeCall<'sendOTPOnMobile'>): FakeRuleResult {
  const target = phoneTarget(call.body.mobile, call.body.country_code);
  if (!isTarget(target)) return target;
  const request = sendOrResend(ctx, target, call.body.action, call.body.token);
  return isAnswer(request) ? request : ok({ success: true, message: 'OTP sent', ...smsSentFields(ctx, request) });
}

/** `loginWithOTP`: a sign-in code by SMS. */
export function loginWithOTP(ctx: FakeContext, call: FakeCall<'loginWithOTP'>): FakeRuleResult {
  const target = phoneTarget(call.body.mobile, call.body.country_code);
  if (!isTarget(target)) return target;
  const request = sendOtp(ctx, target, 'login-otp');
  return isAnswer(request) ? request : ok({ success: true, message: 'OTP sent', ...smsSentFields(ctx, request) });
}

/** `sendOTPOnEmail`: a code by email (`action: 'resend'` + `token` resends the last one); answers `{ success }`. */
export function sendOTPOnEmail(ctx: FakeContext, call: FakeCall<'sendOTPOnEmail'>): FakeRuleResult {
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  if (call.body.register_token !== undefined && !ctx.tickets.has(call.body.register_token)) return fail(400, fakeUserMessages.invalidRegisterToken);
  const request = sendOrResend(ctx, target, call.body.action, call.body.token);
  return isAnswer(request) ? request : ok({ success: true });
}
