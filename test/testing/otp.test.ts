import { afterEach, describe, expect, it } from 'vitest';
import { FdkApiError, FdkConfigError, FdkRateLimitError } from '../../src/client/errors';
import { serverTexts } from '../../src/client/serverTexts';
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
  return () => list[index++] ?? '0000';
}

const ana = { mobile: '9876543210', country_code: '91' };
const sendPath = '/service/application/user/authentication/v1.0/otp/mobile/send';

describe('mobile OTP sign-in', () => {
  it('signs in a known user with the code from the inbox and sets the session cookie', async () => {
    const { fake, client } = await start({ generateCode: () => '1357' });
    const sent = await client.loginWithOTP({ body: ana, platform: 'Fynd' });
    expect(sent).toMatchObject({ success: true, message: 'OTP sent', mobile: '9876543210', country_code: '91', resend_timer: 30 });
    expect(sent.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(sent.resend_token).toMatch(/^[0-9a-f-]{36}$/);

    const message = fake.service.lastMessage('+91 9876543210');
    expect(message).toMatchObject({ to: '+91 9876543210', channel: 'sms', kind: 'login-otp', code: '1357', requestId: sent.request_id });
    expect(fake.service.lastCode('919876543210')).toBe('1357');

    const verified = await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '1357' } });
    expect(verified.user_exists).toBe(true);
    expect(verified.user).toMatchObject({ first_name: 'Ana', last_name: 'Rao' });
    expect(client.cookies.jar.get('fdk_session')?.value).toMatch(/^fake-\d+-1$/);
    expect((await client.getLoggedInUser()).user?.phone_numbers?.[0]).toEqual({ country_code: 91, phone: '9876543210', primary: true, verified: true, active: true });
  });

  it('makes 4-digit codes from a fixed sequence by default, every OTP of otpLength digits', async () => {
    const send = (service: ReturnType<typeof createFakeUserService>) => service.handle({ method: 'POST', path: sendPath, bodyText: JSON.stringify(ana) });
    const a = createFakeUserService();
    const b = createFakeUserService();
    await send(a);
    await send(b);
    expect(a.lastCode('9876543210')).toMatch(/^\d{4}$/);
    expect(a.lastCode('9876543210')).toBe(b.lastCode('9876543210'));
    for (const otpLength of [4, 6, 8]) {
      const service = createFakeUserService({ otpLength, resendTimer: 0 });
      for (let sent = 0; sent < 20; sent += 1) await send(service);
      expect(service.inbox.map((entry) => entry.code.length)).toEqual(Array.from({ length: 20 }, () => otpLength));
    }
  });

  it('refuses an otpLength out of 4–8, and answers 500 when generateCode breaks otpLength', async () => {
    for (const otpLength of [3, 9, 4.5]) expect(() => createFakeUserService({ otpLength })).toThrow(FdkConfigError);
    const service = createFakeUserService({ generateCode: () => '123456' });
    const answer = await service.handle({ method: 'POST', path: sendPath, bodyText: JSON.stringify(ana) });
    expect(answer.status).toBe(500);
    expect((answer.body as { message: string }).message).toContain('otpLength (4)');
    expect(service.inbox).toEqual([]);
  });

  it('refuses a wrong code with the server text, and still accepts the right one once', async () => {
    const { client } = await start({ generateCode: () => '1111' });
    const { request_id } = await client.sendOTPOnMobile({ body: ana });
    const error = await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '9999' } }));
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error).toMatchObject({ status: 400, serverMessage: serverTexts.otpInvalid });
    const verified = await client.verifyMobileOTP({ body: { request_id, otp: '1111' } });
    expect(verified.user?.first_name).toBe('Ana');
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '1111' } }))).toMatchObject({
      status: 400,
      rawServerMessage: fakeUserMessages.requestExpired,
    });
  });

  it('answers the server text to each of the 5 allowed wrong codes, then "too many attempts" even for the right code', async () => {
    const { client } = await start({ generateCode: () => '2222' });
    const { request_id } = await client.loginWithOTP({ body: ana });
    const messages: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      messages.push(((await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '0000' } }))) as FdkApiError).serverMessage);
    }
    expect(messages).toEqual(Array.from({ length: 5 }, () => serverTexts.otpInvalid));
    const dead = await rejectionOf(client.verifyMobileOTP({ body: { request_id, otp: '2222' } }));
    expect(dead).toMatchObject({ status: 400, rawServerMessage: fakeUserMessages.otpAttemptsExceeded });
    expect(client.cookies.jar.has('fdk_session')).toBe(false);
  });

  it('expires codes after otpTtl on the injected clock', async () => {
    const clock = manualClock();
    const { client } = await start({ now: clock.now, generateCode: codes('3333', '4444') });
    const first = await client.loginWithOTP({ body: ana });
    clock.advance(600_000);
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: first.request_id, otp: '3333' } }))).toMatchObject({
      status: 400,
      rawServerMessage: fakeUserMessages.otpExpired,
    });
    const second = await client.loginWithOTP({ body: ana });
    clock.advance(599_999);
    expect((await client.verifyMobileOTP({ body: { request_id: second.request_id, otp: '4444' } })).user_exists).toBe(true);
  });

  it('uses a custom resend timer; a new send before it answers 429', async () => {
    const clock = manualClock();
    const { client } = await start({ now: clock.now, resendTimer: 5 });
    expect((await client.loginWithOTP({ body: ana })).resend_timer).toBe(5);
    clock.advance(2_000);
    expect(await rejectionOf(client.loginWithOTP({ body: ana }))).toMatchObject({ retryAfter: 3 });
  });

  it('answers 400 for an unknown request_id', async () => {
    const { client } = await start();
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: 'nope', otp: '1234' } }))).toMatchObject({
      status: 400,
      rawServerMessage: fakeUserMessages.unknownRequest,
    });
  });
});

