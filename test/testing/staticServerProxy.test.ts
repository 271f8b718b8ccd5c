import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { startFakeUserServer, type FakeUserServer } from '../../src/testing/index';

const loginPath = '/service/application/user/authentication/v1.0/login/password';
const resetPath = '/service/application/user/authentication/v1.0/login/password/reset';
const json = { 'content-type': 'application/json' };

let dir: string;
let fake: FakeUserServer;
let site: { url: string; close: () => Promise<void> };
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'static-proxy-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>shop</title>');
  fake = await startFakeUserServer();
  site = await serveStatic(dir, { spa: true, proxy: { '/service/': fake.url, '/_fake/': fake.url } });
});
afterEach(async () => {
  await site.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('serveStatic with a proxy (the storefront origin in front of the fake server)', () => {
  it('forwards the API and control paths as they come, and their answers with the HttpOnly cookie', async () => {
    const login = await fetch(`${site.url}${loginPath}`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'ana@example.com', password: 'Passw0rd!' }) });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { user: { first_name: string } }).user.first_name).toBe('Ana');
    const [cookie] = login.headers.getSetCookie();
    expect(cookie).toMatch(/^fdk_session=fake-\d+-1; Path=\/; HttpOnly; SameSite=Lax$/);

    const session = await fetch(`${site.url}/service/application/user/authentication/v1.0/session`, { headers: { cookie: cookie!.split(';')[0]! } });
    expect(((await session.json()) as { user: { email?: string; first_name: string } }).user.first_name).toBe('Ana');
    // The rest is the site's: index.html for the app's paths.
    expect(await (await fetch(`${site.url}/account`)).text()).toContain('<title>shop</title>');
  });

  it('keeps the Host: the links the fake server writes are on the site’s origin', async () => {
    await fetch(`${site.url}${resetPath}`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'ana@example.com' }) });
    const inbox = (await (await fetch(`${site.url}/_fake/inbox?to=ana@example.com`)).json()) as { messages: { link?: string }[] };
    expect(inbox.messages[0]?.link).toMatch(new RegExp(`^${site.url}/auth/set-password\\?code=rp\\d+$`));
  });

  it('a connection the server drops is dropped here too; a server that is not there answers 502', async () => {
    await fetch(`${site.url}/_fake/faults`, { method: 'POST', headers: json, body: JSON.stringify({ route: 'loginWithEmailAndPassword', fault: { type: 'drop' } }) });
    await expect(fetch(`${site.url}${loginPath}`, { method: 'POST', headers: json, body: '{}' })).rejects.toThrow(TypeError);

    const nowhere = await serveStatic(dir, { proxy: { '/service/': `http://127.0.0.1:${await closedPort()}` } });
    try {
      const answer = await fetch(`${nowhere.url}${loginPath}`, { method: 'POST', headers: json, body: '{}' });
      expect(answer.status).toBe(502);
      expect(await answer.text()).toMatch(/^Bad gateway: nothing listens at http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await nowhere.close();
    }
  });
});
