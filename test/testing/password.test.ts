import { afterEach, describe, expect, it } from 'vitest';
import { FdkApiError, FdkConfigError } from '../../src/client/errors';
import { serverTexts } from '../../src/client/serverTexts';
import {
  createFakeUserService,
  fakePasswordRule,
  fakePasswordRuleMessage,
  fakeSeedLogins,
  fakeSeedUsers,
  fakeSocialToken,
  fakeUserMessages,
  FAKE_LOGIN_TOKEN_PREFIX,
  startFakeUserServer,
  type FakeUserServer,
  type FakeUserServerOptions,
} from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeUserServerOptions = {}) {
  fake = await startFakeUserServer(options);
  return { fake, client: fakeClient(fake.url) };
}

describe('password sign-in', () => {
  it.each(['ana@example.com', 'ANA@example.com ', '9876543210', '919876543210', '+91 98765 43210'])('signs Ana in with username %j', async (username) => {
    const { client } = await start();
    const answer = await client.loginWithEmailAndPassword({ body: { username, password: fakeSeedLogins.ana.password } });
    expect(answer.user?.first_name).toBe('Ana');
    expect(client.cookies.jar.get('fdk_session')?.attributes).toMatchObject({ httponly: '', samesite: 'Lax', path: '/' });
  });

  it('fails the same way for an unknown user, a wrong password and a user without password', async () => {
    const { client } = await start();
    const failures = await Promise.all([
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'nobody@example.com', password: 'Passw0rd!' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'wrong-password' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'ben@example.com', password: 'Passw0rd!' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: '9000000000', password: 'Passw0rd!' } })),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(FdkApiError);
      expect(failure).toMatchObject({ name: 'FdkApiError', status: 400, body: { message: serverTexts.credentialsIncorrect } });
    }
    expect(new Set(failures.map((failure) => (failure as FdkApiError).bodyText)).size).toBe(1);
    expect(client.cookies.jar.size).toBe(0);
  });
});

describe('hasPassword and updatePassword', () => {
  it('lets a user without a password set one with no old password', async () => {
    const { fake, client } = await start({ generateCode: () => '1212' });
    await client.sendOTPOnEmail({ body: { email: 'ben@example.com' } });
    await client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: fake.service.lastCode('ben@example.com') } });
    expect(await client.hasPassword()).toEqual({ result: false });
    expect(await client.updatePassword({ body: { new_password: 'BenPassw0rd!' } })).toEqual({ message: 'success' });
    expect(await client.hasPassword()).toEqual({ result: true });
    const other = fakeClient(fake.url);
    expect((await other.loginWithEmailAndPassword({ body: { username: 'ben@example.com', password: 'BenPassw0rd!' } })).user?.first_name).toBe('Ben');
  });

  it('needs the old password to match, and a new one that passes the password rule', async () => {
    const { fake, client } = await start();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    expect(await rejectionOf(client.updatePassword({ body: { old_password: 'nope', new_password: 'N3wPassw0rd!' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.oldPasswordWrong,
    });
    for (const weak of ['Sh0rt!', 'N3wPassw0rd', 'NewPassword!', '12345678!', 'N3w Passw0rd!']) {
      expect(await rejectionOf(client.updatePassword({ body: { old_password: 'Passw0rd!', new_password: weak } })), weak).toMatchObject({
        status: 400,
        serverMessage: fakePasswordRuleMessage,
      });
    }
    expect(await rejectionOf(client.updatePassword({ body: { old_password: 'Passw0rd!' } }))).toMatchObject({ status: 400, serverMessage: fakePasswordRuleMessage });
    await client.updatePassword({ body: { old_password: 'Passw0rd!', new_password: 'N3wPassw0rd!' } });
    const other = fakeClient(fake.url);
    expect(await rejectionOf(other.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } }))).toMatchObject({ status: 400 });
    expect((await other.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'N3wPassw0rd!' } })).user?.first_name).toBe('Ana');
  });
});

describe('the password rule (flows.md F11)', () => {
  it('is Fynd\'s by default: 8+ characters with a letter, a digit and a special character; the seeds pass it', () => {
    for (const good of ['Passw0rd!', 'a1#aaaaa', 'Zz9_Zz9_Zz9', 'pässw0rd€']) expect(fakePasswordRule(good), good).toBe(true);
    for (const bad of ['', 'a1#aaaa', 'password1', 'PASSWORD!', '12345678#', 'pass w0rd!']) expect(fakePasswordRule(bad), bad).toBe(false);
    for (const seed of fakeSeedUsers) if (seed.password !== undefined) expect(fakePasswordRule(seed.password), seed.first_name).toBe(true);
    expect(fakePasswordRuleMessage).toBe(fakeUserMessages.passwordRule);
  });

  it('is an option: a function or a regular expression, for registration, reset and update', async () => {
    const { fake, client } = await start({ passwordRule: /^\d{6}$/g });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'X', email: 'x@example.com', password: 'Passw0rd!' } }))).toMatchObject({
      serverMessage: fakePasswordRuleMessage,
    });
    // A global regular expression is not stateful: the same password passes twice.
    await client.registerWithForm({ body: { first_name: 'X', email: 'x@example.com', password: '123456' } });
    await client.registerWithForm({ body: { first_name: 'Y', email: 'y@example.com', password: '123456' } });
    await client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } });
    const code = fake.service.lastCode('ana@example.com', 'reset-password');
    expect(await rejectionOf(client.forgotPassword({ body: { code, password: 'Passw0rd!2' } }))).toMatchObject({ serverMessage: fakePasswordRuleMessage });
    expect((await client.forgotPassword({ body: { code, password: '654321' } })).user?.first_name).toBe('Ana');

    const service = createFakeUserService({ passwordRule: (password) => password === 'open-sesame' });
    const path = '/service/application/user/authentication/v1.0/register/form';
    const weak = await service.handle({ method: 'POST', path, bodyText: JSON.stringify({ email: 'z@example.com', password: 'Passw0rd!' }) });
    expect(weak).toMatchObject({ status: 400, body: { message: fakePasswordRuleMessage } });
    const fine = await service.handle({ method: 'POST', path, bodyText: JSON.stringify({ email: 'z@example.com', password: 'open-sesame' }) });
    expect(fine.status).toBe(200);
    expect(() => createFakeUserService({ passwordRule: 'Passw0rd!' as never })).toThrow(FdkConfigError);
  });
});

