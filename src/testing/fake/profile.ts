import { issueLink } from './links';
import { fakeUserMessages } from './messages';
import { emailTarget, isOtpRequest, isTarget, phoneTarget, sendOtp } from './otp';
import { isRegistered, register } from './register';
import { fail, ok, signedIn } from './results';
import type { FakeContext } from './store';
import { findUserByEmail, findUserByPhone, toUserSchema, touch, verifiedContactCount } from './store';
import type { FakeCall, FakeEmail, FakeOtpTarget, FakePhone, FakeRuleResult, FakeUserRecord } from './types';

/** Genders `updateProfile` accepts (any case). */
export const FAKE_GENDERS = ['male', 'female', 'other', 'unisex'] as const;

function isPastDate(text: string, now: number): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && time < now;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function findPhone(user: FakeUserRecord, target: FakeOtpTarget): FakePhone | undefined {
  return target.channel === 'sms' ? user.phone_numbers.find((entry) => entry.country_code === target.countryCode && entry.phone === target.phone) : undefined;
}

function findEmail(user: FakeUserRecord, target: FakeOtpTarget): FakeEmail | undefined {
  return target.channel === 'email' ? user.emails.find((entry) => entry.email === target.email) : undefined;
}

/** Checks the editable fields of `updateProfile`; a 400 answer naming the first bad one. */
function checkProfileFields(ctx: FakeContext, body: FakeCall<'updateProfile'>['body']): FakeRuleResult | undefined {
  if (body.first_name !== undefined && body.first_name.trim() === '') return fail(400, fakeUserMessages.emptyName('first_name'));
  if (body.gender !== undefined && !(FAKE_GENDERS as readonly string[]).includes(body.gender.toLowerCase())) return fail(400, fakeUserMessages.invalidGender);
  if (body.dob !== undefined && !isPastDate(body.dob, ctx.now())) return fail(400, fakeUserMessages.invalidDob);
  if (body.profile_pic_url !== undefined && !isHttpUrl(body.profile_pic_url)) return fail(400, fakeUserMessages.invalidPictureUrl);
  return undefined;
}

/**
 * `updateProfile`: edits names, gender, dob and picture (and adds a new email or mobile, unverified). With a
 * `register_token` (from an OTP step for an unknown contact) it completes the registration instead: the user is
 * created and signed in, without a prior session.
 */
