import { afterEach, describe, expect, it } from 'vitest';
import { serverTexts } from '../../src/client/serverTexts';
import { fakeSocialToken, fakeUserMessages, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
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

/** OTP sign-in of a number without an account: the `register_token` of the verification. */
async function newShopperByOtp(client: ReturnType<typeof fakeClient>, service: FakeUserServer['service'], mobile = '9000000011') {
  const sent = await client.loginWithOTP({ body: { mobile, country_code: '91' } });
  const verified = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: service.lastCode(mobile) } });
  expect(verified.user_exists).toBe(false);
  return verified.register_token ?? '';
}

describe('complete profile after an OTP sign-in (flows.md F6)', () => {
  it('needs no session; a new email gets an OTP (emailVerification "otp"), and its verification signs in', async () => {
    const { fake, client } = await start();
    const register_token = await newShopperByOtp(client, fake.service);
    const answer = await client.updateProfile({ body: { register_token, first_name: 'Dev', last_name: 'Nair', gender: 'male', email: 'dev@example.com' } });
    expect(answer).toEqual({
      user_exists: false,
      register_token,
      verify_mobile_otp: false,
      verify_email_otp: true,
      verify_email_link: false,
      email: 'dev@example.com',
      resend_email_token: expect.any(String) as unknown,
    });
    expect(client.cookies.received).toEqual([]);
    expect(fake.service.lastMessage('dev@example.com')).toMatchObject({ kind: 'verify-otp', channel: 'email' });

    const done = await client.verifyEmailOTP({ body: { otp: fake.service.lastCode('dev@example.com'), email: 'dev@example.com', register_token, action: 'register' } });
    expect(done).toMatchObject({ user_exists: true, user: { first_name: 'Dev', last_name: 'Nair', gender: 'male' } });
    expect((await client.getLoggedInUser()).user).toMatchObject({
      phone_numbers: [{ phone: '9000000011', verified: true, primary: true }],
      emails: [{ email: 'dev@example.com', verified: true, primary: true }],
    });
  });

  it('with emailVerification "link": the account starts at once, unverified email, a verify-email link in the inbox', async () => {
    const { fake, client } = await start({ emailVerification: 'link' });
    const register_token = await newShopperByOtp(client, fake.service);
    const answer = await client.updateProfile({ body: { register_token, first_name: 'Dev', gender: 'male', email: 'dev@example.com' } });
    expect(answer).toMatchObject({ user_exists: true, verify_email_link: true, email: 'dev@example.com', user: { emails: [{ email: 'dev@example.com', verified: false, primary: true }] } });
    expect(Object.keys(answer).sort()).toEqual(['email', 'user', 'user_exists', 'verify_email_link']);
    expect(client.cookies.jar.has('fdk_session')).toBe(true);
    const link = fake.service.lastMessage('dev@example.com', 'verify-email');
    expect(link?.link).toBe(`${fake.url}/auth/verify-email?code=${link?.code}`);
    await client.verifyEmail({ body: { code: link?.code } });
    expect((await client.getLoggedInUser()).user?.emails?.[0]?.verified).toBe(true);
  });

  it('honours register_required_fields for the contact the ticket has not proven (hard email, soft mobile)', async () => {
    const { fake, client } = await start();
    const register_token = await newShopperByOtp(client, fake.service);
    expect(await rejectionOf(client.updateProfile({ body: { register_token, first_name: 'Dev', gender: 'male' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.emailRequired,
    });
    fake.service.setPreset('otpOnly');
    const done = await client.updateProfile({ body: { register_token, first_name: 'Dev', gender: 'male' } });
    expect(done).toMatchObject({ user_exists: true, user: { first_name: 'Dev', emails: [], phone_numbers: [{ phone: '9000000011', verified: true }] } });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Dev');
  });

  it('refuses other genders, taken contacts and an unknown register_token', async () => {
    const { fake, client } = await start();
    const register_token = await newShopperByOtp(client, fake.service);
    const refusals = [
      [{ register_token, first_name: 'Dev', gender: 'other', email: 'dev@example.com' }, 400, fakeUserMessages.invalidGender],
      [{ register_token, first_name: 'Dev', email: 'ana@example.com' }, 409, fakeUserMessages.emailTaken],
      [{ register_token, first_name: 'Dev', email: 'dev.example.com' }, 400, serverTexts.emailInvalid],
      [{ register_token: 'nope', first_name: 'Dev', email: 'dev@example.com' }, 400, fakeUserMessages.invalidRegisterToken],
    ] as const;
    for (const [body, status, message] of refusals) {
      expect(await rejectionOf(client.updateProfile({ body })), JSON.stringify(body)).toMatchObject({ status, serverMessage: message });
    }
    expect(fake.service.users).toHaveLength(3);
  });
  it('keeps the mobile the ticket proved: another mobile given is ignored (emailVerification "link")', async () => {
    const { fake, client } = await start({ emailVerification: 'link' });
    const sent = await client.loginWithOTP({ body: { mobile: '9000000013', country_code: '91' } });
    const ticket = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: fake.service.lastCode('9000000013') } });
    const register_token = ticket.register_token ?? '';
    const done = await client.updateProfile({ body: { register_token, first_name: 'Om', email: 'om@example.com', mobile: { phone: '9000000014', country_code: '91' } } });
    expect(done).toMatchObject({ user_exists: true, verify_email_link: true, email: 'om@example.com', user: { phone_numbers: [{ phone: '9000000013' }] } });
    expect(fake.service.lastMessage('om@example.com', 'verify-email')).toBeDefined();
  });
});

describe('complete profile after a social sign-in (flows.md F7)', () => {
  it('answers user_exists false with the provider\'s profile and a register_token; a new mobile then needs its OTP', async () => {
    const { fake, client } = await start({ preset: 'hardRequiredEmailAndMobile' });
    const social = await client.loginWithGoogle({
      body: { is_signed_in: true, oauth2: { access_token: fakeSocialToken('google', 'esha@example.com') }, profile: { full_name: 'Esha Nair' } },
    });
    expect(social).toEqual({
      user_exists: false,
      user: {
        first_name: 'Esha',
        last_name: 'Nair',
        emails: [{ email: 'esha@example.com', verified: true, primary: true, active: true }],
        phone_numbers: [],
        debug: { source: 'fake', platform: 'fake-application' },
        active: true,
      },
      register_token: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
    expect(client.cookies.received).toEqual([]);
    const register_token = social.register_token ?? '';

    const answer = await client.updateProfile({ body: { register_token, first_name: 'Esha', last_name: 'Nair', gender: 'female', mobile: { phone: '9000000012', country_code: '91' } } });
    expect(answer).toEqual({
      user_exists: false,
      register_token,
      verify_mobile_otp: true,
      verify_email_otp: false,
      verify_email_link: false,
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      mobile: '9000000012',
      country_code: '91',
      resend_timer: 30,
      resend_token: expect.any(String) as unknown,
    });
    const done = await client.verifyMobileOTP({ body: { otp: fake.service.lastCode('9000000012'), request_id: answer.request_id, register_token } });
    expect(done.user).toMatchObject({
      first_name: 'Esha',
      emails: [{ email: 'esha@example.com', verified: true }],
      phone_numbers: [{ phone: '9000000012', verified: true }],
    });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Esha');
    // The same Google account now signs in.
    const again = await fakeClient(fake.url).loginWithGoogleAndroid({ body: { oauth2: { access_token: fakeSocialToken('google', 'esha@example.com') } } });
    expect(again).toMatchObject({ user_exists: true, user: { _id: done.user?._id } });
  });

});
