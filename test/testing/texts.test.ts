import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { serverTexts } from '../../src/client/serverTexts';
import { fakeUserMessages, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start() {
  fake = await startFakeUserServer();
  return { fake, client: fakeClient(fake.url) };
}

describe('the server\'s wordings (flows.md F9)', () => {
  it('password sign-in fails with one text for every cause', async () => {
    const { client } = await start();
    const failures = await Promise.all([
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'nobody@example.com', password: 'Passw0rd!' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'wrong-password' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: 'ben@example.com', password: 'Passw0rd!' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { username: '9000000000', password: 'Passw0rd!' } })),
      rejectionOf(client.loginWithEmailAndPassword({ body: { password: 'Passw0rd!' } })),
    ]);
    for (const failure of failures) expect(failure).toMatchObject({ status: 400, body: { message: serverTexts.credentialsIncorrect } });
  });

  it.each([
    ['no mobile', {}, serverTexts.mobileRequired],
    ['a blank mobile', { mobile: '  ', country_code: '91' }, serverTexts.mobileRequired],
    ['letters', { mobile: '98765abcde', country_code: '91' }, serverTexts.mobileInvalid],
    ['too short', { mobile: '123', country_code: '91' }, serverTexts.mobileInvalid],
    ['a bad country code', { mobile: '9876543210', country_code: 'xx' }, serverTexts.mobileInvalid],
  ])('sending an OTP to %s answers %j', async (_case, body, message) => {
    const { client } = await start();
    expect(await rejectionOf(client.loginWithOTP({ body }))).toMatchObject({ status: 400, serverMessage: message });
    expect(await rejectionOf(client.sendOTPOnMobile({ body }))).toMatchObject({ status: 400, serverMessage: message });
  });

  it.each([
    ['a malformed email', 'ana.example.com', serverTexts.emailInvalid],
    ['an email of 51 characters', `${'a'.repeat(39)}@example.com`, serverTexts.emailTooLong],
  ])('%s answers %j wherever an email is read', async (_case, email, message) => {
    const { client } = await start();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    for (const call of [
      () => client.sendOTPOnEmail({ body: { email } }),
      () => client.verifyEmailOTP({ body: { email, otp: '1234' } }),
      () => client.registerWithForm({ body: { first_name: 'X', email } }),
      () => client.addEmail({ body: { email } }),
      () => client.updateProfile({ body: { email } }),
    ]) {
      expect(await rejectionOf(call())).toMatchObject({ status: 400, serverMessage: message });
    }
  });

  it('a missing mobile where one is required answers the server text', async () => {
    const { client } = await start();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    expect(await rejectionOf(client.addMobileNumber({ body: { country_code: '91' } }))).toMatchObject({ status: 400, serverMessage: serverTexts.mobileRequired });
  });

  it('fakeUserMessages holds the fake\'s other texts only, no copy of the server table', () => {
    const source = readFileSync(new URL('../../src/testing/fake/messages.ts', import.meta.url), 'utf8');
    for (const text of Object.values(serverTexts)) expect(source).not.toContain(`'${text}'`);
    const own = Object.entries(fakeUserMessages).filter(([key]) => key !== 'invalidEmail' && key !== 'invalidMobile');
    for (const [key, value] of own) {
      if (typeof value === 'string') expect(Object.values(serverTexts) as string[], key).not.toContain(value);
    }
  });
});