describe('password reset', () => {
  it('resets by the code of the email, signs in, and the code works once', async () => {
    const { fake, client } = await start();
    expect(await client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } })).toEqual({ status: 'sent' });
    const message = fake.service.lastMessage('ana@example.com', 'reset-password');
    expect(message?.code).toMatch(/^rp\d{6}$/);
    expect(message?.link).toBe(`${fake.url}/auth/set-password?code=${message?.code}`);
    const code = message?.code ?? '';

    expect(await client.sendResetToken({ body: { code } })).toEqual({ status: 'success' });
    expect(await rejectionOf(client.sendResetToken({ body: { code: 'rp999999' } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidCode });
    expect(await rejectionOf(client.forgotPassword({ body: { code, password: 'short' } }))).toMatchObject({ serverMessage: fakePasswordRuleMessage });

    const reset = await client.forgotPassword({ body: { code, password: 'Fr3sh!Password' } });
    expect(reset.user?.first_name).toBe('Ana');
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
    expect(await rejectionOf(client.forgotPassword({ body: { code, password: 'An0ther!Password' } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidCode });

    const other = fakeClient(fake.url);
    expect(await rejectionOf(other.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } }))).toMatchObject({ status: 400 });
    expect((await other.loginWithEmailAndPassword({ body: { username: '9876543210', password: 'Fr3sh!Password' } })).user?.first_name).toBe('Ana');
  });

  it('answers "sent" for an unknown email without sending anything', async () => {
    const { fake, client } = await start();
    expect(await client.sendResetPasswordEmail({ body: { email: 'nobody@example.com' } })).toEqual({ status: 'sent' });
    expect(fake.service.inbox).toEqual([]);
  });
});

describe('loginWithToken', () => {
  it('accepts the documented test token and a one-time token from the inbox', async () => {
    const { fake, client } = await start();
    expect((await client.loginWithToken({ body: { token: `${FAKE_LOGIN_TOKEN_PREFIX}ana@example.com` } })).user?.first_name).toBe('Ana');

    const token = fake.service.issueLoginToken('ben@example.com');
    expect(fake.service.lastMessage('ben@example.com')).toMatchObject({ kind: 'login-link', code: token });
    const other = fakeClient(fake.url);
    expect((await other.loginWithToken({ body: { token } })).user?.first_name).toBe('Ben');
    expect(await rejectionOf(other.loginWithToken({ body: { token } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidToken });
    expect(await rejectionOf(other.loginWithToken({ body: { token: 'garbage' } }))).toMatchObject({ status: 400 });
  });
});

describe('social logins', () => {
  it('answers a new email with user_exists false and a register_token, no account and no session (flows.md F7)', async () => {
    const { fake, client } = await start();
    const created = await client.loginWithGoogle({
      body: { is_signed_in: true, oauth2: { access_token: fakeSocialToken('google', 'Esha@Example.com') }, profile: { first_name: 'Esha', last_name: 'Nair' } },
    });
    expect(created).toMatchObject({ user_exists: false, user: { first_name: 'Esha', last_name: 'Nair', emails: [{ email: 'esha@example.com', verified: true, primary: true }] } });
    expect(created.user?._id).toBeUndefined();
    expect(created.register_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.cookies.received).toEqual([]);
    expect(fake.service.findUser('esha@example.com')).toBeUndefined();
  });

  it('signs known users in with each provider', async () => {
    const { client } = await start();
    expect(await client.loginWithFacebook({ body: { oauth2: { access_token: fakeSocialToken('facebook', 'ana@example.com') } } })).toMatchObject({
      user_exists: true,
      user: { first_name: 'Ana' },
    });
    expect((await client.loginWithGoogleIOS({ body: { oauth2: { access_token: fakeSocialToken('google', 'ben@example.com') } } })).user?.first_name).toBe('Ben');
    expect(
      (await client.loginWithAppleIOS({ body: { user_identifier: 'apple-1', oauth: { identity_token: fakeSocialToken('apple', 'ana@example.com') } } })).user_exists,
    ).toBe(true);
    expect(client.cookies.jar.has('fdk_session')).toBe(true);
  });

  it('refuses other tokens with 400 "Invalid social token"', async () => {
    const { client } = await start();
    for (const call of [
      () => client.loginWithGoogle({ body: { oauth2: { access_token: 'real-looking-token' } } }),
      () => client.loginWithFacebook({ body: { oauth2: { access_token: fakeSocialToken('google', 'ana@example.com') } } }),
      () => client.loginWithAppleIOS({ body: { user_identifier: 'x' } }),
    ]) {
      expect(await rejectionOf(call())).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidSocialToken });
    }
    expect(client.cookies.jar.size).toBe(0);
  });
});