describe('resend (flows.md F2)', () => {
  it('keeps the request_id, sends a new code, answers a fresh resend_token, and the first token still works', async () => {
    const clock = manualClock();
    const { fake, client } = await start({ now: clock.now, generateCode: codes('5555', '6666', '7777') });
    const first = await client.loginWithOTP({ body: ana });
    clock.advance(30_000);
    const second = await client.sendOTPOnMobile({ body: { ...ana, action: 'resend', token: first.resend_token } });
    expect(second).toMatchObject({ success: true, request_id: first.request_id, mobile: '9876543210', country_code: '91', resend_timer: 30 });
    expect(second.resend_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.resend_token).not.toBe(first.resend_token);
    expect(fake.service.lastCode('9876543210')).toBe('6666');
    // The older code died with the resend.
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: first.request_id, otp: '5555' } }))).toMatchObject({
      serverMessage: serverTexts.otpInvalid,
    });
    // Fynd's storefront resends with the first answer's token every time.
    clock.advance(30_000);
    const third = await client.sendOTPOnMobile({ body: { ...ana, action: 'resend', token: first.resend_token } });
    expect(third.request_id).toBe(first.request_id);
    expect((await client.verifyMobileOTP({ body: { request_id: first.request_id, otp: '7777' } })).user_exists).toBe(true);
  });

  it('refuses a resend without a token, with a token of another number or of an older request, with 400', async () => {
    const clock = manualClock();
    const { fake, client } = await start({ now: clock.now });
    const old = await client.loginWithOTP({ body: ana });
    clock.advance(30_000);
    const current = await client.loginWithOTP({ body: ana });
    const other = await client.loginWithOTP({ body: { mobile: '9000000050', country_code: '91' } });
    clock.advance(30_000);
    const sent = fake.service.inbox.length;
    const refusals = [
      [{ ...ana, action: 'resend' }, fakeUserMessages.resendTokenRequired],
      [{ ...ana, action: 'resend', token: '' }, fakeUserMessages.resendTokenRequired],
      [{ ...ana, action: 'resend', token: other.resend_token }, fakeUserMessages.resendTokenInvalid],
      [{ ...ana, action: 'resend', token: old.resend_token }, fakeUserMessages.resendTokenInvalid],
      [{ mobile: '9000000051', country_code: '91', action: 'resend', token: current.resend_token }, fakeUserMessages.resendTokenInvalid],
    ] as const;
    for (const [body, message] of refusals) {
      expect(await rejectionOf(client.sendOTPOnMobile({ body }))).toMatchObject({ status: 400, serverMessage: message });
    }
    expect(fake.service.inbox).toHaveLength(sent);
    expect((await client.sendOTPOnMobile({ body: { ...ana, action: 'resend', token: current.resend_token } })).request_id).toBe(current.request_id);
    // `action: 'send'` needs no token.
    clock.advance(30_000);
    expect((await client.sendOTPOnMobile({ body: { ...ana, action: 'send' } })).request_id).not.toBe(current.request_id);
  });

  it('still applies the resend timer (429 + Retry-After) to a resend with a good token', async () => {
    const clock = manualClock();
    const { fake, client } = await start({ now: clock.now });
    const first = await client.sendOTPOnMobile({ body: ana });
    clock.advance(12_000);
    const error = await rejectionOf(client.sendOTPOnMobile({ body: { ...ana, action: 'resend', token: first.resend_token } }));
    expect(error).toBeInstanceOf(FdkRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 18, rawServerMessage: fakeUserMessages.resendTooSoon(18) });
    expect(fake.service.inbox).toHaveLength(1);
  });

  it('revives a request killed by wrong attempts with a resend', async () => {
    const clock = manualClock();
    const { client } = await start({ now: clock.now, maxOtpAttempts: 1, generateCode: codes('1212', '3434') });
    const sent = await client.loginWithOTP({ body: ana });
    await rejectionOf(client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '0000' } }));
    expect(await rejectionOf(client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '1212' } }))).toMatchObject({
      rawServerMessage: fakeUserMessages.otpAttemptsExceeded,
    });
    clock.advance(30_000);
    await client.sendOTPOnMobile({ body: { ...ana, action: 'resend', token: sent.resend_token } });
    expect((await client.verifyMobileOTP({ body: { request_id: sent.request_id, otp: '3434' } })).user_exists).toBe(true);
  });
});

