import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FdkAbortError, FdkApiError, FdkNetworkError, FdkRateLimitError, userMethodNames, type UserMethodName } from '../../src/index';
import { startRecordingServer, type RecordingServer, type ScriptedResponse } from '../helpers/recordingServer';
import { expectedSignatureOf } from '../helpers/referenceSigner';
import { callMethod, clientFor, endpointOf, getMethodNames, rejectionOf } from '../helpers/clientKit';

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

const ok: ScriptedResponse = { status: 200, body: { user: { first_name: 'Akash' } } };

describe('GET requests are retried', () => {
  it.each<[string, ScriptedResponse]>([
    ['500', { status: 500, body: { message: 'boom' } }],
    ['502', { status: 502, body: 'Bad Gateway' }],
    ['503', { status: 503, body: {} }],
    ['504', { status: 504, body: {} }],
    ['a network error', { drop: true }],
  ])('twice after %s, then resolve with the answer', async (_label, failure) => {
    server.reply(failure, failure, ok);
    await expect(clientFor(server).getLoggedInUser()).resolves.toEqual({ user: { first_name: 'Akash' } });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.method).toBe('GET');
      expect(request.path).toBe('/service/application/user/authentication/v1.0/session');
    }
  });

  it('signs every attempt afresh (each signature verifies)', async () => {
    server.reply({ status: 500, body: {} }, { drop: true }, ok);
    await clientFor(server).getPlatformConfig({ name: 'Fynd' });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.headers['x-fp-signature']).toMatch(/^v1\.1:/);
      expect(request.headers['x-fp-signature']).toBe(expectedSignatureOf(request));
    }
  });

  it('at most 2 times by default: the third failure is thrown', async () => {
    server.setDefault({ status: 503, body: { message: 'Service unavailable' } });
    const error = await rejectionOf(clientFor(server).getListOfActiveSessions());
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error).toMatchObject({ status: 503, serverMessage: 'Service unavailable' });
    expect(server.requests).toHaveLength(3);
  });

  it('at most 2 times after network errors: FdkNetworkError', async () => {
    server.setDefault({ drop: true });
    await expect(clientFor(server).hasPassword()).rejects.toBeInstanceOf(FdkNetworkError);
    expect(server.requests).toHaveLength(3);
  });

  it('after 429 too, then FdkRateLimitError with the last retryAfter', async () => {
    server.setDefault({ status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } });
    const error = await rejectionOf(clientFor(server).logout());
    expect(error).toBeInstanceOf(FdkRateLimitError);
    expect((error as FdkRateLimitError).retryAfter).toBe(0);
    expect(server.requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 422])('not after %i', async (status) => {
    server.setDefault({ status, body: { message: 'no' } });
    await expect(clientFor(server).getLoggedInUser()).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the caller aborts during the wait before a retry: FdkAbortError, no more requests', async () => {
    server.setDefault({ status: 500, body: {} });
    const controller = new AbortController();
    const call = clientFor(server, { retry: { delay: () => 5_000 } }).getLoggedInUser(undefined, { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(FdkAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('calls the `delay` option with the attempt number', async () => {
    const delay = vi.fn(() => 0);
    server.setDefault({ status: 500, body: {} });
    await rejectionOf(clientFor(server, { retry: { delay } }).getLoggedInUser());
    expect(delay.mock.calls).toEqual([[1], [2]]);
  });
});

function createDefaultRetryClient(on: RecordingServer = server) {
  // No `retry` option at all: the defaults (2 retries, 300 ms doubling)
  return clientFor(on, { retry: undefined });
}

/** Runs `test` against a server of its own (for tests that wait, run concurrently). */
async function withOwnServer(test: (own: RecordingServer) => Promise<void>) {
  const own = await startRecordingServer();
  try {
    await test(own);
  } finally {
    await own.close();
  }
}

describe.concurrent('waits before retrying', () => {
  it('300 ms by default before the first retry', () =>
    withOwnServer(async (own) => {
      own.reply({ status: 500, body: {} }, ok);
      const started = Date.now();
      await createDefaultRetryClient(own).getLoggedInUser();
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      expect(own.requests).toHaveLength(2);
    }));

  it('the Retry-After seconds on 503', () =>
    withOwnServer(async (own) => {
      own.reply({ status: 503, headers: { 'retry-after': '1' }, body: {} }, ok);
      const started = Date.now();
      await clientFor(own, { retry: { delay: () => 0 } }).getLoggedInUser();
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(own.requests).toHaveLength(2);
    }));

  it('the Retry-After seconds on 429', () =>
    withOwnServer(async (own) => {
      own.reply({ status: 429, headers: { 'retry-after': '1' }, body: {} }, ok);
      const started = Date.now();
      await clientFor(own, { retry: { delay: () => 0 } }).getLoggedInUser();
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(own.requests).toHaveLength(2);
    }));
});

describe('Retry-After', () => {
  it('Retry-After: 0 retries at once, in place of the backoff delay', async () => {
    server.reply({ status: 503, headers: { 'retry-after': '0' }, body: {} }, { status: 429, headers: { 'retry-after': '0' }, body: {} }, ok);
    const delay = vi.fn(() => 60_000);
    await clientFor(server, { retry: { delay } }).getLoggedInUser();
    expect(delay).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(3);
  });

  it('a Retry-After HTTP date in the past retries at once', async () => {
    server.reply({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }, body: {} }, ok);
    const delay = vi.fn(() => 60_000);
    await clientFor(server, { retry: { delay } }).getLoggedInUser();
    expect(delay).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(2);
  });

  it('is cut to `maxRetryAfter`', async () => {
    server.reply({ status: 503, headers: { 'retry-after': '60' }, body: {} }, ok);
    const started = Date.now();
    await clientFor(server, { retry: { maxRetryAfter: 50, delay: () => 60_000 } }).getLoggedInUser();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(2);
  });

  it('is not used on 500 (the backoff delay is)', async () => {
    server.reply({ status: 500, headers: { 'retry-after': '60' }, body: {} }, ok);
    const delay = vi.fn(() => 0);
    const started = Date.now();
    await clientFor(server, { retry: { delay } }).getLoggedInUser();
    expect(delay).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('retry can be turned off or limited', () => {
  it.each<[string, number | false | { limit: number }, number]>([
    ['retry: false', false, 1],
    ['retry: 0', 0, 1],
    ['retry: 1', 1, 2],
    ['retry: { limit: 1 }', { limit: 1 }, 2],
    ['retry: 4', 4, 5],
  ])('%s → %i request(s) for a GET that keeps failing', async (_label, retry, requests) => {
    server.setDefault({ status: 503, headers: { 'retry-after': '0' }, body: {} });
    await expect(clientFor(server, { retry }).getLoggedInUser()).rejects.toBeInstanceOf(FdkApiError);
    expect(server.requests).toHaveLength(requests);
  });

  it('retry: false → a network error is not retried either', async () => {
    server.setDefault({ drop: true });
    await expect(clientFor(server, { retry: false }).getLoggedInUser()).rejects.toBeInstanceOf(FdkNetworkError);
    expect(server.requests).toHaveLength(1);
  });
});

const nonGetMethods = userMethodNames.filter((name) => !getMethodNames.includes(name));

describe('POST, PUT and DELETE are never retried', () => {
  it('there are 33 methods: 5 GET and 28 others', () => {
    expect(getMethodNames).toEqual(['hasPassword', 'logout', 'getLoggedInUser', 'getListOfActiveSessions', 'getPlatformConfig']);
    expect(nonGetMethods).toHaveLength(28);
  });

  describe.each(nonGetMethods)('%s', (name: UserMethodName) => {
    it.each<[string, ScriptedResponse]>([
      ['500', { status: 500, body: {} }],
      ['503 with Retry-After: 0', { status: 503, headers: { 'retry-after': '0' }, body: {} }],
      ['429 with Retry-After: 0', { status: 429, headers: { 'retry-after': '0' }, body: {} }],
      ['a network error', { drop: true }],
    ])(`${endpointOf(name).http} is sent once after %s, even with retry: 5`, async (_label, failure) => {
      server.setDefault(failure);
      await expect(callMethod(clientFor(server, { retry: { limit: 5, delay: () => 0 } }), name)).rejects.toThrow();
      expect(server.requests).toHaveLength(1);
    });
  });
});
