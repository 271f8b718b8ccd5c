import { afterEach, describe, expect, it } from 'vitest';
import { FdkApiError, FdkUnauthorizedError } from '../../src/client/errors';
import { fakeUserMessages, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function startStrict() {
  fake = await startFakeUserServer({ strict: true, applicationId: 'app-strict', applicationToken: 'token-strict' });
  return fake.url;
}

const credentials = { applicationId: 'app-strict', applicationToken: 'token-strict' };

describe('strict mode', () => {
  it('accepts the signed requests of the real client (query, body, DELETE)', async () => {
    const url = await startStrict();
    const client = fakeClient(url, credentials);
    expect((await client.getPlatformConfig({ name: 'otpOnly' })).login).toEqual({ password: false, otp: true });
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    await client.addEmail({ body: { email: 'ana+shop@example.com' } });
    const deleted = await client.deleteEmail({ active: true, primary: false, verified: false, email: 'ana+shop@example.com', platform: 'Fynd' });
    expect(deleted.user?.emails?.map((entry) => entry.email)).toEqual(['ana@example.com']);
    expect(fake?.service.strict).toBe(true);
    expect(await client.getListOfActiveSessions({}, { headers: { 'x-fp-sdk-version': '1.0.0' } })).toEqual({ sessions: ['session_1'] });
  });

  it('answers 403 to an unsigned client', async () => {
    const url = await startStrict();
    const error = await rejectionOf(fakeClient(url, { ...credentials, sign: false }).getPlatformConfig());
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error).toMatchObject({ status: 403, serverMessage: fakeUserMessages.badSignature });
  });

  it('answers 403 when the body changed after signing', async () => {
    const url = await startStrict();
    const tamper: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const body = (await request.text()).replace('9876543210', '9000000000');
      return fetch(new Request(request.url, { method: request.method, headers: request.headers, body }));
    };
    const error = await rejectionOf(fakeClient(url, { ...credentials, fetch: tamper }).loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } }));
    expect(error).toMatchObject({ status: 403, serverMessage: fakeUserMessages.badSignature });
    expect(fake?.service.inbox).toEqual([]);
  });

  it('answers 401 for missing or wrong application credentials', async () => {
    const url = await startStrict();
    const error = await rejectionOf(fakeClient(url, { applicationId: 'app-strict', applicationToken: 'wrong-token' }).getPlatformConfig());
    expect(error).toBeInstanceOf(FdkUnauthorizedError);
    expect(error).toMatchObject({ status: 401, serverMessage: fakeUserMessages.badCredentials });
    const bare = await fetch(`${url}/service/application/user/platform/v1.0/config`);
    expect(bare.status).toBe(401);
    // Control routes are never checked.
    expect((await fetch(`${url}/_fake/inbox`)).status).toBe(200);
  });
});
