import { afterEach, describe, expect, it } from 'vitest';
import { FdkUnauthorizedError } from '../../src/client/errors';
import { userMethodNames, userMethods } from '../../src/client/methods';
import {
  createFakeUserService,
  FAKE_SERVER_ALLOWED_HEADERS,
  fakeUserMessages,
  startFakeUserServer,
  type FakeInboxMessage,
  type FakeUserServer,
} from '../../src/testing/index';
import { request as httpRequest } from 'node:http';
import { fakeClient, rejectionOf } from './helpers';

/** A request with node:http, which (unlike fetch) may set Host, lie about Content-Length and stream chunks. */
function rawRequest(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string; chunks?: string[] },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    // Writing may fail once the server has answered and closed: the answer is what counts.
    request.on('error', (error) => setTimeout(() => reject(error), 1_000));
    if (options.chunks) {
      const chunks = [...options.chunks];
      const next = () => {
        const chunk = chunks.shift();
        if (chunk === undefined) request.end();
        else if (!request.destroyed) request.write(chunk, next);
      };
      next();
    } else request.end(options.body);
  });
}

let fake: FakeUserServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start() {
  fake = await startFakeUserServer();
  return fake;
}

describe('startFakeUserServer', () => {
  it('listens on 127.0.0.1 and answers 404 JSON for unknown routes', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/service/application/user/authentication/v1.0/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ message: 'No route for GET /service/application/user/authentication/v1.0/nope' });
    // The right path with the wrong verb is unknown too.
    expect((await fetch(`${url}${userMethods.logout.path}`, { method: 'POST' })).status).toBe(404);
  });

  it('serves an existing service on a fixed port', async () => {
    const service = createFakeUserService({ seed: false });
    const probe = await startFakeUserServer();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    fake = await startFakeUserServer({ service, port });
    expect(fake.url).toBe(`http://127.0.0.1:${port}`);
    expect(fake.service).toBe(service);
    expect(await (await fetch(`${fake.url}/_fake/users`)).json()).toEqual({ users: [] });
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Path=/, and logout clears it; the session is then gone', async () => {
    const { url } = await start();
    const client = fakeClient(url);
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    expect(client.cookies.received).toHaveLength(1);
    expect(client.cookies.received[0]).toMatch(/^fdk_session=fake-\d+-1; Path=\/; HttpOnly; SameSite=Lax$/);
    const token = client.cookies.jar.get('fdk_session')?.value;

    expect(await client.logout()).toEqual({ logout: true });
    expect(client.cookies.received[1]).toBe('fdk_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(client.cookies.jar.has('fdk_session')).toBe(false);
    const error = await rejectionOf(client.getLoggedInUser());
    expect(error).toBeInstanceOf(FdkUnauthorizedError);
    expect(error).toMatchObject({ status: 401, serverMessage: fakeUserMessages.notSignedIn });

    // Replaying the old cookie does not bring the session back.
    const replay = await fetch(`${url}${userMethods.getLoggedInUser.path}`, { headers: { cookie: `fdk_session=${token}` } });
    expect(replay.status).toBe(401);
  });

  it('answers 401 { message } for every session method without a cookie', async () => {
    const { url } = await start();
    const sessionMethods = userMethodNames.filter((name) => userMethods[name].session);
    expect(sessionMethods).toHaveLength(14);
    for (const name of sessionMethods) {
      const spec = userMethods[name];
      const response = await fetch(`${url}${spec.path}`, {
        method: spec.http,
        ...(spec.body ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}),
      });
      expect([name, response.status]).toEqual([name, 401]);
      expect(await response.json()).toEqual({ message: fakeUserMessages.notSignedIn });
    }
  });

  it('lists the user\'s active sessions', async () => {
    const { url } = await start();
    const phone = fakeClient(url);
    const laptop = fakeClient(url);
    await phone.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    await laptop.loginWithEmailAndPassword({ body: { username: '9876543210', password: 'Passw0rd!' } });
    expect(await laptop.getListOfActiveSessions()).toEqual({ sessions: ['session_1', 'session_2'] });
    await phone.logout();
    expect(await laptop.getListOfActiveSessions()).toEqual({ sessions: ['session_2'] });
    expect(fake?.service.sessionsOf('ana@example.com')).toEqual(['session_2']);
  });
});

