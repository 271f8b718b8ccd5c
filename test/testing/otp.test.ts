import { afterEach, describe, expect, it } from 'vitest';
import { FdkApiError, FdkRateLimitError } from '../../src/client/errors';
import { createFakeUserService, fakeUserMessages, startFakeUserServer, type FakeUserServer, type FakeUserServerOptions } from '../../src/testing/index';
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

function codes(...list: string[]) {
  let index = 0;
  return () => list[index++] ?? '000000';
}

const ana = { mobile: '9876543210', country_code: '91' };

describe('mobile OTP sign-in', () => {
  it('signs in a known user with the code from the inbox and sets the session cookie', async () => {
    const { fake, client } = await start({ generateCode: () => '135790' });
    const sent = await client.loginWithOTP({ body: ana, platform: 'Fynd' });
    expect(sent).toMatchObject({ success: true, message: 'OTP sent', mobile: '9876543210', country_code: '91', resend_timer: 30 });
    expect(sent.request_id).toMatch(/^[0-9a-f]{32}$/);

    const message = fake.service.lastMessage('+91 9876543210');
    expect(message).toMatchObject({ to: '+91 9876543210', channel: 'sms', kind: 'login-otp', code: '135790', requestId: sent.request_id });
    expect(fake.service.lastCode('919876543210')).toBe('135790');

    const verified = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '135790' } });
    expect(verified.user_exists).toBe(true);
    expect(verified.user).toMatchObject({ first_name: 'Ana', last_name: 'Rao' });
    expect(client.cookies.jar.get('fdk_session')?.value).toMatch(/^fake-\d+-1$/);
    expect((await client.getLoggedInUser()).user?.phone_numbers?.[0]).toEqual({ country_code: 91, phone: '9876543210', primary: true, verified: true, active: true });
  });

  it('makes 6-digit codes from a fixed sequence when no generator is given', async () => {
    const a = createFakeUserService();
    const b = createFakeUserService();
    const send = (service: typeof a) =>
      service.handle({ method: 'POST', path: '/service/application/user/authentication/v1.0/otp/mobile/send', bodyText: JSON.stringify(ana) });
    await send(a);
    await send(b);
    expect(a.lastCode('9876543210')).toMatch(/^\d{6}$/);
    expect(a.lastCode('9876543210')).toBe(b.lastCode('9876543210'));
  });

  it('refuses a wrong code with 400 and the attempts left, and still accepts the right one', async () => {
    const { client } = await start({ generateCode: () => '111111' });
    const { request_id } = await client.sendOTPOnMobile({ body: ana });
    const error = await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '999999' } }));
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error).toMatchObject({ status: 400, serverMessage: 'Invalid OTP. 4 attempts left.' });
    const verified = await client.verifyMobileOTP({ body: { request_id, otp: '111111' } });
    expect(verified.user?.first_name).toBe('Ana');
    // A code works once.
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '111111' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.requestExpired,
    });
  });

  it('kills the request after 5 wrong attempts, even for the right code', async () => {
    const { client } = await start({ generateCode: () => '222222' });
    const { request_id } = await client.loginWithOTP({ body: ana });
    const messages: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      messages.push(((await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '000000' } }))) as FdkApiError).serverMessage);
    }
    expect(messages).toEqual([
      'Invalid OTP. 4 attempts left.',
      'Invalid OTP. 3 attempts left.',
      'Invalid OTP. 2 attempts left.',
      'Invalid OTP. 1 attempt left.',
      'Invalid OTP. No attempts left.',
    ]);
    const dead = await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '222222' } }));
    expect(dead).toMatchObject({ status: 400, serverMessage: 'request expired, send a new code' });
    expect(client.cookies.jar.has('fdk_session')).toBe(false);
  });

  it('expires codes after otpTtl on the injected clock', async () => {
    const clock = manualClock();
    const { client } = await start({ now: clock.now, generateCode: codes('333333', '444444') });
    const first = await client.loginWithOTP({ body: ana });
    clock.advance(600_000);
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: first.request_id, otp: '333333' } }))).toMatchObject({
      status: 400,
      serverMessage: fakeUserMessages.otpExpired,
    });
    const second = await client.loginWithOTP({ body: ana });
    clock.advance(599_999);
    expect((await client.verifyMobileOTP({ body: { request_id: second.request_id, otp: '444444' } })).user_exists).toBe(true);
  });

  it('answers 429 with Retry-After for a resend before the timer, then sends a new code', async () => {
    const clock = manualClock();
    const { fake, client } = await start({ now: clock.now, generateCode: codes('555555', '666666') });
    const first = await client.sendOTPOnMobile({ body: ana });
    clock.advance(12_000);
    const error = await rejectionOf(client.sendOTPOnMobile({ body: { ...ana, action: 'resend' } }));
    expect(error).toBeInstanceOf(FdkRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 18, serverMessage: 'Please wait 18 seconds before requesting a new code.' });
    expect(fake.service.inbox).toHaveLength(1);

    clock.advance(18_000);
    const second = await client.sendOTPOnMobile({ body: { ...ana, action: 'resend' } });
    expect(second.request_id).not.toBe(first.request_id);
    expect(fake.service.lastCode('9876543210')).toBe('666666');
    // The older code died with the resend.
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: first.request_id, otp: '555555' } }))).toMatchObject({
      serverMessage: fakeUserMessages.requestExpired,
    });
    expect((await client.verifyMobileOTP({ body: { request_id: second.request_id, otp: '666666' } })).user_exists).toBe(true);
  });

  it('uses a custom resend timer', async () => {
    const clock = manualClock();
    const { client } = await start({ now: clock.now, resendTimer: 5 });
    expect((await client.loginWithOTP({ body: ana })).resend_timer).toBe(5);
    clock.advance(2_000);
    expect(await rejectionOf(client.loginWithOTP({ body: ana }))).toMatchObject({ retryAfter: 3 });
  });

  it('answers 400 for an unknown request_id', async () => {
    const { client } = await start();
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: 'nope', otp: '123456' } }))).toMatchObject({
      status: 400,
      // A text naming a field (request_id) is not shown to shoppers: it is in rawServerMessage, for logs.
      rawServerMessage: fakeUserMessages.unknownRequest,
    });
  });
});

