import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FdkAbortError,
  FdkConfigError,
  FdkTimeoutError,
  FdkUnauthorizedError,
  createUserClient,
  isFdkConfigError,
  isFdkError,
  type UserClientOptions,
} from '../../src/index';
import { DEFAULT_BODY, startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { sampleArgs } from '../helpers/sampleArgs';
import { expectedSignatureOf, referenceSign } from '../helpers/referenceSigner';
import { APP_ID, APP_TOKEN, EXPECTED_AUTHORIZATION, clientFor, header, rejectionOf } from '../helpers/clientKit';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

const xFpHeaders = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('x-fp-'));

describe('createUserClient options are checked', () => {
  const valid: UserClientOptions = { baseUrl: 'https://api.fynd.com', applicationId: APP_ID, applicationToken: APP_TOKEN };

  it.each<[string, unknown]>([
    ['no options', undefined],
    ['null', null],
    ['a missing baseUrl', { ...valid, baseUrl: undefined }],
    ['an empty baseUrl', { ...valid, baseUrl: '  ' }],
    ['a missing applicationId', { ...valid, applicationId: undefined }],
    ['an empty applicationId', { ...valid, applicationId: '' }],
    ['a missing applicationToken', { ...valid, applicationToken: undefined }],
    ['an applicationToken of 4 characters', { ...valid, applicationToken: 'abcd' }],
    ['an applicationToken that is not a string', { ...valid, applicationToken: 123456 }],
    ['a timeout of 0', { ...valid, timeout: 0 }],
    ['a negative timeout', { ...valid, timeout: -5 }],
    ['a NaN timeout', { ...valid, timeout: Number.NaN }],
  ])('throws FdkConfigError for %s', (_label, options) => {
    let thrown: unknown;
    try {
      createUserClient(options as UserClientOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FdkConfigError);
    expect(isFdkConfigError(thrown)).toBe(true);
    expect(isFdkError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ name: 'FdkConfigError', code: 'CONFIG_ERROR', retryable: false });
  });

  it.each([
    ['baseUrl', { ...valid, baseUrl: '' }, /baseUrl/],
    ['applicationId', { ...valid, applicationId: '' }, /applicationId/],
    ['applicationToken', { ...valid, applicationToken: '' }, /applicationToken/],
    ['a short applicationToken', { ...valid, applicationToken: 'abcd' }, /applicationToken.*short/],
  ])('names the faulty option (%s) in the message', (_label, options, message) => {
    expect(() => createUserClient(options)).toThrow(message);
  });

  it('accepts a token of exactly 5 characters', () => {
    expect(() => createUserClient({ ...valid, applicationToken: 'abcde' })).not.toThrow();
  });

  it('exposes the options it was made with, frozen', () => {
    const client = createUserClient({ ...valid, timeout: 1234 });
    expect(client.options).toMatchObject({ ...valid, timeout: 1234 });
    expect(Object.isFrozen(client.options)).toBe(true);
  });
});

describe('baseUrl', () => {
  it.each([
    ['with a trailing slash', (origin: string) => `${origin}/`, ''],
    ['with a path prefix (a storefront proxy)', (origin: string) => `${origin}/proxy/api`, '/proxy/api'],
    ['with a path prefix and a trailing slash', (origin: string) => `${origin}/proxy/`, '/proxy'],
  ])('%s: requests go under it and are signed for the full path', async (_label, makeBaseUrl, prefix) => {
    await clientFor(server, { baseUrl: makeBaseUrl(server.origin) }).getPlatformConfig({ name: 'Fynd' });
    const request = server.last();
    expect(request.path).toBe(`${prefix}/service/application/user/platform/v1.0/config`);
    expect(request.query).toEqual({ name: 'Fynd' });
    expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
  });
});

describe('sign', () => {
  it('sign: false sends no x-fp-* header', async () => {
    await clientFor(server, { sign: false }).loginWithOTP(sampleArgs.loginWithOTP);
    await clientFor(server, { sign: false }).getLoggedInUser();
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(xFpHeaders(request.headers)).toEqual([]);
      expect(request.headers.authorization).toBe(EXPECTED_AUTHORIZATION);
    }
  });

  it('signs by default (x-fp-date and x-fp-signature only)', async () => {
    await clientFor(server).getLoggedInUser();
    expect(xFpHeaders(server.last().headers).sort()).toEqual(['x-fp-date', 'x-fp-signature']);
  });
});

describe('headers', () => {
  it('sends extra headers on every request and signs the x-fp-* ones', async () => {
    const client = clientFor(server, { headers: { 'x-fp-sdk-version': '0.1.14', 'x-custom-header': 'hello', 'X-Fp-Trace': 'trace-1' } });
    await client.getLoggedInUser();
    await client.loginWithOTP(sampleArgs.loginWithOTP);
    for (const request of server.requests) {
      expect(request.headers['x-fp-sdk-version']).toBe('0.1.14');
      expect(request.headers['x-fp-trace']).toBe('trace-1');
      expect(request.headers['x-custom-header']).toBe('hello');
      expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
      // Not signed without them: the signature covers them
      const { 'x-fp-sdk-version': _version, 'x-fp-trace': _trace, ...rest } = request.headers;
      expect(request.headers['x-fp-signature']).not.toBe(expectedSignatureOf({ ...request, headers: rest }));
    }
  });

  it('does not let extra headers replace Authorization', async () => {
    await clientFor(server, { headers: { authorization: 'Bearer forged' } }).getLoggedInUser();
    expect(server.last().headers.authorization).toBe(EXPECTED_AUTHORIZATION);
  });

  it('sends per-call headers, signs the x-fp-* ones, and keeps Content-Type on bodies', async () => {
    const client = clientFor(server);
    await client.loginWithToken({ body: { token: 't' } }, { headers: { 'x-fp-request-id': 'r-1', 'x-call': 'c' } });
    const request = server.last();
    expect(request.headers['x-fp-request-id']).toBe('r-1');
    expect(request.headers['x-call']).toBe('c');
    expect(header(request.headers['content-type'])).toBe('application/json');
    expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
    await client.getLoggedInUser(undefined, { headers: { 'x-fp-request-id': 'r-2' } });
    expect(server.last().headers['x-fp-request-id']).toBe('r-2');
    expect(server.last().headers['x-fp-signature']).toBe(expectedSignatureOf(server.last()));
  });
});

