import { serverTexts } from '../../client/serverTexts';
import { issueLink } from './links';
import { fakeUserMessages } from './messages';
import { sendOtp } from './otp';
import { fail, isAnswer, ok } from './results';
import type { FakeContext } from './store';
import { createUser, findUserByEmail, findUserByPhone, toUserSchema, uuidFrom } from './store';
import type { FakeEmailTarget, FakeOtpRequest, FakeRegisterTicket, FakeRuleResult, FakeSmsTarget, FakeUserRecord } from './types';
import { emailTarget, isFilled, isTarget, phoneTarget } from './validate';

/** A new registration ticket (not stored until {@link storeTicket}). */
export function newTicket(ctx: FakeContext, proven: FakeRegisterTicket['proven'] = {}, profile: FakeRegisterTicket['profile'] = {}): FakeRegisterTicket {
  return { token: uuidFrom(ctx.next('register')), createdAt: ctx.now(), proven, pending: {}, profile, submitted: false };
}

/** Keeps a ticket, so that its `register_token` works. */
export function storeTicket(ctx: FakeContext, ticket: FakeRegisterTicket): FakeRegisterTicket {
  ctx.tickets.set(ticket.token, ticket);
  return ticket;
}

/** The ticket of a `register_token`, or a 400 answer. */
export function findTicket(ctx: FakeContext, token: string | undefined): FakeRegisterTicket | FakeRuleResult {
  const ticket = token === undefined ? undefined : ctx.tickets.get(token);
  return ticket ?? fail(400, fakeUserMessages.invalidRegisterToken);
}

/** The contacts a registration step brings beyond those its ticket already proved. */
export interface NewContacts {
  sms?: FakeSmsTarget | undefined;
  email?: FakeEmailTarget | undefined;
}

function takenAnswer(ctx: FakeContext, contacts: NewContacts): FakeRuleResult | undefined {
  if (contacts.email && findUserByEmail(ctx, contacts.email.email)) return fail(409, fakeUserMessages.emailTaken);
  if (contacts.sms && findUserByPhone(ctx, contacts.sms.countryCode, contacts.sms.phone)) return fail(409, fakeUserMessages.mobileTaken);
  return undefined;
}

/**
 * Reads the email and mobile of a registration step for the channels the ticket has not proven yet (a value
 * given for a proven channel is ignored: the proven contact is kept). Honours the preset's
 * `register_required_fields` (`hard` = must be given, `soft` = may be left out), needs at least one contact in
 * all, and refuses a contact that already belongs to an account (409).
 */
export function newContacts(
  ctx: FakeContext,
  ticket: FakeRegisterTicket,
  input: { email?: string | undefined; mobile?: string | undefined; countryCode?: string | undefined },
): NewContacts | FakeRuleResult {
  const contacts: NewContacts = {};
  if (!ticket.proven.email && isFilled(input.email)) {
    const target = emailTarget(input.email);
    if (!isTarget(target)) return target;
    contacts.email = target;
  }
  if (!ticket.proven.sms && isFilled(input.mobile)) {
    const target = phoneTarget(input.mobile, input.countryCode);
    if (!isTarget(target)) return target;
    contacts.sms = target;
  }
  const required = ctx.preset.register_required_fields;
  const hard = (field: { is_required?: boolean | undefined; level?: string | undefined } | undefined) => Boolean(field?.is_required && field.level === 'hard');
  if (!ticket.proven.email && !contacts.email && hard(required?.email)) return fail(400, fakeUserMessages.emailRequired);
  if (!ticket.proven.sms && !contacts.sms && hard(required?.mobile)) return fail(400, serverTexts.mobileRequired);
  if (!ticket.proven.email && !ticket.proven.sms && !contacts.email && !contacts.sms) return fail(400, fakeUserMessages.contactRequired);
  return takenAnswer(ctx, contacts) ?? contacts;
}

/** The OTPs sent for the new contacts of a ticket (a 429 answer when one was sent too recently). */
export interface SentOtps {
  sms?: FakeOtpRequest | undefined;
  email?: FakeOtpRequest | undefined;
}

