import { emailSentFields, smsSentFields } from './otp';
import { checkNewPassword } from './password';
import { isAnswer, ok } from './results';
import type { FakeContext } from './store';
import { completeTicket, findTicket, isComplete, newContacts, newTicket, registrationProgress, sendTicketOtps, storeTicket, type SentOtps } from './tickets';
import type { FakeCall, FakeRegisterTicket, FakeRuleResult, FakeTicketProfile } from './types';
import { checkProfileFields, genderOf } from './validate';

/** The profile of a registration step, over what the ticket had (a social profile's names). */
function mergeProfile(ticket: FakeRegisterTicket, body: FakeTicketProfile): FakeTicketProfile {
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as FakeTicketProfile;
  return { ...ticket.profile, ...given, ...(body.gender === undefined ? {} : { gender: genderOf(body.gender) }) };
}

/** The answer fields of the OTPs a registration step sent. */
function sentFields(ctx: FakeContext, sent: SentOtps): Record<string, unknown> {
  return {
    ...(sent.sms ? smsSentFields(ctx, sent.sms) : {}),
    ...(sent.email ? emailSentFields(sent.email) : {}),
    verify_mobile_otp: Boolean(sent.sms),
    verify_email_otp: Boolean(sent.email),
  };
}

/**
 * `registerWithForm` (flows.md F4): does not sign in. It checks the form (gender, password rule, the preset's
 * `register_required_fields`, contacts not taken), sends an SMS OTP to the mobile and an email OTP to the
 * email (contacts proven by a `register_token` are not sent one) and answers `RegisterFormSuccess`: `success,
 * message: 'OTP sent', verify_mobile_otp, verify_email_otp, register_token, user_exists: false`, with
 * `request_id, mobile, country_code, resend_timer, resend_token` for the SMS and `email, resend_email_token`
 * for the email. The account is created when what was asked is verified (`verifyMobileOTP` /
 * `verifyEmailOTP` with the `register_token`). When nothing is left to verify (every contact given was
 * proven by the ticket) the account is created and signed in at once: `verify_mobile_otp: false,
 * verify_email_otp: false, user_exists: true`.
 */
export function registerWithForm(ctx: FakeContext, call: FakeCall<'registerWithForm'>): FakeRuleResult {
  const { body } = call;
  const found = body.register_token === undefined || body.register_token === '' ? newTicket(ctx) : findTicket(ctx, body.register_token);
  if (isAnswer(found)) return found;
  const ticket = found;
  const invalid = checkProfileFields(ctx.now(), body) ?? (body.password === undefined ? undefined : checkNewPassword(ctx.passwordRule, body.password));
  if (invalid) return invalid;
  const contacts = newContacts(ctx, ticket, { email: body.email, mobile: body.phone?.mobile, countryCode: body.phone?.country_code });
  if (isAnswer(contacts)) return contacts;
  const sent = sendTicketOtps(ctx, ticket, contacts, 'otp');
  if (isAnswer(sent)) return sent;
  const { first_name, last_name, gender, password } = body;
  ticket.profile = mergeProfile(ticket, { first_name, last_name, gender, password });
  ticket.submitted = true;
  storeTicket(ctx, ticket);
  if (isComplete(ticket)) {
    const done = completeTicket(ctx, ticket);
    if (isAnswer(done)) return done;
    return ok({ success: true, message: 'Account created', verify_mobile_otp: false, verify_email_otp: false, user_exists: true }, { login: done.user });
  }
  return ok({ success: true, message: 'OTP sent', ...sentFields(ctx, sent), register_token: ticket.token, user_exists: false });
}

/**
 * `updateProfile` with a `register_token` and no session: the "complete profile" step after an OTP or social
 * sign-in of a new shopper (flows.md F6, F7). Honours `register_required_fields` for the channel the ticket has
 * not proven. A new mobile gets an SMS OTP; a new email gets an email OTP (`emailVerification: 'otp'`) or, with
 * `'link'`, a verification link once the account exists. While an OTP is pending the answer is `{ user_exists:
 * false, register_token, verify_mobile_otp, verify_email_otp, verify_email_link: false }` plus the resend fields
 * (`request_id, mobile, country_code, resend_timer, resend_token` for the SMS; `email, resend_email_token` for
 * the email), no session. Otherwise the account is created and signed in: `{ user, user_exists: true }`, plus
 * `verify_email_link: true, email` when the email waits for its link.
 */
export function completeProfile(ctx: FakeContext, call: FakeCall<'updateProfile'>): FakeRuleResult {
  const { body } = call;
  const ticket = findTicket(ctx, body.register_token);
  if (isAnswer(ticket)) return ticket;
  const invalid = checkProfileFields(ctx.now(), body);
  if (invalid) return invalid;
  const contacts = newContacts(ctx, ticket, { email: body.email, mobile: body.mobile?.phone, countryCode: body.mobile?.country_code ?? body.country_code });
  if (isAnswer(contacts)) return contacts;
  const sent = sendTicketOtps(ctx, ticket, contacts, ctx.emailVerification);
  if (isAnswer(sent)) return sent;
  const { first_name, last_name, gender, dob, profile_pic_url } = body;
  ticket.profile = mergeProfile(ticket, { first_name, last_name, gender, dob, profile_pic_url });
  ticket.submitted = true;
  if (!isComplete(ticket)) return ok({ user_exists: false, register_token: ticket.token, ...sentFields(ctx, sent), verify_email_link: false });
  return registrationProgress(ctx, ticket);
}
