import { serverTexts } from '../../client/serverTexts';
import { findLink, issueLink } from './links';
import { fakeUserMessages } from './messages';
import { checkNewPassword } from './password';
import { fail, ok, signIn, signedIn } from './results';
import type { FakeContext } from './store';
import { findUserByEmail, findUserById, findUserByUsername, markVerified, normalizeEmail, toUserSchema, touch } from './store';
import type { FakeCall, FakeRuleResult, FakeUserRecord } from './types';

/** Prefix of the test tokens `loginWithToken` accepts: `fake-login-token:<email or mobile>`. */
export const FAKE_LOGIN_TOKEN_PREFIX = 'fake-login-token:';

/**
 * `loginWithEmailAndPassword`: the same 400 `Password or username is incorrect` for an unknown user, a user
 * without password and a wrong password; the right password of a disabled account answers 403.
 */
export function loginWithEmailAndPassword(ctx: FakeContext, call: FakeCall<'loginWithEmailAndPassword'>): FakeRuleResult {
  const user = findUserByUsername(ctx, call.body.username ?? '');
  if (!user || user.password === undefined || user.password !== call.body.password) {
    return fail(400, serverTexts.credentialsIncorrect);
  }
  return signIn(user, { user: toUserSchema(user) });
}

/** `sendResetPasswordEmail`: answers `sent` whether or not the email is known (no enumeration). */
export function sendResetPasswordEmail(ctx: FakeContext, call: FakeCall<'sendResetPasswordEmail'>): FakeRuleResult {
  const email = call.body.email;
  const user = email === undefined ? undefined : findUserByEmail(ctx, email);
  if (user && email !== undefined) issueLink(ctx, 'reset-password', user, { channel: 'email', email: normalizeEmail(email) });
  return ok({ status: 'sent' });
}

/** `sendResetToken`: checks a reset code. */
export function sendResetToken(ctx: FakeContext, call: FakeCall<'sendResetToken'>): FakeRuleResult {
  return findLink(ctx, call.body.code, 'reset-password') ? ok({ status: 'success' }) : fail(400, fakeUserMessages.invalidCode);
}

/**
 * `forgotPassword`: sets the new password (the password rule applies) with a reset code and signs the user in
 * (403 for a disabled account, the password unchanged).
 */
export function forgotPassword(ctx: FakeContext, call: FakeCall<'forgotPassword'>): FakeRuleResult {
  const link = findLink(ctx, call.body.code, 'reset-password');
  const user = link ? findUserById(ctx, link.userId) : undefined;
  if (!link || !user) return fail(400, fakeUserMessages.invalidCode);
  if (!user.active) return signIn(user, {});
  const weak = checkNewPassword(ctx.passwordRule, call.body.password);
  if (weak) return weak;
  link.used = true;
  user.password = call.body.password;
  user.has_old_password_hash = false;
  markVerified(ctx, user, link.target);
  return signIn(user, { user: toUserSchema(user) });
}

/**
 * `loginWithToken`: a login-link token from the inbox, or a test token `fake-login-token:<email or mobile>`
 * (403 for a disabled account).
 */
export function loginWithToken(ctx: FakeContext, call: FakeCall<'loginWithToken'>): FakeRuleResult {
  const token = (call.body.token ?? '').trim();
  let user: FakeUserRecord | undefined;
  if (token.startsWith(FAKE_LOGIN_TOKEN_PREFIX)) {
    user = findUserByUsername(ctx, token.slice(FAKE_LOGIN_TOKEN_PREFIX.length));
  } else {
    const link = findLink(ctx, token, 'login-link');
    user = link ? findUserById(ctx, link.userId) : undefined;
    if (link && user) link.used = true;
  }
  return user ? signIn(user, { user: toUserSchema(user) }) : fail(400, fakeUserMessages.invalidToken);
}

function verifyByLink(ctx: FakeContext, code: string | undefined, kind: 'verify-email' | 'verify-mobile'): FakeRuleResult {
  const link = findLink(ctx, code, kind);
  const user = link ? findUserById(ctx, link.userId) : undefined;
  if (!link || !user) return fail(400, fakeUserMessages.invalidCode);
  link.used = true;
  markVerified(ctx, user, link.target);
  return ok({ message: 'verified' });
}

/** `verifyEmail`: the code of a verification link marks the email verified. */
export function verifyEmail(ctx: FakeContext, call: FakeCall<'verifyEmail'>): FakeRuleResult {
  return verifyByLink(ctx, call.body.code, 'verify-email');
}

/** `verifyMobile`: the code of a verification link marks the mobile number verified. */
export function verifyMobile(ctx: FakeContext, call: FakeCall<'verifyMobile'>): FakeRuleResult {
  return verifyByLink(ctx, call.body.code, 'verify-mobile');
}

/** `hasPassword`. */
export function hasPassword(_ctx: FakeContext, call: FakeCall<'hasPassword'>): FakeRuleResult {
  return ok({ result: signedIn(call).password !== undefined });
}

/** `updatePassword`: the old password must match, unless the user has none yet; the password rule applies. */
export function updatePassword(ctx: FakeContext, call: FakeCall<'updatePassword'>): FakeRuleResult {
  const user = signedIn(call);
  if (user.password !== undefined && call.body.old_password !== user.password) return fail(400, fakeUserMessages.oldPasswordWrong);
  const weak = checkNewPassword(ctx.passwordRule, call.body.new_password);
  if (weak) return weak;
  user.password = call.body.new_password;
  user.has_old_password_hash = false;
  touch(ctx, user);
  return ok({ message: 'success' });
}
