import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FdkAbortError,
  FdkApiError,
  FdkConfigError,
  FdkError,
  FdkNetworkError,
  FdkRateLimitError,
  FdkRequestValidationError,
  FdkResponseValidationError,
  FdkTimeoutError,
  FdkUnauthorizedError,
  isFdkAbortError,
  isFdkApiError,
  isFdkConfigError,
  isFdkError,
  isFdkNetworkError,
  isFdkRateLimitError,
  isFdkRequestValidationError,
  isFdkResponseValidationError,
  isFdkTimeoutError,
  isFdkUnauthorizedError,
  userMethodNames,
  type UserMethodName,
} from '../../src/index';
import { startRecordingServer, type RecordingServer, type ScriptedResponse } from '../helpers/recordingServer';
import { callMethod, clientFor, endpointOf, rejectionOf } from '../helpers/clientKit';

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

const HTML_PAGE = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>';

interface Scenario {
  name: string;
  response: ScriptedResponse;
  /** The class the call rejects with. */
  type: new (...args: never[]) => FdkError;
  code: FdkError['code'];
  status?: number;
  serverMessage?: string;
  message: string;
  retryable: boolean;
  retryAfter?: number;
  /** Whether a GET is retried (2 more attempts); other verbs never are. */
  getRetries: boolean;
}

const scenarios: Scenario[] = [
  {
    name: '400 with a message',
    response: { status: 400, body: { message: 'Invalid OTP. Please try again', code: 'OTP_INVALID' } },
    type: FdkApiError,
    code: 'API_ERROR',
    status: 400,
    serverMessage: 'Invalid OTP. Please try again',
    message: 'Invalid OTP. Please try again',
    retryable: false,
    getRetries: false,
  },
  {
    name: '401',
    response: { status: 401, body: { message: 'unauthenticated', authenticated: false } },
    type: FdkUnauthorizedError,
    code: 'UNAUTHORIZED',
    status: 401,
    serverMessage: 'unauthenticated',
    message: 'unauthenticated',
    retryable: false,
    getRetries: false,
  },
  {
    name: '404',
    response: { status: 404, body: { message: 'User not found' } },
    type: FdkApiError,
    code: 'API_ERROR',
    status: 404,
    serverMessage: 'User not found',
    message: 'User not found',
    retryable: false,
    getRetries: false,
  },
  {
    name: '429 with Retry-After',
    response: { status: 429, headers: { 'retry-after': '7' }, body: { message: 'Too many requests' } },
    type: FdkRateLimitError,
    code: 'RATE_LIMITED',
    status: 429,
    serverMessage: 'Too many requests',
    message: 'Too many requests',
    retryable: true,
    retryAfter: 7,
    getRetries: true,
  },
  {
    name: '429 without Retry-After',
    response: { status: 429, body: { message: 'Slow down' } },
    type: FdkRateLimitError,
    code: 'RATE_LIMITED',
    status: 429,
    serverMessage: 'Slow down',
    message: 'Slow down',
    retryable: true,
    getRetries: true,
  },
  {
    name: '500',
    response: { status: 500, body: { message: 'Internal server error' } },
    type: FdkApiError,
    code: 'API_ERROR',
    status: 500,
    serverMessage: 'Internal server error',
    message: 'Internal server error',
    retryable: true,
    getRetries: true,
  },
  {
    name: 'an HTML body (502 from a proxy)',
    response: { status: 502, headers: { 'content-type': 'text/html' }, body: HTML_PAGE },
    type: FdkApiError,
    code: 'API_ERROR',
    status: 502,
    message: 'The server had a problem (HTTP 502). Please try again.',
    retryable: true,
    getRetries: true,
  },
  {
    name: 'invalid JSON (500)',
    response: { status: 500, headers: { 'content-type': 'application/json' }, body: '{"message": "Database down' },
    type: FdkApiError,
    code: 'API_ERROR',
    status: 500,
    message: 'The server had a problem (HTTP 500). Please try again.',
    retryable: true,
    getRetries: true,
  },
  {
    name: 'a network error (connection dropped)',
    response: { drop: true },
    type: FdkNetworkError,
    code: 'NETWORK_ERROR',
    message: 'The network request failed. Check the connection and try again.',
    retryable: true,
    getRetries: true,
  },
];