describe('email OTP', () => {
  it('signs in a known user with a code keyed by the email address; sendOTPOnEmail answers { success }', async () => {
    const { fake, client } = await start({ generateCode: () => '7777' });
    expect(await client.sendOTPOnEmail({ body: { email: 'Ben@Example.com', action: 'send' } })).toEqual({ success: true });
    expect(fake.service.lastMessage('ben@example.com')).toMatchObject({ channel: 'email', to: 'ben@example.com', code: '7777' });
    expect(await rejectionOf(client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: '0000' } }))).toMatchObject({ status: 400, serverMessage: serverTexts.otpInvalid });
    const verified = await client.verifyEmailOTP({ body: { email: 'ben@example.com', otp: '7777', action: 'verify' } });
    expect(verified).toMatchObject({ user_exists: true, user: { first_name: 'Ben' } });
    expect((await client.hasPassword()).result).toBe(false);
  });

  it('refuses a resend without a token and an unknown register_token', async () => {
    const { client } = await start();
    expect(await rejectionOf(client.sendOTPOnEmail({ body: { email: 'ben@example.com', action: 'resend' } }))).toMatchObject({
      status: 400,
      rawServerMessage: fakeUserMessages.resendTokenRequired,
    });
    expect(await rejectionOf(client.sendOTPOnEmail({ body: { email: 'ben@example.com', register_token: 'nope' } }))).toMatchObject({
      status: 400,
      rawServerMessage: fakeUserMessages.invalidRegisterToken,
    });
  });
});

describe('OTP for a number without an account (flows.md F6)', () => {
  it('answers user_exists false with a register_token, no user and no session', async () => {
    const { client } = await start({ generateCode: () => '8888' });
    const { request_id } = await client.loginWithOTP({ body: { mobile: '9000000001', country_code: '+91' } });
    const verified = await client.verifyMobileOTP({ body: { request_id, otp: '8888' } });
    expect(verified).toEqual({ user_exists: false, register_token: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    expect(client.cookies.jar.has('fdk_session')).toBe(false);
    expect(fake?.service.users.map((user) => user.first_name)).toEqual(['Ana', 'Ben', 'Lee']);
  });
});