export function updateProfile(ctx: FakeContext, call: FakeCall<'updateProfile'>): FakeRuleResult {
  const { body } = call;
  const invalid = checkProfileFields(ctx, body);
  if (invalid) return invalid;
  const mobile = body.mobile ? { mobile: body.mobile.phone, country_code: body.mobile.country_code ?? body.country_code } : undefined;

  if (body.register_token !== undefined) {
    const result = register(ctx, { ...body, mobile });
    if (!isRegistered(result)) return result;
    return ok(
      {
        user: toUserSchema(result.user),
        user_exists: false,
        verify_email_link: result.emailLink,
        verify_email_otp: false,
        verify_mobile_otp: Boolean(result.otp),
        ...(result.otp ? { request_id: result.otp.id } : {}),
        ...(result.user.emails[0] ? { email: result.user.emails[0].email } : {}),
      },
      { login: result.user },
    );
  }

  const user = signedIn(call);
  let emailTargetToAdd: FakeOtpTarget | undefined;
  if (body.email !== undefined && body.email.trim() !== '') {
    const target = emailTarget(body.email);
    if (!isTarget(target)) return target;
    if (!findEmail(user, target)) {
      if (target.channel === 'email' && findUserByEmail(ctx, target.email)) return fail(409, fakeUserMessages.emailTaken);
      emailTargetToAdd = target;
    }
  }
  let phoneTargetToAdd: FakeOtpTarget | undefined;
  if (mobile?.mobile !== undefined) {
    const target = phoneTarget(mobile.mobile, mobile.country_code);
    if (!isTarget(target)) return target;
    if (!findPhone(user, target)) {
      if (target.channel === 'sms' && findUserByPhone(ctx, target.countryCode, target.phone)) return fail(409, fakeUserMessages.mobileTaken);
      phoneTargetToAdd = target;
    }
  }
  let otpFields: Record<string, unknown> = {};
  if (phoneTargetToAdd?.channel === 'sms') {
    const sent = sendOtp(ctx, phoneTargetToAdd, 'verify-otp');
    if (!isOtpRequest(sent)) return sent;
    user.phone_numbers.push({ country_code: phoneTargetToAdd.countryCode, phone: phoneTargetToAdd.phone, primary: false, verified: false, active: true });
    otpFields = { request_id: sent.id };
  }
  if (emailTargetToAdd?.channel === 'email') {
    user.emails.push({ email: emailTargetToAdd.email, primary: false, verified: false, active: true });
    issueLink(ctx, 'verify-email', user, emailTargetToAdd);
  }
  if (body.first_name !== undefined) user.first_name = body.first_name.trim();
  if (body.last_name !== undefined) user.last_name = body.last_name.trim();
  if (body.gender !== undefined) user.gender = body.gender.toLowerCase();
  if (body.dob !== undefined) user.dob = body.dob;
  if (body.profile_pic_url !== undefined) user.profile_pic_url = body.profile_pic_url;
  touch(ctx, user);
  return ok({
    user: toUserSchema(user),
    user_exists: true,
    verify_email_link: Boolean(emailTargetToAdd),
    verify_email_otp: false,
    verify_mobile_otp: Boolean(phoneTargetToAdd),
    ...otpFields,
    ...(emailTargetToAdd?.channel === 'email' ? { email: emailTargetToAdd.email } : {}),
  });
}

/** `addMobileNumber`: adds it unverified (not primary) and sends a verification link. */
export function addMobileNumber(ctx: FakeContext, call: FakeCall<'addMobileNumber'>): FakeRuleResult {
  const user = signedIn(call);
  const target = phoneTarget(call.body.phone, call.body.country_code);
  if (!isTarget(target) || target.channel !== 'sms') return isTarget(target) ? fail(400, fakeUserMessages.invalidMobile) : target;
  if (findPhone(user, target)) return fail(409, fakeUserMessages.mobileAlreadyAdded);
  if (findUserByPhone(ctx, target.countryCode, target.phone)) return fail(409, fakeUserMessages.mobileTaken);
  user.phone_numbers.push({ country_code: target.countryCode, phone: target.phone, primary: false, verified: false, active: true });
  touch(ctx, user);
  issueLink(ctx, 'verify-mobile', user, target);
  return ok({ user: toUserSchema(user), verify_mobile_link: true });
}

/** `deleteMobileNumber`: not the primary, not the last verified contact; 404 when absent. */
export function deleteMobileNumber(ctx: FakeContext, call: FakeCall<'deleteMobileNumber'>): FakeRuleResult {
  const user = signedIn(call);
  const target = phoneTarget(call.query.phone, call.query.country_code);
  if (!isTarget(target)) return target;
  const entry = findPhone(user, target);
  if (!entry) return fail(404, fakeUserMessages.mobileNotFound);
  if (entry.primary) return fail(400, fakeUserMessages.deletePrimaryMobile);
  if (entry.verified && verifiedContactCount(user) <= 1) return fail(400, fakeUserMessages.deleteLastVerified);
  user.phone_numbers = user.phone_numbers.filter((item) => item !== entry);
  touch(ctx, user);
  return ok({ user: toUserSchema(user) });
}

