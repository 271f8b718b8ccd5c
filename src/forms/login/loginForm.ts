import * as z from 'zod/mini';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlowEvent, OtpTarget } from '../../flow/types';
import type { Messages } from '../../i18n/messages';
import type { SendOtpResponse } from '../../schemas/otp';
import type { FieldSpec } from '../kit/types';
import { COUNTRY_CODE_PATTERN, countryCodeDigits, parseIdentifier } from '../identifier';

/** A login method. */
export type LoginMethod = 'password' | 'otp';

/** The values of the login form. */
export interface LoginValues {
  identifier: string;
  countryCode: string;
  password: string;
}

/** A field of the login form. */
export type LoginField = keyof LoginValues;

/** What the login form's rules depend on. */
export interface LoginContext {
  view: PlatformView;
  method: LoginMethod;
  /** Whether email OTP is a sign-in method here (the provider's `emailOtpLogin`; Fynd's storefronts do not offer it). */
  emailOtp: boolean;
  messages: Messages;
}

/** The methods the config offers, password first. */
export function loginMethods(view: PlatformView): LoginMethod[] {
  return [...(view.loginMethods.password ? (['password'] as const) : []), ...(view.loginMethods.otp ? (['otp'] as const) : [])];
}

/**
 * What the identifier may be with a method: a password sign-in takes what the config accepts; an OTP sign-in
 * takes a mobile number (Fynd sends codes by SMS, `loginWithOTP`), and an email only where email OTP is on.
 */
export function loginAccepts(ctx: Omit<LoginContext, 'messages'>): { email: boolean; mobile: boolean } {
  const { email, mobile } = ctx.view.identifiers;
  if (ctx.method === 'password') return { email, mobile };
  return { email: email && ctx.emailOtp, mobile: mobile || !(email && ctx.emailOtp) };
}

/** The fields, as data. */
export function loginFields(ctx: LoginContext): Record<LoginField, FieldSpec> {
  const { messages } = ctx;
  const accepts = loginAccepts(ctx);
  const label = accepts.email && accepts.mobile ? messages.loginIdentifierLabel : accepts.email ? messages.fieldEmail : messages.fieldMobile;
  return {
    identifier: {
      label,
      type: accepts.email ? (accepts.mobile ? 'text' : 'email') : 'tel',
      inputMode: accepts.email ? 'email' : 'tel',
      autoComplete: accepts.email ? 'username' : 'tel-national',
      required: true,
      dir: 'ltr',
    },
    countryCode: { label: messages.fieldCountryCode, type: 'text', inputMode: 'tel', autoComplete: 'tel-country-code', required: accepts.mobile, maxLength: 5, dir: 'ltr' },
    password: { label: messages.fieldPassword, type: 'password', autoComplete: 'current-password', required: ctx.method === 'password' },
  };
}

/** The rules of the values: checked before any request. */
export function loginSchema(ctx: LoginContext) {
  const { messages, method } = ctx;
  const accepts = loginAccepts(ctx);
  const invalid = accepts.email && accepts.mobile ? messages.validationEmailOrMobile : accepts.email ? messages.validationEmail : messages.validationMobile;
  return z.object({
    identifier: z.string().check(
      z.trim(),
      z.minLength(1, { error: messages.validationRequired }),
      z.refine((value) => value === '' || parseIdentifier(value, accepts).kind !== 'invalid', { error: invalid }),
    ),
    countryCode: z.string().check(z.refine((value) => !accepts.mobile || COUNTRY_CODE_PATTERN.test(value.trim()), { error: messages.validationCountryCode })),
    password: z.string().check(z.refine((value) => method !== 'password' || value.length > 0, { error: messages.validationRequired })),
  });
}

/** The call a valid login form makes. */
export type LoginRequest =
  | { method: 'loginWithEmailAndPassword'; body: { username: string; password: string } }
  | { method: 'loginWithOTP'; body: { mobile: string; country_code: string } }
  | { method: 'sendOTPOnEmail'; body: { email: string; action: 'send' } };

/** What to send for valid values (the password exactly as typed: spaces, emoji and all). */
export function loginRequest(values: LoginValues, ctx: Omit<LoginContext, 'messages'>): LoginRequest {
  const parsed = parseIdentifier(values.identifier, loginAccepts(ctx));
  const identifier = parsed.kind === 'email' ? parsed.email : parsed.kind === 'mobile' ? parsed.mobile : values.identifier.trim();
  if (ctx.method === 'password') return { method: 'loginWithEmailAndPassword', body: { username: identifier, password: values.password } };
  if (parsed.kind === 'email') return { method: 'sendOTPOnEmail', body: { email: parsed.email, action: 'send' } };
  const typed: unknown = parsed.kind === 'mobile' && 'countryCode' in parsed ? parsed.countryCode : undefined;
  const typedCode = typeof typed === 'string' && typed !== '' ? typed : undefined;
  return { method: 'loginWithOTP', body: { mobile: identifier, country_code: countryCodeDigits(typedCode ?? values.countryCode) } };
}

const seconds = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** Where an OTP went, from the request and its answer. */
export function otpTargetOf(request: Exclude<LoginRequest, { method: 'loginWithEmailAndPassword' }>, answer: SendOtpResponse): OtpTarget {
  if (request.method === 'sendOTPOnEmail') {
    return { channel: 'email', email: request.body.email, resendTimer: seconds(answer.resend_timer), resendToken: answer.resend_email_token ?? answer.resend_token };
  }
  return {
    channel: 'mobile',
    mobile: request.body.mobile,
    countryCode: request.body.country_code,
    requestId: answer.request_id ?? '',
    resendTimer: seconds(answer.resend_timer),
    resendToken: answer.resend_token,
  };
}

/** Where a login goes next: signed in, or to the code step. */
export function loginNext(request: LoginRequest, answer: { user?: unknown } & SendOtpResponse): AuthFlowEvent {
  if (request.method === 'loginWithEmailAndPassword') return { type: 'signedIn', user: answer.user as Extract<AuthFlowEvent, { type: 'signedIn' }>['user'] };
  return { type: 'otpSent', target: otpTargetOf(request, answer) };
}
