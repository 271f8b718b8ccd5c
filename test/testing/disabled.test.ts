import { afterEach, describe, expect, it } from 'vitest';
import { FdkApiError } from '../../src/client/errors';
import { serverTexts } from '../../src/client/serverTexts';
import { FAKE_LOGIN_TOKEN_PREFIX, fakeSeedLogins, fakeSocialToken, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const locked = fakeSeedLogins.locked;
const disabledBody = { message: serverTexts.accountDisabled, meta: { is_deleted: true } };

async function expectDisabled(call: Promise<unknown>) {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(FdkApiError);
  expect(error).toMatchObject({ status: 403, serverMessage: serverTexts.accountDisabled, body: disabledBody });
}

describe('a disabled account (flows.md F8)', () => {
  it('is seeded with an email, a mobile and a password that pass the rules', async () => {
    fake = await startFakeUserServer();
    expect(fake.service.findUser(locked.email)).toMatchObject({
      first_name: 'Lee',
      active: false,
      emails: [{ email: locked.email, verified: true }],
      phone_numbers: [{ phone: locked.mobile, country_code: 91 }],
    });
  });

  it('refuses the right password with 403 and meta.is_deleted; a wrong one still answers the usual 400', async () => {
    fake = await startFakeUserServer();
    const client = fakeClient(fake.url);
    for (const username of [locked.email, locked.mobile]) {
      await expectDisabled(client.loginWithEmailAndPassword({ body: { username, password: locked.password } }));
    }
    expect(await rejectionOf(client.loginWithEmailAndPassword({ body: { username: locked.email, password: 'nope' } }))).toMatchObject({
      status: 400,
      serverMessage: serverTexts.credentialsIncorrect,
    });
    expect(client.cookies.received).toEqual([]);
  });

  it('sends an OTP, then refuses its verification (a wrong code answers the usual 400 first)', async () => {
    fake = await startFakeUserServer();
    const client = fakeClient(fake.url);
    const sent = await client.loginWithOTP({ body: { mobile: locked.mobile, country_code: locked.countryCode } });
    expect(sent.success).toBe(true);
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '0000' } }))).toMatchObject({ serverMessage: serverTexts.otpInvalid });
    await expectDisabled(client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: fake.service.lastCode(locked.mobile) } }));
    await client.sendOTPOnEmail({ body: { email: locked.email } });
    await expectDisabled(client.verifyEmailOTP({ body: { email: locked.email, otp: fake.service.lastCode(locked.email) } }));
    expect(client.cookies.received).toEqual([]);
    expect(fake.service.sessionsOf(locked.email)).toEqual([]);
  });

  it('refuses social logins, login tokens and a password reset', async () => {
    fake = await startFakeUserServer();
    const client = fakeClient(fake.url);
    await expectDisabled(client.loginWithGoogle({ body: { oauth2: { access_token: fakeSocialToken('google', locked.email) } } }));
    await expectDisabled(client.loginWithFacebook({ body: { oauth2: { access_token: fakeSocialToken('facebook', locked.email) } } }));
    await expectDisabled(client.loginWithAppleIOS({ body: { oauth: { identity_token: fakeSocialToken('apple', locked.email) } } }));
    await expectDisabled(client.loginWithToken({ body: { token: `${FAKE_LOGIN_TOKEN_PREFIX}${locked.email}` } }));
    await expectDisabled(client.loginWithToken({ body: { token: fake.service.issueLoginToken(locked.email) } }));
    await client.sendResetPasswordEmail({ body: { email: locked.email } });
    await expectDisabled(client.forgotPassword({ body: { code: fake.service.lastCode(locked.email, 'reset-password'), password: 'N3w!password' } }));
    await expectDisabled(client.loginWithEmailAndPassword({ body: { username: locked.email, password: locked.password } }));
    expect(client.cookies.received).toEqual([]);
  });
});