/**
 * Sends a `verify-otp` code to each new contact and records it as pending on the ticket; with `emailBy:
 * 'link'` a new email is not sent an OTP but kept for a verification link when the account is created.
 */
export function sendTicketOtps(ctx: FakeContext, ticket: FakeRegisterTicket, contacts: NewContacts, emailBy: 'otp' | 'link'): SentOtps | FakeRuleResult {
  const sent: SentOtps = {};
  if (contacts.sms) {
    const request = sendOtp(ctx, contacts.sms, 'verify-otp', ticket.token);
    if (isAnswer(request)) return request;
    ticket.pending.sms = { target: contacts.sms, requestId: request.id };
    sent.sms = request;
  }
  if (contacts.email && emailBy === 'link') ticket.linkEmail = contacts.email;
  else if (contacts.email) {
    const request = sendOtp(ctx, contacts.email, 'verify-otp', ticket.token);
    if (isAnswer(request)) return request;
    ticket.pending.email = { target: contacts.email, requestId: request.id };
    sent.email = request;
  }
  return sent;
}

/** Whether the ticket is ready to become an account: its form was sent and no OTP is pending. */
export function isComplete(ticket: FakeRegisterTicket): boolean {
  return ticket.submitted && !ticket.pending.sms && !ticket.pending.email;
}

/** Records a verified OTP of the ticket: its contact moves from pending to proven. */
export function proveContact(ticket: FakeRegisterTicket, request: FakeOtpRequest): void {
  if (ticket.pending.sms?.requestId === request.id) {
    ticket.proven.sms = ticket.pending.sms.target;
    ticket.pending.sms = undefined;
  }
  if (ticket.pending.email?.requestId === request.id) {
    ticket.proven.email = ticket.pending.email.target;
    ticket.pending.email = undefined;
  }
}

/** The account a completed ticket became, and the email it still has to verify by link, if any. */
export interface Completed {
  user: FakeUserRecord;
  linkEmail: FakeEmailTarget | undefined;
}

/**
 * Creates the account of a complete ticket (proven contacts verified and primary; a `linkEmail` unverified,
 * primary, with a `verify-email` link in the inbox) and consumes the ticket. 409 when a contact was taken
 * in the meantime.
 */
export function completeTicket(ctx: FakeContext, ticket: FakeRegisterTicket): Completed | FakeRuleResult {
  const email = ticket.proven.email ?? ticket.linkEmail;
  const taken = takenAnswer(ctx, { email, sms: ticket.proven.sms });
  if (taken) return taken;
  const { profile } = ticket;
  const user = createUser(ctx, {
    first_name: profile.first_name?.trim(),
    last_name: profile.last_name?.trim(),
    gender: profile.gender,
    dob: profile.dob,
    profile_pic_url: profile.profile_pic_url,
    password: profile.password,
    emails: email ? [{ email: email.email, primary: true, verified: email === ticket.proven.email, active: true }] : [],
    phone_numbers: ticket.proven.sms ? [{ country_code: ticket.proven.sms.countryCode, phone: ticket.proven.sms.phone, primary: true, verified: true, active: true }] : [],
  });
  ctx.tickets.delete(ticket.token);
  const linkEmail = ticket.proven.email ? undefined : ticket.linkEmail;
  if (linkEmail) issueLink(ctx, 'verify-email', user, linkEmail);
  return { user, linkEmail };
}

/**
 * What a registration answers once one more contact is verified: `{ user_exists: false, register_token }`
 * while something is pending (no session); when nothing is, the account is created and signed in:
 * `{ user, user_exists: true }`, plus `verify_email_link: true, email` when its email still waits for a link.
 */
export function registrationProgress(ctx: FakeContext, ticket: FakeRegisterTicket): FakeRuleResult {
  if (!isComplete(ticket)) return ok({ user_exists: false, register_token: ticket.token });
  const done = completeTicket(ctx, ticket);
  if (isAnswer(done)) return done;
  const link = done.linkEmail ? { verify_email_link: true, email: done.linkEmail.email } : {};
  return ok({ user: toUserSchema(done.user), user_exists: true, ...link }, { login: done.user });
}