describe('CORS: only same-origin requests and the allowedOrigins', () => {
  it('answers preflights and reflects an allowed Origin with credentials', async () => {
    fake = await startFakeUserServer({ allowedOrigins: ['http://127.0.0.1:5173', 'http://localhost:6006/any/path'] });
    const { url } = fake;
    const preflight = await fetch(`${url}${userMethods.loginWithOTP.path}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-fp-signature' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(FAKE_SERVER_ALLOWED_HEADERS);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE, OPTIONS');

    const response = await fetch(`${url}${userMethods.getPlatformConfig.path}`, { headers: { origin: 'http://localhost:6006' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-expose-headers')).toBe('retry-after');
    expect(response.headers.get('vary')).toBe('Origin');

    const noOrigin = await fetch(`${url}${userMethods.getPlatformConfig.path}`);
    expect(noOrigin.status).toBe(200);
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses other origins by default, on every route: no website can read the inbox', async () => {
    const { url } = await start();
    const client = fakeClient(url);
    await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
    for (const origin of ['https://evil.example', 'http://127.0.0.1:5173', 'http://localhost:1', 'null']) {
      const inbox = await fetch(`${url}/_fake/inbox`, { headers: { origin } });
      expect([origin, inbox.status]).toEqual([origin, 403]);
      expect(inbox.headers.get('access-control-allow-origin')).toBeNull();
      const body = (await inbox.json()) as { message: string; messages?: unknown };
      expect(body.messages).toBeUndefined();
      expect(body.message).toContain('allowedOrigins');
      const preflight = await fetch(`${url}/_fake/inbox`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    }
    // The user API too.
    const config = await fetch(`${url}${userMethods.getPlatformConfig.path}`, { headers: { origin: 'https://evil.example' } });
    expect(config.status).toBe(403);
    expect(config.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves a same-origin request (Origin equal to the server) without CORS headers', async () => {
    const { url } = await start();
    const response = await fetch(`${url}${userMethods.getPlatformConfig.path}`, { headers: { origin: url } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-origin POST that is not application/json with 415 (a text/plain login is CSRF), before doing anything', async () => {
    fake = await startFakeUserServer({ allowedOrigins: ['http://127.0.0.1:5173'] });
    const { url } = fake;
    const seeded = fake.service.users.length;
    for (const origin of ['http://127.0.0.1:5173', 'https://evil.example']) {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
        const login = await fetch(`${url}${userMethods.loginWithEmailAndPassword.path}`, {
          method: 'POST',
          headers: { origin, ...(contentType ? { 'content-type': contentType } : {}) },
          body: JSON.stringify({ username: 'ana@example.com', password: 'Passw0rd!' }),
        });
        expect([origin, contentType, login.status]).toEqual([origin, contentType, 415]);
        expect(login.headers.get('set-cookie')).toBeNull();
      }
      const reset = await fetch(`${url}/_fake/reset`, { method: 'POST', headers: { origin } });
      expect(reset.status).toBe(415);
    }
    expect(fake.service.users).toHaveLength(seeded); // no reset, no sign-up
    // The same call as JSON from the allowed origin works.
    const json = await fetch(`${url}${userMethods.loginWithEmailAndPassword.path}`, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:5173', 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ username: 'ana@example.com', password: 'Passw0rd!' }),
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
  });

  it('refuses a Host that is not this machine (DNS rebinding), unless it is an allowed origin', async () => {
    fake = await startFakeUserServer({ allowedOrigins: ['http://shop.test:8080'] });
    const port = Number(new URL(fake.url).port);
    const get = (host: string) => rawRequest(port, { method: 'GET', path: '/_fake/inbox', headers: { host } });
    expect((await get('evil.example')).status).toBe(403);
    expect((await get(`evil.example:${port}`)).status).toBe(403);
    expect((await get(`127.0.0.1:${port}`)).status).toBe(200);
    expect((await get(`localhost:${port}`)).status).toBe(200);
    expect((await get(`[::1]:${port}`)).status).toBe(200);
    expect((await get('shop.test:8080')).status).toBe(200);
  });

  it.each([['a bare host', ['127.0.0.1:5173']], ['a pattern', ['*']], ['not a string', [5]]])('refuses allowedOrigins with %s', async (_label, allowedOrigins) => {
    await expect(startFakeUserServer({ allowedOrigins: allowedOrigins as string[] })).rejects.toThrow(/allowedOrigins/);
  });
});

describe('request bodies', () => {
  const MiB = 1024 * 1024;

  it('answers 413 to a body over 1 MiB (declared) without reading it, and keeps serving', async () => {
    const { url } = await start();
    const port = Number(new URL(url).port);
    const answer = await rawRequest(port, { method: 'POST', path: '/_fake/preset', headers: { 'content-type': 'application/json', 'content-length': String(5 * MiB) }, body: 'x'.repeat(64 * 1024) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ message: expect.stringContaining('1 MiB') });
    expect((await fetch(`${url}/_fake/users`)).status).toBe(200);
  });

  it('answers 413 to a streamed (chunked) body that grows over 1 MiB', async () => {
    const { url } = await start();
    const port = Number(new URL(url).port);
    const answer = await rawRequest(port, { method: 'POST', path: '/_fake/preset', headers: { 'content-type': 'application/json' }, chunks: Array.from({ length: 40 }, () => 'y'.repeat(64 * 1024)) });
    expect(answer.status).toBe(413);
    expect((await fetch(`${url}/_fake/users`)).status).toBe(200);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const { url } = await start();
    const padding = ' '.repeat(MiB - JSON.stringify({ name: 'otpOnly' }).length);
    const response = await fetch(`${url}/_fake/preset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `${JSON.stringify({ name: 'otpOnly' })}${padding}` });
    expect(response.status).toBe(200);
  });
});