describe.each(userMethodNames)('%s when the call fails', (name: UserMethodName) => {
  const isGet = endpointOf(name).http === 'GET';

  it.each(scenarios)('$name → the right error class, and retries only if GET', async (scenario) => {
    server.setDefault(scenario.response);
    // maxRetryAfter: 0 makes a GET's retries after `Retry-After: 7` immediate
    const client = clientFor(server, { retry: { delay: () => 0, maxRetryAfter: 0 } });
    const error = await rejectionOf(callMethod(client, name));

    expect(error).toBeInstanceOf(scenario.type);
    expect(error).toBeInstanceOf(FdkError);
    const failure = error as FdkError & Partial<FdkApiError & FdkRateLimitError>;
    expect(failure.name).toBe(scenario.type.name);
    expect(failure.code).toBe(scenario.code);
    expect(failure.status).toBe(scenario.status);
    expect(failure.serverMessage).toBe(scenario.serverMessage);
    expect(failure.message).toBe(scenario.message);
    expect(failure.message).not.toMatch(/[<>]|Database down|nginx/);
    expect(failure.retryable).toBe(scenario.retryable);
    if (scenario.type === FdkRateLimitError) expect(failure.retryAfter).toBe(scenario.retryAfter);
    if ('body' in scenario.response && typeof scenario.response.body === 'string') expect(failure.bodyText).toBe(scenario.response.body);
    if ('body' in scenario.response && typeof scenario.response.body === 'object') {
      expect(failure.body).toEqual(scenario.response.body);
      expect(failure.bodyText).toBe(JSON.stringify(scenario.response.body));
    }
    expect(failure.method).toBe(name);
    expect(failure.request).toEqual({ method: endpointOf(name).http, url: `${server.origin}${endpointOf(name).path}` });

    expect(server.requests).toHaveLength(isGet && scenario.getRetries ? 3 : 1);
  });
});

describe('when the server is too slow (timeout: 200 ms)', () => {
  // All 33 calls run at once against one slow server (the suite stays fast); each method is then checked.
  let slow: RecordingServer;
  const outcomes = new Map<UserMethodName, { error: unknown; elapsed: number }>();
  beforeAll(async () => {
    slow = await startRecordingServer();
    slow.setDefault({ status: 200, body: {}, delay: 5_000 });
    await Promise.all(
      userMethodNames.map(async (name) => {
        const started = Date.now();
        const error = await callMethod(clientFor(slow, { timeout: 200 }), name).then(
          () => undefined,
          (failure: unknown) => failure,
        );
        outcomes.set(name, { error, elapsed: Date.now() - started });
      }),
    );
  });
  afterAll(async () => {
    await slow.close();
  });

  it.each(userMethodNames)('%s rejects with FdkTimeoutError after the timeout, without retrying', (name) => {
    const outcome = outcomes.get(name);
    expect(outcome?.error).toBeInstanceOf(FdkTimeoutError);
    expect(outcome?.error).toMatchObject({ name: 'FdkTimeoutError', code: 'TIMEOUT', timeout: 200, retryable: true, method: name });
    expect((outcome?.error as Error).message).toBe('The server did not answer within 200 ms.');
    expect(outcome?.elapsed).toBeGreaterThanOrEqual(190);
    expect(outcome?.elapsed).toBeLessThan(2_500);
    const { http, path } = endpointOf(name);
    expect(slow.requests.filter((request) => request.method === http && request.path === path)).toHaveLength(1);
  });
});