describe('fetch', () => {
  it('uses a custom fetch, with credentials: include and the signed headers on the Request', async () => {
    const seen: Request[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(request.clone());
      return globalThis.fetch(request);
    });
    const client = clientFor(server, { fetch });
    await expect(client.getLoggedInUser()).resolves.toEqual(DEFAULT_BODY);
    await client.addEmail(sampleArgs.addEmail);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(server.requests).toHaveLength(2);
    const [get, put] = seen;
    expect(get?.credentials).toBe('include');
    expect(put?.credentials).toBe('include');
    expect(get?.method).toBe('GET');
    expect(put?.method).toBe('PUT');
    expect(put?.headers.get('authorization')).toBe(EXPECTED_AUTHORIZATION);
    expect(put?.url).toBe(`${server.origin}/service/application/user/profile/v1.0/email?platform=Fynd`);
    const body = (await put?.text()) ?? '';
    expect(JSON.parse(body)).toEqual(sampleArgs.addEmail.body);
    // The signature on the Request verifies against the Request itself
    const headers = Object.fromEntries(put?.headers ?? []);
    expect(headers['x-fp-signature']).toBe(referenceSign({ method: 'PUT', url: put?.url ?? '', body, headers }));
  });

  it('takes the answer from the custom fetch without touching the network', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ result: true }), { status: 200, headers: { 'content-type': 'application/json' } }));
    await expect(clientFor(server, { fetch }).hasPassword()).resolves.toEqual({ result: true });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(0);
  });
});

describe('timeout and abort', () => {
  it('rejects with FdkTimeoutError after `timeout` ms', async () => {
    server.reply({ status: 200, body: {}, delay: 5_000 });
    const started = Date.now();
    const error = await rejectionOf(clientFor(server, { timeout: 200 }).getLoggedInUser());
    expect(error).toBeInstanceOf(FdkTimeoutError);
    expect((error as FdkTimeoutError).timeout).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(server.requests).toHaveLength(1);
  });

  it('resolves when the answer comes within the timeout', async () => {
    server.reply({ status: 200, body: { result: false }, delay: 50 });
    await expect(clientFor(server, { timeout: 1_000 }).hasPassword()).resolves.toEqual({ result: false });
  });

  it('rejects with FdkAbortError when the caller aborts, and does not retry', async () => {
    server.setDefault({ status: 200, body: {}, delay: 5_000 });
    const controller = new AbortController();
    const call = clientFor(server).getLoggedInUser(undefined, { signal: controller.signal });
    // Abort once the request is at the server (a fixed delay could abort before it left, on a busy machine).
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(FdkAbortError);
    expect(error).toMatchObject({ code: 'ABORTED', method: 'getLoggedInUser', retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with FdkAbortError for a signal aborted before the call', async () => {
    const error = await rejectionOf(clientFor(server).loginWithToken({ body: { token: 't' } }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(FdkAbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('onUnauthorized', () => {
  it('is called once per 401, with the error the call rejects with', async () => {
    const onUnauthorized = vi.fn();
    const client = clientFor(server, { onUnauthorized });
    server.reply({ status: 401, body: { message: 'no session' } }, { status: 401, body: { message: 'still none' } });
    const first = await rejectionOf(client.getLoggedInUser());
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenLastCalledWith(first);
    const second = await rejectionOf(client.updatePassword(sampleArgs.updatePassword));
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenLastCalledWith(second);
    expect(second).toBeInstanceOf(FdkUnauthorizedError);
    expect((second as FdkUnauthorizedError).serverMessage).toBe('still none');
    expect(server.requests).toHaveLength(2);
  });

  it('is not called for other errors or successes', async () => {
    const onUnauthorized = vi.fn();
    const client = clientFor(server, { onUnauthorized, retry: false });
    server.reply({ status: 403, body: { message: 'forbidden' } }, { status: 500, body: {} }, { status: 200, body: { user: {} } });
    await rejectionOf(client.getLoggedInUser());
    await rejectionOf(client.getLoggedInUser());
    await client.getLoggedInUser();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('a throwing listener does not replace the 401 error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const listenerError = new Error('listener broke');
      const onUnauthorized = vi.fn(() => {
        throw listenerError;
      });
      server.reply({ status: 401, body: { message: 'no session' } });
      const error = await rejectionOf(clientFor(server, { onUnauthorized }).logout());
      expect(error).toBeInstanceOf(FdkUnauthorizedError);
      expect(error).not.toBe(listenerError);
      expect(onUnauthorized).toHaveBeenCalledTimes(1);
      expect(consoleError).toHaveBeenCalledWith(expect.any(String), listenerError);
    } finally {
      consoleError.mockRestore();
    }
  });
});
