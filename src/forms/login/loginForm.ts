import * as z from 'zod/mini';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlowEvent, OtpTarget } from '../../flow/types';
import type { Messages } from '../../i18n/messages';
import type { SendOtpResponse } from '../../schemas/otp';
import type { FieldSpec } from '../kit/types';
import { EMAIL_PATTERN, parseIdentifier } from '../identifier';
import { loadedPhoneRules } from '../phone/phoneRulesLoader';

/** A login method. */
export type LoginMethod = 'password' | 'otp';

/** The values of the login form. */
export interface LoginValues {
  /** An email address or a mobile number, as typed. */
  identifier: string;
  /** The country a mobile number is read in (ISO 3166-1 alpha-2, `IN`), unless it is typed with its `+code`. */
  country: string;
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
    country: { label: messages.fieldCountryCode, type: 'text', autoComplete: 'country', required: accepts.mobile },
    password: { label: messages.fieldPassword, type: 'password', autoComplete: 'current-password', required: ctx.method === 'password' },
  };
}

/** The rules of the values: checked before any request. */
export function loginSchema(ctx: LoginContext) {
  const { messages, method } = ctx;
  const accepts = loginAccepts(ctx);
  const invalid = accepts.email && accepts.mobile ? messages.validationEmailOrMobile : accepts.email ? messages.validationEmail : messages.validationMobile;
  const identifierError = (values: LoginValues): string | undefined => {
    const typed = values.identifier.trim();
    if (typed === '') return undefined;
    if (accepts.email && typed.includes('@')) return EMAIL_PATTERN.test(typed) ? undefined : invalid;
    if (!accepts.mobile) return invalid;
    // The country's rules once the phone library has loaded (the first digit typed loads it), a light check before.
    const rules = loadedPhoneRules();
    return rules ? rules.error(typed, values.country, messages, invalid) : parseIdentifier(typed, { email: false, mobile: true }).kind === 'mobile' ? undefined : invalid;
  };
  return z
    .object({
      identifier: z.string().check(z.trim(), z.minLength(1, { error: messages.validationRequired })),
      country: z.string(),
      password: z.string().check(z.refine((value) => method !== 'password' || value.length > 0, { error: messages.validationRequired })),
    })
    .check(z.refine((values) => identifierError(values) === undefined, { path: ['identifier'], error: (issue) => identifierError(issue.input as LoginValues) }));
}

/** The call a valid login form makes. */
export type LoginRequest =
  | { method: 'loginWithEmailAndPassword'; body: { username: string; password: string } }
  | { method: 'loginWithOTP'; body: { mobile: string; country_code: string } }
  | { method: 'sendOTPOnEmail'; body: { email: string; action: 'send' } };

/**
 * What to send for valid values (the password exactly as typed: spaces, emoji and all). A mobile number goes as
 * its national digits, with the calling code of its typed `+code` or of the chosen country.
 */
export function loginRequest(values: LoginValues, ctx: Omit<LoginContext, 'messages'>): LoginRequest {
  const typed = values.identifier.trim();
  const email = loginAccepts(ctx).email && typed.includes('@');
  // The form's send has loaded the phone library for a number (`phoneReady`), so the country's rules read it.
  const phone = email ? undefined : loadedPhoneRules()?.toWire(typed, values.country);
  if (ctx.method === 'password') return { method: 'loginWithEmailAndPassword', body: { username: phone?.mobile ?? typed, password: values.password } };
  if (email) return { method: 'sendOTPOnEmail', body: { email: typed, action: 'send' } };
  return { method: 'loginWithOTP', body: { mobile: phone?.mobile ?? typed, country_code: phone?.countryCode ?? '' } };
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