/** `setMobileNumberAsPrimary`: only a verified number; 404 when absent. */
export function setMobileNumberAsPrimary(ctx: FakeContext, call: FakeCall<'setMobileNumberAsPrimary'>): FakeRuleResult {
  const user = signedIn(call);
  const target = phoneTarget(call.body.phone, call.body.country_code);
  if (!isTarget(target)) return target;
  const entry = findPhone(user, target);
  if (!entry) return fail(404, fakeUserMessages.mobileNotFound);
  if (!entry.verified) return fail(400, fakeUserMessages.primaryNeedsVerifiedMobile);
  for (const item of user.phone_numbers) item.primary = item === entry;
  touch(ctx, user);
  return ok({ user: toUserSchema(user) });
}

/** `sendVerificationLinkToMobile`: a new link for an unverified number of the user. */
export function sendVerificationLinkToMobile(ctx: FakeContext, call: FakeCall<'sendVerificationLinkToMobile'>): FakeRuleResult {
  const user = signedIn(call);
  const target = phoneTarget(call.body.phone, call.body.country_code);
  if (!isTarget(target)) return target;
  const entry = findPhone(user, target);
  if (!entry) return fail(404, fakeUserMessages.mobileNotFound);
  if (entry.verified) return fail(400, fakeUserMessages.alreadyVerifiedMobile);
  issueLink(ctx, 'verify-mobile', user, target);
  return ok({ verify_mobile_link: true });
}

/** `addEmail`: adds it unverified (not primary) and sends a verification link. */
export function addEmail(ctx: FakeContext, call: FakeCall<'addEmail'>): FakeRuleResult {
  const user = signedIn(call);
  const target = emailTarget(call.body.email);
  if (!isTarget(target) || target.channel !== 'email') return isTarget(target) ? fail(400, fakeUserMessages.invalidEmail) : target;
  if (findEmail(user, target)) return fail(409, fakeUserMessages.emailAlreadyAdded);
  if (findUserByEmail(ctx, target.email)) return fail(409, fakeUserMessages.emailTaken);
  user.emails.push({ email: target.email, primary: false, verified: false, active: true });
  touch(ctx, user);
  issueLink(ctx, 'verify-email', user, target);
  return ok({ user: toUserSchema(user), verify_email_link: true });
}

/** `deleteEmail`: not the primary, not the last verified contact; 404 when absent. */
export function deleteEmail(ctx: FakeContext, call: FakeCall<'deleteEmail'>): FakeRuleResult {
  const user = signedIn(call);
  const target = emailTarget(call.query.email);
  if (!isTarget(target)) return target;
  const entry = findEmail(user, target);
  if (!entry) return fail(404, fakeUserMessages.emailNotFound);
  if (entry.primary) return fail(400, fakeUserMessages.deletePrimaryEmail);
  if (entry.verified && verifiedContactCount(user) <= 1) return fail(400, fakeUserMessages.deleteLastVerified);
  user.emails = user.emails.filter((item) => item !== entry);
  touch(ctx, user);
  return ok({ user: toUserSchema(user) });
}

/** `setEmailAsPrimary`: only a verified email; 404 when absent. */
export function setEmailAsPrimary(ctx: FakeContext, call: FakeCall<'setEmailAsPrimary'>): FakeRuleResult {
  const user = signedIn(call);
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  const entry = findEmail(user, target);
  if (!entry) return fail(404, fakeUserMessages.emailNotFound);
  if (!entry.verified) return fail(400, fakeUserMessages.primaryNeedsVerifiedEmail);
  for (const item of user.emails) item.primary = item === entry;
  touch(ctx, user);
  return ok({ user: toUserSchema(user) });
}

/** `sendVerificationLinkToEmail`: a new link for an unverified email of the user. */
export function sendVerificationLinkToEmail(ctx: FakeContext, call: FakeCall<'sendVerificationLinkToEmail'>): FakeRuleResult {
  const user = signedIn(call);
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  const entry = findEmail(user, target);
  if (!entry) return fail(404, fakeUserMessages.emailNotFound);
  if (entry.verified) return fail(400, fakeUserMessages.alreadyVerifiedEmail);
  issueLink(ctx, 'verify-email', user, target);
  return ok({ verify_email_link: true });
}
