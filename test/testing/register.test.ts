import { afterEach, describe, expect, it } from 'vitest';
import { fakeUserMessages, platformPresets, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
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

describe('registerWithForm', () => {
  it('default preset: email is hard-required, the soft mobile may be skipped', async () => {
    const { fake, client } = await start();
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Farah', phone: { mobile: '9000000002', country_code: '91' } } }))).toMatchObject({
      status: 400,
      serverMessage: 'email is required',
    });
    expect(fake.service.users).toHaveLength(2);

    const answer = await client.registerWithForm({ body: { first_name: 'Farah', last_name: 'Khan', email: 'farah@example.com', password: 'FarahPassw0rd' } });
    expect(answer).toMatchObject({ success: true, message: 'Registered', email: 'farah@example.com', verify_mobile_otp: false, user_exists: false });
    expect(answer.request_id).toBeUndefined();
    expect(client.cookies.jar.get('fdk_session')?.attributes).toMatchObject({ httponly: '', samesite: 'Lax' });
    expect((await client.getLoggedInUser()).user).toMatchObject({ first_name: 'Farah', emails: [{ email: 'farah@example.com', verified: false, primary: true }], phone_numbers: [] });

    // The email verification link marks it verified.
    const link = fake.service.lastMessage('farah@example.com', 'verify-email');
    expect(link?.link).toContain(`code=${link?.code}`);
    expect(await client.verifyEmail({ body: { code: link?.code } })).toEqual({ message: 'verified' });
    expect((await client.getLoggedInUser()).user?.emails?.[0]?.verified).toBe(true);
    expect(await rejectionOf(client.verifyEmail({ body: { code: link?.code } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidCode });
  });

  it('sends an OTP for an unverified mobile, like the real API', async () => {
    const { fake, client } = await start({ preset: 'hardRequiredEmailAndMobile', generateCode: () => '314159' });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Gita', email: 'gita@example.com' } }))).toMatchObject({
      status: 400,
      serverMessage: 'mobile is required',
    });
    const answer = await client.registerWithForm({ body: { first_name: 'Gita', email: 'gita@example.com', phone: { mobile: '9000000003', country_code: '91' } } });
    expect(answer).toMatchObject({ success: true, message: 'OTP sent', verify_mobile_otp: true, resend_timer: 30, mobile: '9000000003', country_code: '91', user_exists: false });
    expect(fake.service.lastMessage('+91 9000000003')).toMatchObject({ kind: 'verify-otp', code: '314159', requestId: answer.request_id });

    expect((await client.getLoggedInUser()).user?.phone_numbers?.[0]?.verified).toBe(false);
    await client.verifyMobileOTP({ body: { request_id: answer.request_id, otp: '314159' } });
    expect((await client.getLoggedInUser()).user?.phone_numbers?.[0]).toMatchObject({ verified: true, primary: true });
  });

  it('otpOnly preset: the mobile is hard-required and the email optional', async () => {
    const { client } = await start({ preset: 'otpOnly' });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Hari', email: 'hari@example.com' } }))).toMatchObject({ serverMessage: 'mobile is required' });
    const answer = await client.registerWithForm({ body: { first_name: 'Hari', phone: { mobile: '9000000004', country_code: '91' } } });
    expect(answer).toMatchObject({ verify_mobile_otp: true });
    expect(answer.email).toBeUndefined();
  });

  it('refuses an email or mobile already in use with 409', async () => {
    const { fake, client } = await start();
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'X', email: 'ANA@example.com' } }))).toMatchObject({
      status: 409,
      serverMessage: fakeUserMessages.emailTaken,
    });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'X', email: 'x@example.com', phone: { mobile: '9876543210', country_code: '91' } } }))).toMatchObject({
      status: 409,
      serverMessage: fakeUserMessages.mobileTaken,
    });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'X', email: 'not-an-email' } }))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.invalidEmail });
    expect(fake.service.users.map((user) => user.first_name)).toEqual(['Ana', 'Ben']);
  });

  it('follows a preset switched at run time, over HTTP too', async () => {
    const { fake, client } = await start();
    const switched = await fetch(`${fake.url}/_fake/preset`, { method: 'POST', body: JSON.stringify({ name: 'otpOnly' }) });
    expect(switched.status).toBe(200);
    expect(fake.service.presetName).toBe('otpOnly');
    expect(await client.getPlatformConfig()).toMatchObject({ login: { password: false, otp: true }, forgot_password: false });
    expect(await rejectionOf(client.registerWithForm({ body: { first_name: 'Ira', email: 'ira@example.com' } }))).toMatchObject({ serverMessage: 'mobile is required' });

    fake.service.setPreset(platformPresets.passwordOnly);
    expect(fake.service.presetName).toBeUndefined();
    expect((await client.getPlatformConfig()).login).toEqual({ password: true, otp: false });
    const unknown = await fetch(`${fake.url}/_fake/preset`, { method: 'POST', body: JSON.stringify({ name: 'nope' }) });
    expect(unknown.status).toBe(400);
  });

  it('getPlatformConfig answers the preset named by ?name=, else the active one', async () => {
    const { client } = await start({ preset: 'branded' });
    expect((await client.getPlatformConfig()).display).toBe('Welcome to Acme Store');
    expect((await client.getPlatformConfig({ name: 'Fynd' })).display).toBe('Welcome to Acme Store');
    expect((await client.getPlatformConfig({ name: 'noSignInMethod' })).login).toEqual({ password: false, otp: false });
  });
});
