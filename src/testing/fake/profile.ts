import { issueLink } from './links';
import { fakeUserMessages } from './messages';
import { sendOtp, smsSentFields } from './otp';
import { completeProfile } from './register';
import { fail, isAnswer, ok, signedIn } from './results';
import type { FakeContext } from './store';
import { findUserByEmail, findUserByPhone, toUserSchema, touch, verifiedContactCount } from './store';
import type { FakeCall, FakeEmail, FakeEmailTarget, FakeOtpTarget, FakePhone, FakeRuleResult, FakeSmsTarget, FakeUserRecord } from './types';
import { checkProfileFields, emailTarget, genderOf, isFilled, isTarget, phoneTarget } from './validate';

function findPhone(user: FakeUserRecord, target: FakeOtpTarget): FakePhone | undefined {
  return target.channel === 'sms' ? user.phone_numbers.find((entry) => entry.country_code === target.countryCode && entry.phone === target.phone) : undefined;
}

function findEmail(user: FakeUserRecord, target: FakeOtpTarget): FakeEmail | undefined {
  return target.channel === 'email' ? user.emails.find((entry) => entry.email === target.email) : undefined;
}

/**
 * `updateProfile`. With a `register_token` (and no session needed) it is the "complete profile" step of a new
 * shopper: see {@link completeProfile}. Signed in, it edits names, gender, dob and picture; a new mobile is
 * added unverified and sent an SMS OTP (`verify_mobile_otp`, `request_id` and the resend fields), a new email
 * is added unverified and sent a verification link (`verify_email_link`, `email`).
 */
export function updateProfile(ctx: FakeContext, call: FakeCall<'updateProfile'>): FakeRuleResult {
  const { body } = call;
  if (isFilled(body.register_token)) return completeProfile(ctx, call);
  const invalid = checkProfileFields(ctx.now(), body);
  if (invalid) return invalid;
  const user = signedIn(call);
  let emailToAdd: FakeEmailTarget | undefined;
  if (isFilled(body.email)) {
    const target = emailTarget(body.email);
    if (!isTarget(target)) return target;
    if (!findEmail(user, target)) {
      if (findUserByEmail(ctx, target.email)) return fail(409, fakeUserMessages.emailTaken);
      emailToAdd = target;
    }
  }
  let phoneToAdd: FakeSmsTarget | undefined;
  if (body.mobile && isFilled(body.mobile.phone)) {
    const target = phoneTarget(body.mobile.phone, body.mobile.country_code ?? body.country_code);
    if (!isTarget(target)) return target;
    if (!findPhone(user, target)) {
      if (findUserByPhone(ctx, target.countryCode, target.phone)) return fail(409, fakeUserMessages.mobileTaken);
      phoneToAdd = target;
    }
  }
  let otpFields: Record<string, unknown> = {};
  if (phoneToAdd) {
    const sent = sendOtp(ctx, phoneToAdd, 'verify-otp');
    if (isAnswer(sent)) return sent;
    user.phone_numbers.push({ country_code: phoneToAdd.countryCode, phone: phoneToAdd.phone, primary: false, verified: false, active: true });
    otpFields = smsSentFields(ctx, sent);
  }
  if (emailToAdd) {
    user.emails.push({ email: emailToAdd.email, primary: false, verified: false, active: true });
    issueLink(ctx, 'verify-email', user, emailToAdd);
  }
  if (body.first_name !== undefined) user.first_name = body.first_name.trim();
  if (body.last_name !== undefined) user.last_name = body.last_name.trim();
  if (body.gender !== undefined) user.gender = genderOf(body.gender) ?? user.gender;
  if (body.dob !== undefined) user.dob = body.dob;
  if (body.profile_pic_url !== undefined) user.profile_pic_url = body.profile_pic_url;
  touch(ctx, user);
  return ok({
    user: toUserSchema(user),
    user_exists: true,
    verify_email_link: Boolean(emailToAdd),
    verify_email_otp: false,
    verify_mobile_otp: Boolean(phoneToAdd),
    ...otpFields,
    ...(emailToAdd ? { email: emailToAdd.email } : {}),
  });
}

/** `addMobileNumber`: adds it unverified (not primary) and sends a verification link. */
export function addMobileNumber(ctx: FakeContext, call: FakeCall<'addMobileNumber'>): FakeRuleResult {
  const user = signedIn(call);
  const target = phoneTarget(call.body.phone, call.body.country_code);
  if (!isTarget(target)) return target;
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
  if (!isTarget(target)) return target;
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
