import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FdkApiError,
  FdkNetworkError,
  FdkRateLimitError,
  FdkResponseValidationError,
  FdkTimeoutError,
  FdkUnauthorizedError,
} from '../../src/client/errors';
import { fakeUserMessages, startFakeUserServer, type FakeUserServer } from '../../src/testing/index';
import { fakeClient, rejectionOf } from './helpers';

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const ana = { mobile: '9876543210', country_code: '91' };

async function start() {
  fake = await startFakeUserServer();
  return { service: fake.service, client: fakeClient(fake.url) };
}

describe('fault injection', () => {
  it('latency: a slow answer times out a client with a small timeout, once', async () => {
    const { service, client } = await start();
    // Margins wide enough for a busy machine: the request reaches the server well within the client's 250 ms.
    const impatient = fakeClient(fake?.url ?? '', { timeout: 250 });
    service.faults.inject('loginWithOTP', { type: 'latency', ms: 1500 });
    const error = await rejectionOf(impatient.loginWithOTP({ body: ana }));
    expect(error).toBeInstanceOf(FdkTimeoutError);
    expect(error).toMatchObject({ timeout: 250, code: 'TIMEOUT' });
    await vi.waitFor(() => expect(service.faults.list()).toEqual([]));
    expect((await client.loginWithOTP({ body: { mobile: '9000000020', country_code: '91' } })).success).toBe(true);
  });

  it('latency: a patient client gets the normal answer late', async () => {
    const { service, client } = await start();
    service.faults.inject('getPlatformConfig', { type: 'latency', ms: 80 });
    const started = performance.now();
    expect((await client.getPlatformConfig()).name).toBe('Fynd');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('html: a 502 HTML page becomes an FdkApiError with a generic message', async () => {
    const { service, client } = await start();
    service.faults.inject('loginWithOTP', { type: 'html' });
    const error = await rejectionOf(client.loginWithOTP({ body: ana }));
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error).toMatchObject({ status: 502, serverMessage: undefined, message: 'The server had a problem (HTTP 502). Please try again.' });
    expect((error as FdkApiError).bodyText).toContain('<h1>502 Bad Gateway</h1>');
    expect((await client.loginWithOTP({ body: ana })).success).toBe(true);
  });

  it('invalidJson: a broken 200 body fails response validation; a broken 500 is an API error', async () => {
    const { service, client } = await start();
    service.faults.inject('getPlatformConfig', { type: 'invalidJson' });
    const broken = await rejectionOf(client.getPlatformConfig());
    expect(broken).toBeInstanceOf(FdkResponseValidationError);
    expect(broken).toMatchObject({ status: 200, issues: [{ path: '', message: 'the body is not JSON' }] });

    service.faults.inject('getPlatformConfig', { type: 'invalidJson', status: 500 });
    const failed = await rejectionOf(client.getPlatformConfig());
    expect(failed).toBeInstanceOf(FdkApiError);
    expect(failed).toMatchObject({ status: 500, message: 'The server had a problem (HTTP 500). Please try again.' });
  });

  it('drop: the socket is destroyed and the client reports a network error', async () => {
    const { service, client } = await start();
    service.faults.inject('verifyMobileOTP', { type: 'drop' });
    const error = await rejectionOf(client.verifyMobileOTP({ body: { request_id: 'x', otp: '1234' } }));
    expect(error).toBeInstanceOf(FdkNetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', method: 'verifyMobileOTP' });
  });

  it('unauthorized: the next call answers 401, the session survives', async () => {
    const { service, client } = await start();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    service.faults.inject('*', { type: 'unauthorized' });
    const error = await rejectionOf(client.getLoggedInUser());
    expect(error).toBeInstanceOf(FdkUnauthorizedError);
    expect(error).toMatchObject({ status: 401, serverMessage: fakeUserMessages.sessionExpired });
    expect((await client.getLoggedInUser()).user?.first_name).toBe('Ana');
  });

  it('rateLimit: a 429 with Retry-After', async () => {
    const { service, client } = await start();
    service.faults.inject('sendOTPOnEmail', { type: 'rateLimit', retryAfter: 7 });
    const error = await rejectionOf(client.sendOTPOnEmail({ body: { email: 'ben@example.com' } }));
    expect(error).toBeInstanceOf(FdkRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 7, serverMessage: 'Please wait 7 seconds before requesting a new OTP' });
    expect(service.inbox).toEqual([]);
  });

  it('status: any status with a JSON body, for a number of calls or until cleared', async () => {
    const { service, client } = await start();
    service.faults.inject('getPlatformConfig', { type: 'status', status: 418, body: { message: 'I am a teapot' } }, { times: 2 });
    for (let call = 0; call < 2; call += 1) {
      expect(await rejectionOf(client.getPlatformConfig())).toMatchObject({ status: 418, serverMessage: 'I am a teapot' });
    }
    expect((await client.getPlatformConfig()).name).toBe('Fynd');

    service.faults.inject('*', { type: 'status', status: 500 }, { times: 'always' });
    for (const call of [() => client.getPlatformConfig(), () => client.loginWithOTP({ body: ana }), () => client.getPlatformConfig()]) {
      expect(await rejectionOf(call())).toMatchObject({ status: 500, serverMessage: 'Injected fault' });
    }
    service.faults.clear();
    expect((await client.getPlatformConfig()).name).toBe('Fynd');
  });

  it('a route fault wins over a global one, and only hits its route', async () => {
    const { service, client } = await start();
    service.faults.inject('*', { type: 'status', status: 503 }, { times: 'always' });
    service.faults.inject('getPlatformConfig', { type: 'status', status: 504 });
    expect(await rejectionOf(client.getPlatformConfig())).toMatchObject({ status: 504 });
    expect(await rejectionOf(client.getPlatformConfig())).toMatchObject({ status: 503 });
    service.faults.clear('*');
    service.faults.inject('logout', { type: 'drop' });
    expect((await client.loginWithOTP({ body: ana })).success).toBe(true);
    expect(() => service.faults.inject('nope' as never, { type: 'drop' })).toThrow(TypeError);
  });
});