describe('error details', () => {
  const client = () => clientFor(server, { retry: false });

  it('keeps the raw body text (at most 2,000 characters) but never shows it in `message`', async () => {
    const page = `<html><body>${'x'.repeat(3_000)}</body></html>`;
    server.reply({ status: 503, headers: { 'content-type': 'text/html' }, body: page });
    const error = (await rejectionOf(client().getLoggedInUser())) as FdkApiError;
    expect(error.bodyText).toBe(page.slice(0, 2_000));
    expect(error.body).toBeUndefined();
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe('The server had a problem (HTTP 503). Please try again.');
  });

  it('gives a generic message for an empty error body', async () => {
    server.reply({ status: 500, body: '' });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkApiError;
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error.message).toBe('The server had a problem (HTTP 500). Please try again.');
    expect(error.bodyText).toBe('');
    expect(error.body).toBeUndefined();
  });

  it('gives a generic message for a 4xx whose body is not JSON', async () => {
    server.reply({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'Cannot POST /service/…' });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkApiError;
    expect(error).toMatchObject({ name: 'FdkApiError', status: 404, serverMessage: undefined, bodyText: 'Cannot POST /service/…' });
    expect(error.message).toBe('The request failed (HTTP 404).');
  });

  it.each([
    ['HTML markup', { message: '<b>Bad</b> request' }],
    ['an empty string', { message: '   ' }],
    ['a non-string', { message: { text: 'nested' } }],
    ['a text longer than 500 characters', { message: 'y'.repeat(501) }],
  ])('does not use a JSON `message` that is %s', async (_label, body) => {
    server.reply({ status: 400, body });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkApiError;
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe('The request failed (HTTP 400).');
    expect(error.body).toEqual(body);
  });

  it('trims the server message', async () => {
    server.reply({ status: 400, body: { message: '  Password is too weak \n' } });
    const error = (await rejectionOf(client().updatePassword({ body: { old_password: 'a', new_password: 'b' } }))) as FdkApiError;
    expect(error.serverMessage).toBe('Password is too weak');
    expect(error.message).toBe('Password is too weak');
  });

  it.each([
    ['Retry-After in seconds', { 'retry-after': '120' }, undefined, 120],
    ['Retry-After with a fraction (rounded up)', { 'retry-after': '1.2' }, undefined, 2],
    ['Retry-After 0', { 'retry-after': '0' }, undefined, 0],
    ['a body `retry_after`', {}, { message: 'later', retry_after: 12 }, 12],
    ['a body `retryAfter` string', {}, { message: 'later', retryAfter: '5' }, 5],
    ['the header before the body', { 'retry-after': '3' }, { retry_after: 99 }, 3],
    ['nothing', {}, { message: 'later' }, undefined],
    ['an unreadable header, no body field', { 'retry-after': 'soon' }, { message: 'later' }, undefined],
  ])('429: retryAfter from %s', async (_label, headers, body, expected) => {
    server.reply({ status: 429, headers: headers as Record<string, string>, body: body ?? {} });
    const error = await rejectionOf(client().loginWithToken({ body: { token: 't' } }));
    expect(error).toBeInstanceOf(FdkRateLimitError);
    expect((error as FdkRateLimitError).retryAfter).toBe(expected);
  });

  it('429: retryAfter from a Retry-After HTTP date', async () => {
    const date = new Date(Date.now() + 30_000).toUTCString();
    server.reply({ status: 429, headers: { 'retry-after': date }, body: {} });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkRateLimitError;
    expect(error.retryAfter).toBeGreaterThanOrEqual(28);
    expect(error.retryAfter).toBeLessThanOrEqual(30);
  });

  it('429: a Retry-After date in the past reads as 0', async () => {
    server.reply({ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }, body: {} });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkRateLimitError;
    expect(error.retryAfter).toBe(0);
  });

  it('403 is a plain FdkApiError (not unauthorized)', async () => {
    server.reply({ status: 403, body: { message: 'Forbidden' } });
    const error = await rejectionOf(client().getLoggedInUser());
    expect(error).toBeInstanceOf(FdkApiError);
    expect(isFdkUnauthorizedError(error)).toBe(false);
    expect(error).toMatchObject({ status: 403, code: 'API_ERROR', message: 'Forbidden', retryable: false });
  });
});

describe('server texts that are not for shoppers', () => {
  const client = () => clientFor(server, { retry: false });
  const STACK = 'at UserController.login (/srv/app/controllers/user.js:42:17)';
  const DUPLICATE = 'E11000 duplicate key error collection: users index: email_1 dup key: { email: "ana@example.com" }';

  it.each([
    ['a stack frame', STACK],
    ['[object Object]', '[object Object]'],
    ['a JSON dump', '{"error":"invalid_grant"}'],
    ['a database error', DUPLICATE],
    ['SQL', "SELECT * FROM users WHERE email = 'ana@example.com'"],
    ['a path', '/srv/app/node_modules/mongoose/lib/model.js'],
    ['HTML', '<b>Bad</b> request'],
    ['a very long text', 'Please try again later. '.repeat(20)],
  ])('a 4xx whose message is %s: a generic `message`, the text kept in `rawServerMessage` for logs', async (_label, text) => {
    server.reply({ status: 400, body: { message: text } });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkApiError;
    expect(error).toBeInstanceOf(FdkApiError);
    expect(error.message).toBe('The request failed (HTTP 400).');
    expect(error.serverMessage).toBeUndefined();
    expect(error.rawServerMessage).toBe(text);
    expect(error.bodyText).toBe(JSON.stringify({ message: text }).slice(0, 2_000));
    // The server did answer on purpose: trying the same again will not help.
    expect(error.retryable).toBe(false);
  });

  it('keeps a readable message, in `message` and `serverMessage`, and in `rawServerMessage` as sent', async () => {
    server.reply({ status: 400, body: { message: ' Entered OTP is invalid, please retry ' } });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkApiError;
    expect(error).toMatchObject({ message: 'Entered OTP is invalid, please retry', serverMessage: 'Entered OTP is invalid, please retry', rawServerMessage: ' Entered OTP is invalid, please retry ' });
  });

  it.each([
    ['FdkApiError', () => new FdkApiError(409, { serverMessage: DUPLICATE })],
    ['FdkUnauthorizedError', () => new FdkUnauthorizedError({ serverMessage: STACK })],
    ['FdkRateLimitError', () => new FdkRateLimitError({ serverMessage: '{"retry":30}' })],
  ])('%s made by hand checks the text too', (_label, make) => {
    const error = make();
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toMatch(/^The request failed \(HTTP \d+\)\.$/);
    expect(error.rawServerMessage).toBeDefined();
  });
});

