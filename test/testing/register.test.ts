import { afterEach, describe, expect, it } from 'vitest';
import { serverTexts } from '../../src/client/serverTexts';
import { fakeUserMessages, platformPresets, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
import { fakeClient, manualClock, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeUserServerOptions = {}) {
  fake = await startFakeUserServer(options);
  return { fake, client: fakeClient(fake.url) };
}

const gita = { first_name: 'Gita', last_name: 'Rao', gender: 'female', email: 'gita@example.com', password: 'G1ta!pass', phone: { mobile: '9000000003', country_code: '91' } };

describe('registerWithForm does not sign in (flows.md F4)', () => {
  it('answers like USER.md: an SMS OTP and an email OTP, a register_token, no user and no cookie', async () => {
    const { fake, client } = await start({ preset: 'hardRequiredEmailAndMobile' });
    const answer = await client.registerWithForm({ body: gita, platform: 'fake-application' });
    expect(answer).toEqual({
      success: true,
      message: 'OTP sent',
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      mobile: '9000000003',
      country_code: '91',
      resend_timer: 30,
      resend_token: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      email: 'gita@example.com',
      resend_email_token: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      verify_mobile_otp: true,
      verify_email_otp: true,
      register_token: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      user_exists: false,
    });
    expect(client.cookies.received).toEqual([]);
    expect(fake.service.findUser('gita@example.com')).toBeUndefined();
    expect(fake.service.lastMessage('+91 9000000003')).toMatchObject({ kind: 'verify-otp', channel: 'sms', requestId: answer.request_id });
    expect(fake.service.lastMessage('gita@example.com')).toMatchObject({ kind: 'verify-otp', channel: 'email' });
    expect(fake.service.lastCode('gita@example.com')).toMatch(/^\d{4}$/);
  });

  it('verify both: the first verification answers { user_exists: false, register_token }, the last one signs in', async () => {
    const { fake, client } = await start({ preset: 'hardRequiredEmailAndMobile' });
    const answer = await client.registerWithForm({ body: gita });
    const register_token = answer.register_token;
    const mobileCode = fake.service.lastCode('9000000003') ?? '';
    const emailCode = fake.service.lastCode('gita@example.com') ?? '';

    expect(await rejectionOf(client.verifyMobileOTP({ body: { otp: '0000', request_id: answer.request_id, register_token } }))).toMatchObject({
      status: 400,
      serverMessage: serverTexts.otpInvalid,
    });
    const first = await client.verifyMobileOTP({ body: { otp: mobileCode, request_id: answer.request_id, register_token } });
    expect(first).toEqual({ user_exists: false, register_token });
    expect(client.cookies.received).toEqual([]);
    expect(fake.service.findUser('gita@example.com')).toBeUndefined();

    const last = await client.verifyEmailOTP({ body: { otp: emailCode, email: 'gita@example.com', register_token, action: 'register' } });
    expect(last).toMatchObject({ user_exists: true, user: { first_name: 'Gita', last_name: 'Rao', gender: 'female' } });
    expect(Object.keys(last).sort()).toEqual(['user', 'user_exists']);
    expect(client.cookies.jar.get('fdk_session')?.attributes).toMatchObject({ httponly: '', samesite: 'Lax' });
    expect((await client.getLoggedInUser()).user).toMatchObject({
      emails: [{ email: 'gita@example.com', verified: true, primary: true, active: true }],
      phone_numbers: [{ country_code: 91, phone: '9000000003', verified: true, primary: true, active: true }],
    });
    // The password of the form works; the register_token is spent.
    expect((await fakeClient(fake.url).loginWithEmailAndPassword({ body: { username: 'gita@example.com', password: 'G1ta!pass' } })).user?.first_name).toBe('Gita');
    expect(await rejectionOf(client.registerWithForm({ body: { ...gita, register_token } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidRegisterToken });
  });

  it('an email-only registration sends an email OTP only and signs in when it is verified', async () => {
    const { fake, client } = await start();
    const answer = await client.registerWithForm({ body: { first_name: 'Farah', email: 'farah@example.com', password: 'Farah#2024' } });
    expect(answer).toEqual({
      success: true,
      message: 'OTP sent',
      email: 'farah@example.com',
      resend_email_token: expect.any(String) as unknown,
      verify_mobile_otp: false,
      verify_email_otp: true,
      register_token: answer.register_token,
      user_exists: false,
    });
    const verified = await client.verifyEmailOTP({
      body: { otp: fake.service.lastCode('farah@example.com'), email: 'farah@example.com', register_token: answer.register_token, action: 'register' },
    });
    expect(verified.user?.emails).toEqual([{ email: 'farah@example.com', verified: true, primary: true, active: true }]);
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Farah');
  });

  it('resends the registration codes with the answer\'s tokens, keeping the request and the registration', async () => {
    const clock = manualClock();
    const { fake, client } = await start({ preset: 'hardRequiredEmailAndMobile', now: clock.now });
    const answer = await client.registerWithForm({ body: gita });
    clock.advance(90_000);
    const mobile = await client.sendOTPOnMobile({ body: { mobile: answer.mobile, country_code: answer.country_code, action: 'resend', token: answer.resend_token } });
    expect(mobile.request_id).toBe(answer.request_id);
    const email = await client.sendOTPOnEmail({
      body: { email: 'gita@example.com', action: 'resend', token: answer.resend_email_token, register_token: answer.register_token },
    });
    expect(email).toEqual({ success: true });
    expect(fake.service.inbox.filter((message) => message.kind === 'verify-otp')).toHaveLength(4);
    const register_token = answer.register_token;
    await client.verifyMobileOTP({ body: { otp: fake.service.lastCode('9000000003'), request_id: answer.request_id, register_token } });
    const done = await client.verifyEmailOTP({ body: { otp: fake.service.lastCode('gita@example.com'), email: 'gita@example.com', register_token, action: 'register' } });
    expect(done.user_exists).toBe(true);
  });

  it('refuses a register_token that is not the registration\'s', async () => {
    const { fake, client } = await start({ preset: 'otpOnly' });
    const answer = await client.registerWithForm({ body: { first_name: 'Hari', phone: { mobile: '9000000004', country_code: '91' } } });
    expect(answer).toMatchObject({ verify_mobile_otp: true, verify_email_otp: false });
    expect(answer.email).toBeUndefined();
    const otp = fake.service.lastCode('9000000004');
    expect(await rejectionOf(client.verifyMobileOTP({ body: { otp, request_id: answer.request_id, register_token: 'someone-else' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.invalidRegisterToken,
    });
  });
});

describe('registerWithForm checks the form', () => {
  it('default preset: email is hard-required, the soft mobile may be left out', async () => {
    const { fake, client } = await start();
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Farah', phone: { mobile: '9000000002', country_code: '91' } } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.emailRequired,
    });
    expect(fake.service.inbox).toEqual([]);
    expect((await client.registerWithForm({ body: { first_name: 'Farah', email: 'farah@example.com' } })).verify_mobile_otp).toBe(false);
  });

  it('hardRequiredEmailAndMobile / otpOnly: a missing mobile answers the server text', async () => {
    const { client } = await start({ preset: 'hardRequiredEmailAndMobile' });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Gita', email: 'gita@example.com' } }))).toMatchObject({
      status: 400,
      serverMessage: serverTexts.mobileRequired,
    });
    fake?.service.setPreset('otpOnly');
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Hari', email: 'hari@example.com' } }))).toMatchObject({ serverMessage: serverTexts.mobileRequired });
  });

  it('refuses taken contacts (409), bad contacts, genders and passwords (400), creating nothing', async () => {
    const { fake, client } = await start();
    const refusals = [
      [{ email: 'ANA@example.com' }, 409, fakeUserMessages.emailTaken],
      [{ email: 'x@example.com', phone: { mobile: '9876543210', country_code: '91' } }, 409, fakeUserMessages.mobileTaken],
      [{ email: 'locked@example.com' }, 409, fakeUserMessages.emailTaken],
      [{ email: 'not-an-email' }, 400, serverTexts.emailInvalid],
      [{ email: `${'a'.repeat(39)}@example.com` }, 400, serverTexts.emailTooLong],
      [{ email: 'x@example.com', phone: { mobile: '12ab', country_code: '91' } }, 400, serverTexts.mobileInvalid],
      [{ email: 'x@example.com', gender: 'other' }, 400, fakeUserMessages.invalidGender],
      [{ email: 'x@example.com', password: 'password1' }, 400, fakeUserMessages.passwordRule],
      [{ email: 'x@example.com', register_token: 'nope' }, 400, fakeUserMessages.invalidRegisterToken],
    ] as const;
    for (const [body, status, message] of refusals) {
      expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'X', ...body } })), JSON.stringify(body)).toMatchObject({ status, serverMessage: message });
    }
    expect(fake.service.users.map((user) => user.first_name)).toEqual(['Ana', 'Ben', 'Lee']);
    expect(fake.service.inbox).toEqual([]);
  });

  it('accepts gender unisex (any case) and an email of exactly 50 characters', async () => {
    const { client } = await start();
    const email = `${'a'.repeat(38)}@example.com`;
    expect(email).toHaveLength(50);
    expect((await client.registerWithForm({ body: { first_name: 'Uma', gender: 'Unisex', email } })).email).toBe(email);
  });
});