describe('email OTP', () => {
  it('signs in a known user with a code keyed by the email address', async () => {
    const { fake, client } = await start({ generateCode: () => '777777' });
    expect(await client.sendOTPOnEmail({ body: { email: 'Ben@Example.com', action: 'send' } })).toMatchObject({ success: true });
    expect(fake.service.lastMessage('ben@example.com')).toMatchObject({ channel: 'email', to: 'ben@example.com', code: '777777' });
    expect(await rejectionOf(client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: '000000' } }))).toMatchObject({ status: 400 });
    const verified = await client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: '777777', action: 'verify' } });
    expect(verified).toMatchObject({ user_exists: true, user: { first_name: 'Ben' } });
    expect((await client.hasPassword()).result).toBe(false);
  });
});

describe('OTP for an unknown contact', () => {
  it('answers user_exists false with a register_token that registerWithForm consumes', async () => {
    const { fake, client } = await start({ generateCode: () => '888888' });
    const { request_id } = await client.loginWithOTP({ body: { mobile: '9000000001', country_code: '+91' } });
    const verified = await client.verifyMobileOTP({ body: { request_id, otp: '888888' } });
    expect(verified.user_exists).toBe(false);
    expect(verified.user).toBeUndefined();
    expect(verified.register_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.cookies.jar.has('fdk_session')).toBe(false);

    const registered = await client.registerWithForm({
      body: { register_token: verified.register_token, first_name: 'Chitra', last_name: 'Iyer', email: 'chitra@example.com' },
    });
    expect(registered).toMatchObject({ success: true, verify_mobile_otp: false, user_exists: false, email: 'chitra@example.com' });
    const me = (await client.getLoggedInUser()).user;
    expect(me?.phone_numbers).toEqual([{ country_code: 91, phone: '9000000001', primary: true, verified: true, active: true }]);
    expect(me?.emails).toEqual([{ email: 'chitra@example.com', primary: true, verified: false, active: true }]);
    expect(fake.service.lastMessage('chitra@example.com')?.kind).toBe('verify-email');

    const reused = await rejectionOf(client.registerWithForm({ body: { register_token: verified.register_token, email: 'other@example.com' } }));
    expect(reused).toMatchObject({ status: 400, rawServerMessage: fakeUserMessages.invalidRegisterToken });
  });

  it('lets updateProfile with a register_token create the user without a prior session', async () => {
    const { client } = await start({ generateCode: () => '999999' });
    await client.sendOTPOnEmail({ body: { email: 'dev@example.com' } });
    const verified = await client.verifyEmailOTP({ body: { email: 'dev@example.com', otp: '999999' } });
    expect(verified).toMatchObject({ user_exists: false });

    const profile = await client.updateProfile({ body: { register_token: verified.register_token, first_name: 'Dev', gender: 'male' } });
    expect(profile).toMatchObject({ user_exists: false, user: { first_name: 'Dev', gender: 'male', emails: [{ email: 'dev@example.com', verified: true, primary: true }] } });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Dev');
  });
});
