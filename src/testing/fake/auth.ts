import { findLink, issueLink } from './links';
import { fakeUserMessages } from './messages';
import { fail, ok, signedIn } from './results';
import type { FakeContext } from './store';
import { findUserByEmail, findUserById, findUserByUsername, markVerified, normalizeEmail, toUserSchema, touch } from './store';
import type { FakeCall, FakeRuleResult, FakeUserRecord } from './types';

/** Prefix of the test tokens `loginWithToken` accepts: `fake-login-token:<email or mobile>`. */
export const FAKE_LOGIN_TOKEN_PREFIX = 'fake-login-token:';

/** The shortest password the fake service accepts. */
export const FAKE_MIN_PASSWORD_LENGTH = 8;

/** `loginWithEmailAndPassword`: the same 400 for an unknown user, a user without password and a wrong password. */
export function loginWithEmailAndPassword(ctx: FakeContext, call: FakeCall<'loginWithEmailAndPassword'>): FakeRuleResult {
  const user = findUserByUsername(ctx, call.body.username ?? '');
  if (!user || user.password === undefined || user.password !== call.body.password) {
    return fail(400, fakeUserMessages.invalidUsernameOrPassword);
  }
  return ok({ user: toUserSchema(user) }, { login: user });
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

/** `forgotPassword`: sets the new password with a reset code and signs the user in. */
export function forgotPassword(ctx: FakeContext, call: FakeCall<'forgotPassword'>): FakeRuleResult {
  const link = findLink(ctx, call.body.code, 'reset-password');
  const user = link ? findUserById(ctx, link.userId) : undefined;
  if (!link || !user) return fail(400, fakeUserMessages.invalidCode);
  const password = call.body.password ?? '';
  if (password.length < FAKE_MIN_PASSWORD_LENGTH) return fail(400, fakeUserMessages.passwordTooShort);
  link.used = true;
  user.password = password;
  user.has_old_password_hash = false;
  markVerified(ctx, user, link.target);
  return ok({ user: toUserSchema(user) }, { login: user });
}

/** `loginWithToken`: a login-link token from the inbox, or a test token `fake-login-token:<email or mobile>`. */
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
  return user ? ok({ user: toUserSchema(user) }, { login: user }) : fail(400, fakeUserMessages.invalidToken);
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

/** `updatePassword`: the old password must match, unless the user has none yet. */
export function updatePassword(ctx: FakeContext, call: FakeCall<'updatePassword'>): FakeRuleResult {
  const user = signedIn(call);
  if (user.password !== undefined && call.body.old_password !== user.password) return fail(400, fakeUserMessages.oldPasswordWrong);
  const password = call.body.new_password ?? '';
  if (password.length < FAKE_MIN_PASSWORD_LENGTH) return fail(400, fakeUserMessages.passwordTooShort);
  user.password = password;
  user.has_old_password_hash = false;
  touch(ctx, user);
  return ok({ message: 'success' });
}