describe('registerWithForm after an OTP step', () => {
  it('takes the mobile proven by the register_token and sends an OTP to the email only', async () => {
    const { fake, client } = await start();
    const sent = await client.loginWithOTP({ body: { mobile: '9000000001', country_code: '91' } });
    const ticket = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: fake.service.lastCode('9000000001') } });
    const answer = await client.registerWithForm({ body: { register_token: ticket.register_token, first_name: 'Chitra', email: 'chitra@example.com' } });
    expect(answer).toMatchObject({ verify_mobile_otp: false, verify_email_otp: true, register_token: ticket.register_token, user_exists: false });
    expect(answer.request_id).toBeUndefined();
    const done = await client.verifyEmailOTP({
      body: { otp: fake.service.lastCode('chitra@example.com'), email: 'chitra@example.com', register_token: ticket.register_token, action: 'register' },
    });
    expect(done.user).toMatchObject({
      phone_numbers: [{ country_code: 91, phone: '9000000001', primary: true, verified: true, active: true }],
      emails: [{ email: 'chitra@example.com', primary: true, verified: true, active: true }],
    });
  });

  it('with nothing left to verify, creates the account and signs in at once', async () => {
    const { fake, client } = await start({ preset: 'otpOnly' });
    const sent = await client.loginWithOTP({ body: { mobile: '9000000005', country_code: '91' } });
    const ticket = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: fake.service.lastCode('9000000005') } });
    const answer = await client.registerWithForm({ body: { register_token: ticket.register_token, first_name: 'Jo' } });
    expect(answer).toEqual({ success: true, message: 'Account created', verify_mobile_otp: false, verify_email_otp: false, user_exists: true });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Jo');
  });
});