describe('control routes', () => {
  it('GET /_fake/inbox lists what was sent, filtered by ?to= and ?kind=', async () => {
    const { url } = await start();
    const client = fakeClient(url);
    await client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
    await client.sendResetPasswordEmail({ body: { email: 'ana@example.com' } });
    const all = (await (await fetch(`${url}/_fake/inbox`)).json()) as { messages: FakeInboxMessage[] };
    expect(all.messages.map((message) => [message.id, message.to, message.kind])).toEqual([
      [1, '+91 9876543210', 'login-otp'],
      [2, 'ana@example.com', 'reset-password'],
    ]);
    const sms = (await (await fetch(`${url}/_fake/inbox?to=%2B919876543210`)).json()) as { messages: FakeInboxMessage[] };
    expect(sms.messages.map((message) => message.id)).toEqual([1]);
    const resets = (await (await fetch(`${url}/_fake/inbox?kind=reset-password`)).json()) as { messages: FakeInboxMessage[] };
    expect(resets.messages.map((message) => message.id)).toEqual([2]);
    expect((await fetch(`${url}/_fake/inbox`, { method: 'DELETE' })).status).toBe(200);
    expect(await (await fetch(`${url}/_fake/inbox`)).json()).toEqual({ messages: [] });
  });

  it('POST /_fake/faults injects a fault; DELETE clears; bad faults are refused', async () => {
    const { url } = await start();
    const client = fakeClient(url);
    const post = (body: unknown) => fetch(`${url}/_fake/faults`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ route: 'getPlatformConfig', fault: { type: 'status', status: 503, body: { message: 'Down for maintenance' } }, times: 'always' })).status).toBe(200);
    for (let call = 0; call < 2; call += 1) {
      expect(await rejectionOf(client.getPlatformConfig())).toMatchObject({ status: 503, serverMessage: 'Down for maintenance' });
    }
    expect(await (await fetch(`${url}/_fake/faults`)).json()).toMatchObject({ faults: [{ route: 'getPlatformConfig', remaining: 'always' }] });
    expect((await fetch(`${url}/_fake/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await client.getPlatformConfig()).name).toBe('Fynd');

    expect((await post({ route: 'nope', fault: { type: 'drop' } })).status).toBe(400);
    expect((await post({ route: '*', fault: { type: 'explode' } })).status).toBe(400);
    expect((await post({ route: '*', fault: { type: 'drop' }, times: 0 })).status).toBe(400);
  });

  it.each([
    [{ login: 'yes' }, 'login'],
    [{ name: 5 }, 'name'],
    [{ name: 'otpOnly', preset: {} }, 'name'],
    [{ preset: 'otpOnly' }, 'preset'],
    [{ preset: [] }, 'preset'],
    [{ preset: { login: 'yes' } }, 'preset.login'],
    [{ preset: { login: { password: 'false' } } }, 'preset.login.password'],
    [{ preset: { social: ['google'], flash_card: { text: 1 } } }, 'preset.social'],
    [[], 'body'],
    ['not json', 'body'],
  ])('POST /_fake/preset %j → 400 naming %s; the preset is unchanged', async (body, field) => {
    const { url } = await start();
    const response = await fetch(`${url}/_fake/preset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(field);
    expect(fake?.service.presetName).toBe('default');
  });

  it('POST /_fake/preset takes a valid preset object', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/_fake/preset`, { method: 'POST', body: JSON.stringify({ preset: { login: { password: false, otp: true }, name: 'Custom' } }) });
    expect(response.status).toBe(200);
    expect(fake?.service.preset).toEqual({ login: { password: false, otp: true }, name: 'Custom' });
  });

  it.each([
    [{ fault: { type: 'latency', ms: 1e12 } }, 'fault.ms'],
    [{ fault: { type: 'latency', ms: -1 } }, 'fault.ms'],
    [{ fault: { type: 'latency', ms: '100' } }, 'fault.ms'],
    [{ fault: { type: 'latency' } }, 'fault.ms'],
    [{ fault: { type: 'status', status: 99 } }, 'fault.status'],
    [{ fault: { type: 'status', status: 600 } }, 'fault.status'],
    [{ fault: { type: 'status', status: 500.5 } }, 'fault.status'],
    [{ fault: { type: 'status', status: 500, headers: { 'x-ok': 1 } } }, 'fault.headers'],
    [{ fault: { type: 'status', status: 500, headers: { 'bad header': 'x' } } }, 'fault.headers'],
    [{ fault: { type: 'status', status: 500, headers: { 'x-a': 'a\r\nset-cookie: x=1' } } }, 'fault.headers'],
    [{ fault: { type: 'status', status: 500, headers: { 'content-length': '1' } } }, 'fault.headers'],
    [{ fault: { type: 'html', status: 1e6 } }, 'fault.status'],
    [{ fault: { type: 'html', html: 5 } }, 'fault.html'],
    [{ fault: { type: 'rateLimit', retryAfter: -5 } }, 'fault.retryAfter'],
    [{ fault: { type: 'rateLimit', retryAfter: 1e9 } }, 'fault.retryAfter'],
    [{ fault: { type: 'unauthorized', message: { text: 'x' } } }, 'fault.message'],
    [{ fault: { type: 'drop', ms: 5 } }, 'fault.ms'],
    [{ fault: { type: 'explode' } }, 'fault.type'],
    [{ fault: { type: 'constructor' } }, 'fault.type'],
    [{ fault: 'drop' }, 'fault'],
    [{}, 'fault'],
    [{ fault: { type: 'drop' }, times: 0 }, 'times'],
    [{ fault: { type: 'drop' }, times: 1e12 }, 'times'],
    [{ fault: { type: 'drop' }, times: 1.5 }, 'times'],
    [{ fault: { type: 'drop' }, times: 'forever' }, 'times'],
    [{ fault: { type: 'drop' }, route: 5 }, 'route'],
    [{ fault: { type: 'drop' }, route: 'nope' }, 'route'],
    [{ fault: { type: 'drop' }, when: 'now' }, 'when'],
  ])('POST /_fake/faults %j → 400 naming %s; nothing is injected', async (body, field) => {
    const { url } = await start();
    const response = await fetch(`${url}/_fake/faults`, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(field);
    expect(fake?.service.faults.list()).toEqual([]);
  });

  it('POST /_fake/faults accepts the bounds', async () => {
    const { url } = await start();
    const post = (body: unknown) => fetch(`${url}/_fake/faults`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ fault: { type: 'latency', ms: 60_000 }, route: 'logout' })).status).toBe(200);
    expect((await post({ fault: { type: 'latency', ms: 0 }, times: 1000 })).status).toBe(200);
    expect((await post({ fault: { type: 'status', status: 503, body: { message: 'Down' }, headers: { 'retry-after': '5' } }, times: 'always' })).status).toBe(200);
    expect((await post({ fault: { type: 'rateLimit', retryAfter: 86_400, message: 'Wait' } })).status).toBe(200);
    expect(fake?.service.faults.list()).toHaveLength(4);
  });

  it.each([['to', 'x'.repeat(300)], ['kind', 'login otp'], ['kind', 'x'.repeat(100)]])('GET /_fake/inbox refuses ?%s=%j', async (name, value) => {
    const { url } = await start();
    const response = await fetch(`${url}/_fake/inbox?${name}=${encodeURIComponent(value)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(name);
  });

  it('POST /_fake/reset brings back the seeds and drops sessions', async () => {
    const { url } = await start();
    const client = fakeClient(url);
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    await client.addEmail({ body: { email: 'ana.new@example.com' } });
    expect(fake?.service.findUser('ana.new@example.com')).toBeDefined();
    expect((await fetch(`${url}/_fake/reset`, { method: 'POST' })).status).toBe(200);
    expect(fake?.service.users.map((user) => user.first_name)).toEqual(['Ana', 'Ben', 'Lee']);
    expect(fake?.service.findUser('ana.new@example.com')).toBeUndefined();
    expect(fake?.service.inbox).toEqual([]);
    expect(await rejectionOf(client.getLoggedInUser())).toBeInstanceOf(FdkUnauthorizedError);
  });
});