describe('a 200 answer that does not fit the response schema', () => {
  const client = () => clientFor(server, { retry: false });

  it.each([
    ['an array', '[{"user":{}}]', [{ user: {} }]],
    ['a wrong type (`{"user": 5}`)', '{"user": 5}', { user: 5 }],
    ['a JSON string', '"ok"', 'ok'],
    ['JSON null', 'null', null],
  ])('rejects with FdkResponseValidationError carrying the raw body: %s', async (_label, text, parsed) => {
    server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: text });
    const error = await rejectionOf(client().getLoggedInUser());
    expect(error).toBeInstanceOf(FdkResponseValidationError);
    const failure = error as FdkResponseValidationError;
    expect(failure).toMatchObject({ name: 'FdkResponseValidationError', code: 'RESPONSE_VALIDATION', status: 200, method: 'getLoggedInUser' });
    expect(failure.body).toEqual(parsed);
    expect(failure.issues.length).toBeGreaterThan(0);
    expect(failure.message).toMatch(/^Unexpected response from getLoggedInUser: /);
  });

  it('names the field the call cannot work without (a mistyped other field is read leniently: lenientTypes.test.ts)', async () => {
    server.reply({ status: 200, body: { user: 'Ana' } });
    const error = (await rejectionOf(client().getLoggedInUser())) as FdkResponseValidationError;
    expect(error.issues).toEqual([{ path: 'user', message: 'required, and absent or unreadable' }]);
  });

  it('rejects invalid JSON on 200 with the text as body', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"user": {' });
    const error = (await rejectionOf(client().loginWithToken({ body: { token: 't' } }))) as FdkResponseValidationError;
    expect(error).toBeInstanceOf(FdkResponseValidationError);
    expect(error.body).toBe('{"user": {');
    expect(error.issues).toEqual([{ path: '', message: 'the body is not JSON' }]);
  });

  it('rejects an HTML page on 200 (a storefront answering instead of the API)', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'text/html' }, body: HTML_PAGE });
    const error = (await rejectionOf(client().getPlatformConfig({ name: 'Fynd' }))) as FdkResponseValidationError;
    expect(error).toBeInstanceOf(FdkResponseValidationError);
    expect(error.body).toBe(HTML_PAGE);
  });

  it('reads an empty 200 body as {}', async () => {
    server.reply({ status: 200, body: '' });
    await expect(client().logout()).resolves.toEqual({});
  });

  it('does not retry a GET whose 200 does not fit', async () => {
    server.setDefault({ status: 200, body: '[]' });
    await expect(clientFor(server).getLoggedInUser()).rejects.toBeInstanceOf(FdkResponseValidationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('error guards', () => {
  const context = { method: 'getLoggedInUser', request: { method: 'GET', url: 'https://api.fynd.com/x' } };
  const instances = {
    FdkError: new FdkError('API_ERROR', 'base'),
    FdkApiError: new FdkApiError(400, { serverMessage: 'bad', ...context }),
    FdkUnauthorizedError: new FdkUnauthorizedError({ serverMessage: 'no session' }),
    FdkRateLimitError: new FdkRateLimitError({ retryAfter: 3 }),
    FdkNetworkError: new FdkNetworkError(context),
    FdkTimeoutError: new FdkTimeoutError(100, context),
    FdkAbortError: new FdkAbortError(context),
    FdkRequestValidationError: new FdkRequestValidationError([{ path: 'body.mobile', message: 'Invalid input' }], context),
    FdkResponseValidationError: new FdkResponseValidationError(200, [], [{ path: '', message: 'no' }], context),
    FdkConfigError: new FdkConfigError('bad config'),
  };
  type Name = keyof typeof instances;
  const guards: [string, (value: unknown) => boolean, Name[]][] = [
    ['isFdkError', isFdkError, Object.keys(instances) as Name[]],
    ['isFdkApiError', isFdkApiError, ['FdkApiError', 'FdkUnauthorizedError', 'FdkRateLimitError']],
    ['isFdkUnauthorizedError', isFdkUnauthorizedError, ['FdkUnauthorizedError']],
    ['isFdkRateLimitError', isFdkRateLimitError, ['FdkRateLimitError']],
    ['isFdkNetworkError', isFdkNetworkError, ['FdkNetworkError']],
    ['isFdkTimeoutError', isFdkTimeoutError, ['FdkTimeoutError']],
    ['isFdkAbortError', isFdkAbortError, ['FdkAbortError']],
    ['isFdkRequestValidationError', isFdkRequestValidationError, ['FdkRequestValidationError']],
    ['isFdkResponseValidationError', isFdkResponseValidationError, ['FdkResponseValidationError']],
    ['isFdkConfigError', isFdkConfigError, ['FdkConfigError']],
  ];

  it.each(guards)('%s accepts exactly its classes', (_guard, guard, accepted) => {
    for (const [name, instance] of Object.entries(instances)) expect([name, guard(instance)]).toEqual([name, accepted.includes(name as Name)]);
  });

  const impostors: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'FdkApiError'],
    ['an empty object', {}],
    ['an object with a code only', { code: 'API_ERROR', status: 400 }],
    ['an object with the name only', { name: 'FdkApiError', status: 400 }],
    ['an Error', new Error('boom')],
    ['a TypeError', new TypeError('Failed to fetch')],
    ['an Error renamed but without code', Object.assign(new Error('x'), { name: 'FdkApiError' })],
    ['an Error with a code but another name', Object.assign(new Error('x'), { code: 'API_ERROR' })],
  ];

  it.each(guards)('%s refuses plain objects and other errors', (_guard, guard) => {
    for (const [label, value] of impostors) expect([label, guard(value)]).toEqual([label, false]);
  });

  it('recognises an error made in another realm (by name and code), where instanceof fails', () => {
    const foreign: unknown = runInNewContext("Object.assign(new Error('x'), { name: 'FdkUnauthorizedError', code: 'UNAUTHORIZED', status: 401 })");
    expect(foreign instanceof Error).toBe(false);
    expect(isFdkUnauthorizedError(foreign)).toBe(true);
    expect(isFdkApiError(foreign)).toBe(true);
    expect(isFdkRateLimitError(foreign)).toBe(false);
  });

  it('works on the errors the client throws', async () => {
    server.reply({ status: 401, body: { message: 'no' } }, { status: 429, body: {} }, { drop: true });
    const client = clientFor(server, { retry: false });
    const unauthorized = await rejectionOf(client.getLoggedInUser());
    const limited = await rejectionOf(client.getLoggedInUser());
    const network = await rejectionOf(client.getLoggedInUser());
    const invalid = await rejectionOf(callMethod(client, 'loginWithOTP', { body: { mobile: 1 } }));
    expect([isFdkUnauthorizedError(unauthorized), isFdkApiError(unauthorized), isFdkRateLimitError(unauthorized)]).toEqual([true, true, false]);
    expect([isFdkRateLimitError(limited), isFdkApiError(limited), isFdkUnauthorizedError(limited)]).toEqual([true, true, false]);
    expect([isFdkNetworkError(network), isFdkApiError(network), isFdkError(network)]).toEqual([true, false, true]);
    expect([isFdkRequestValidationError(invalid), isFdkApiError(invalid), isFdkError(invalid)]).toEqual([true, false, true]);
  });

  it('keeps the cause of a network error', async () => {
    server.reply({ drop: true });
    const error = (await rejectionOf(clientFor(server, { retry: false }).getLoggedInUser())) as FdkNetworkError;
    expect(error.cause).toBeInstanceOf(Error);
  });
});
