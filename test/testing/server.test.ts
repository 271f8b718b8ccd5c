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
import { fakeClient, rejectionOf } from './helpers';

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

describe('CORS', () => {
  it('answers preflights and reflects the Origin with credentials', async () => {
    const { url } = await start();
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
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
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
