import { afterEach, describe, expect, it } from 'vitest';
import { fakeUserMessages, platformPresets, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

type Client = ReturnType<typeof fakeClient>;

/** The methods whose body carries a `captcha_code`, each called with one. */
const withCaptcha: [string, (client: Client, captcha_code: string | undefined) => Promise<unknown>][] = [
  ['loginWithOTP', (client, captcha_code) => client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91', captcha_code } })],
  ['sendOTPOnMobile', (client, captcha_code) => client.sendOTPOnMobile({ body: { mobile: '9000000070', country_code: '91', captcha_code } })],
  ['loginWithEmailAndPassword', (client, captcha_code) => client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!', captcha_code } })],
  ['sendResetPasswordEmail', (client, captcha_code) => client.sendResetPasswordEmail({ body: { email: 'ana@example.com', captcha_code } })],
];

describe('captcha', () => {
  it('the captcha preset is the default one with skip_captcha false', () => {
    expect(platformPresets.captcha).toEqual({ ...platformPresets.default, skip_captcha: false });
  });

  it.each(withCaptcha)('%s: refuses an empty captcha_code with 400 and sends nothing', async (_name, call) => {
    fake = await startFakeUserServer({ preset: 'captcha' });
    const client = fakeClient(fake.url);
    for (const empty of ['', '  ']) expect(await rejectionOf(call(client, empty))).toMatchObject({ status: 400, serverMessage: fakeUserMessages.captchaRequired });
    expect(fake.service.inbox).toEqual([]);
    expect(client.cookies.received).toEqual([]);
  });

  it.each(withCaptcha)('%s: accepts any filled captcha_code, or none (Fynd\'s storefront sends none)', async (_name, call) => {
    fake = await startFakeUserServer({ preset: 'captcha', resendTimer: 0 });
    const client = fakeClient(fake.url);
    await call(client, 'any-token-the-fake-cannot-check');
    await call(client, undefined);
  });

  it('a preset that skips captcha takes an empty captcha_code', async () => {
    fake = await startFakeUserServer();
    const client = fakeClient(fake.url);
    for (const [, call] of withCaptcha) await call(client, '');
  });
});
