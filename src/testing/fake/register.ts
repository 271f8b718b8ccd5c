import { issueLink } from './links';
import { fakeUserMessages } from './messages';
import { emailTarget, isOtpRequest, isTarget, otpSentFields, phoneTarget, sendOtp } from './otp';
import { fail, ok } from './results';
import type { FakeContext } from './store';
import { createUser, findUserByEmail, findUserByPhone, toUserSchema } from './store';
import type { FakeCall, FakeOtpRequest, FakeOtpTarget, FakeRegisterTicket, FakeRuleResult, FakeUserRecord } from './types';

/** What a registration step brings. */
export interface Registration {
  first_name?: string | undefined;
  last_name?: string | undefined;
  gender?: string | undefined;
  dob?: string | undefined;
  profile_pic_url?: string | undefined;
  email?: string | undefined;
  mobile?: { mobile?: string | undefined; country_code?: string | undefined } | undefined;
  password?: string | undefined;
  register_token?: string | undefined;
}

/** A new user, the OTP sent to verify their mobile (if any) and whether an email link was sent. */
export interface Registered {
  user: FakeUserRecord;
  otp: FakeOtpRequest | undefined;
  emailLink: boolean;
}

function isFilled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function sameTarget(a: FakeOtpTarget | undefined, b: FakeOtpTarget | undefined): boolean {
  if (!a || !b || a.channel !== b.channel) return false;
  return a.channel === 'sms' && b.channel === 'sms' ? a.countryCode === b.countryCode && a.phone === b.phone : a.channel === 'email' && b.channel === 'email' && a.email === b.email;
}

/**
 * Creates a user from a registration step, honouring the active preset's `register_required_fields` (`hard` =
 * must be given, `soft` = may be skipped) and refusing an email or mobile number already in use (409). A
 * `register_token` (from an OTP step) brings its proven contact, verified, and is consumed. An unverified mobile
 * gets a code by SMS; an unverified email gets a verification link.
 */
export function register(ctx: FakeContext, data: Registration): Registered | FakeRuleResult {
  let ticket: FakeRegisterTicket | undefined;
  if (data.register_token !== undefined) {
    ticket = ctx.tickets.get(data.register_token);
    if (!ticket) return fail(400, fakeUserMessages.invalidRegisterToken);
  }
  const proven = ticket?.target;

  let email: FakeOtpTarget | undefined = proven?.channel === 'email' ? proven : undefined;
  if (isFilled(data.email)) {
    const target = emailTarget(data.email);
    if (!isTarget(target)) return target;
    email = target;
  }
  let phone: FakeOtpTarget | undefined = proven?.channel === 'sms' ? proven : undefined;
  if (data.mobile && isFilled(data.mobile.mobile)) {
    const target = phoneTarget(data.mobile.mobile, data.mobile.country_code);
    if (!isTarget(target)) return target;
    phone = target;
  }

  const required = ctx.preset.register_required_fields;
  if (!email && required?.email?.is_required && required.email.level === 'hard') return fail(400, fakeUserMessages.emailRequired);
  if (!phone && required?.mobile?.is_required && required.mobile.level === 'hard') return fail(400, fakeUserMessages.mobileRequired);
  if (!email && !phone) return fail(400, fakeUserMessages.contactRequired);
  if (email?.channel === 'email' && findUserByEmail(ctx, email.email)) return fail(409, fakeUserMessages.emailTaken);
  if (phone?.channel === 'sms' && findUserByPhone(ctx, phone.countryCode, phone.phone)) return fail(409, fakeUserMessages.mobileTaken);
  if (data.password !== undefined && data.password.length < 8) return fail(400, fakeUserMessages.passwordTooShort);

  const phoneVerified = sameTarget(phone, proven);
  const emailVerified = sameTarget(email, proven);
  let otp: FakeOtpRequest | undefined;
  if (phone && !phoneVerified) {
    const sent = sendOtp(ctx, phone, 'verify-otp');
    if (!isOtpRequest(sent)) return sent;
    otp = sent;
  }
  const user = createUser(ctx, {
    first_name: data.first_name?.trim(),
    last_name: data.last_name?.trim(),
    gender: data.gender,
    dob: data.dob,
    profile_pic_url: data.profile_pic_url,
    password: data.password,
    emails: email?.channel === 'email' ? [{ email: email.email, primary: true, verified: emailVerified, active: true }] : [],
    phone_numbers:
      phone?.channel === 'sms'
        ? [{ country_code: phone.countryCode, phone: phone.phone, primary: true, verified: phoneVerified, active: true }]
        : [],
  });
  if (ticket) ctx.tickets.delete(ticket.token);
  const emailLink = Boolean(email && !emailVerified);
  if (email && emailLink) issueLink(ctx, 'verify-email', user, email);
  return { user, otp, emailLink };
}

/** Whether a registration succeeded (not an error answer). */
export function isRegistered(value: Registered | FakeRuleResult): value is Registered {
  return 'user' in value && 'emailLink' in value;
}

/** `registerWithForm`: creates the user and signs them in; answers `RegisterFormSuccess`. */
export function registerWithForm(ctx: FakeContext, call: FakeCall<'registerWithForm'>): FakeRuleResult {
  const { body } = call;
  const result = register(ctx, { ...body, mobile: body.phone });
  if (!isRegistered(result)) return result;
  const { user, otp, emailLink } = result;
  return ok(
    {
      success: true,
      message: otp ? 'OTP sent' : 'Registered',
      ...(otp ? otpSentFields(ctx, otp) : {}),
      ...(user.emails[0] ? { email: user.emails[0].email } : {}),
      verify_mobile_otp: Boolean(otp),
      verify_email_otp: false,
      verify_email_link: emailLink,
      user_exists: false,
      user: toUserSchema(user),
    },
    { login: user },
  );
}