describe('presets', () => {
  it('follows a preset switched at run time, over HTTP too', async () => {
    const { fake, client } = await start();
    const switched = await fetch(`${fake.url}/_fake/preset`, { method: 'POST', body: JSON.stringify({ name: 'otpOnly' }) });
    expect(switched.status).toBe(200);
    expect(fake.service.presetName).toBe('otpOnly');
    expect(await client.getPlatformConfig()).toMatchObject({ login: { password: false, otp: true }, forgot_password: false });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Ira', email: 'ira@example.com' } }))).toMatchObject({ serverMessage: serverTexts.mobileRequired });

    fake.service.setPreset(platformPresets.passwordOnly);
    expect(fake.service.presetName).toBeUndefined();
    expect((await client.getPlatformConfig()).login).toEqual({ password: true, otp: false });
    const unknown = await fetch(`${fake.url}/_fake/preset`, { method: 'POST', body: JSON.stringify({ name: 'nope' }) });
    expect(unknown.status).toBe(400);
  });

  it('getPlatformConfig answers the preset named by ?name=, else the active one, with session_config', async () => {
    const { client } = await start({ preset: 'branded' });
    expect((await client.getPlatformConfig()).display).toBe('Welcome to Acme Store');
    expect((await client.getPlatformConfig({ name: 'Fynd' })).session_config).toEqual({ duration: 30, is_rolling: true, type: 'Days' });
    expect((await client.getPlatformConfig({ name: 'noSignInMethod' })).login).toEqual({ password: false, otp: false });
    expect((await client.getPlatformConfig({ name: 'captcha' })).skip_captcha).toBe(false);
  });
});
