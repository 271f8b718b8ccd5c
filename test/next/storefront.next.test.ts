import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

/** The examples/next-app-router storefront, `next start`ed by globalSetup.ts in front of the fake User service. */
const site = inject('nextUrl');
const API = '/service/application/user/';
const SESSION_PATH = `${API}authentication/v1.0/session`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Errors the page threw or logged (a hydration mismatch is one), checked after every test. */
let pageErrors: string[];

/** The fake's seeded avatar lives on cdn.example.com, which this machine cannot reach: not the storefront's error. */
const offSite = (url: string) => url !== '' && !url.startsWith(site);

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !offSite(message.location().url)) pageErrors.push(`${message.text()} (${message.location().url})`);
  });
});
afterAll(() => browser?.close());

/** The API requests the browser sends from now on (to the storefront's own `/service/application/user/*`). */
function recordApiRequests(target: Page): { paths: string[]; stop: () => void } {
  const paths: string[] = [];
  const listener = (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith(API)) paths.push(`${request.method()} ${url.pathname}`);
  };
  target.on('request', listener);
  return { paths, stop: () => target.off('request', listener) };
}

/** Resolves once React has hydrated this element (its props are attached) and it is enabled: the shopper can type. */
async function waitUntilTypeable(target: Page, selector: string): Promise<void> {
  await target.waitForFunction((css) => {
    const element = document.querySelector<HTMLInputElement>(css);
    return !!element && !element.disabled && Object.keys(element).some((key) => key.startsWith('__reactProps$'));
  }, selector);
}

/** The first match of `pattern` in `html` (short failure messages, not the whole page). */
const find = (html: string, pattern: RegExp) => html.match(pattern)?.[0] ?? `no match for ${pattern} in ${html.length} characters`;

/** The browser's cookies for the storefront, as a `cookie` header. */
async function cookieHeader(): Promise<string> {
  return (await context.cookies(site)).map(({ name, value }) => `${name}=${value}`).join('; ');
}

const pathOf = (target: Page) => new URL(target.url()).pathname + new URL(target.url()).search;

describe('the Next.js App Router storefront (examples/next-app-router)', () => {
  it('/login is server-rendered with the PlatformSchema: no API request before the shopper can type', async () => {
    const requests = recordApiRequests(page);
    const scripts: Promise<{ url: string; raw: number; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length })));
    });

    await page.goto(`${site}/login`);
    await waitUntilTypeable(page, 'input[name="identifier"]');
    const beforeTyping = requests.paths.length;
    await page.waitForLoadState('networkidle');
    requests.stop();
    page.removeAllListeners('response');

    const loaded = await Promise.all(scripts);
    const sum = (key: 'raw' | 'gzip') => loaded.reduce((total, script) => total + script[key], 0);
    console.log(
      `next-example: /login — ${beforeTyping} API requests before the shopper can type, ${requests.paths.length} by network idle; ` +
        `${loaded.length} scripts, ${(sum('raw') / 1024).toFixed(1)} kB (${(sum('gzip') / 1024).toFixed(1)} kB gzip)`,
    );
    expect(requests.paths).toEqual([]);
    expect(beforeTyping).toBe(0);
    expect(loaded.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await expect(page.getByText('Login to Fynd').isVisible()).resolves.toBe(true);

    // The form is in the server's HTML: the config was there before any JavaScript ran.
    const html = await (await fetch(`${site}/login`)).text();
    expect(find(html, /<input[^>]*name="identifier"[^>]*>/)).toContain('autoComplete="username"');
    expect(find(html, /<input[^>]*name="password"[^>]*>/)).toContain('autoComplete="current-password"');
    expect(find(html, /<h1[^>]*>[^<]*<\/h1>/)).toMatch(/>Sign in<\/h1>$/);
    expect(find(html, /<p class="fdk-subtitle"[^>]*>[^<]*<\/p>/)).toBe('<p class="fdk-subtitle">Login to Fynd</p>'); // the config's `subtext`
  });

  it('signs in with the password and lands on /account, rendered on the server with the shopper’s name', async () => {
    await page.goto(`${site}/login?redirectUrl=/account`);
    await waitUntilTypeable(page, 'input[name="identifier"]');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-name').waitFor();
    expect(pathOf(page)).toBe('/account');
    expect(await page.getByTestId('account-name').textContent()).toBe('Ana Rao');
    await page.getByRole('link', { name: 'Hello, Ana' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();

    // A full load of /account with the browser's cookie: the server checked the session and wrote the name.
    const cookie = await cookieHeader();
    expect(cookie).toMatch(/fdk_session=/);
    const answer = await fetch(`${site}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(find(html, /<strong data-testid="account-name">[^<]*<\/strong>/)).toBe('<strong data-testid="account-name">Ana Rao</strong>');
    // The header, from the session the layout found, and ProfileScreen rendered on the server with it.
    expect(find(html, /<nav aria-label="Account"[^>]*>.*?<\/nav>/)).toContain('>Hello, <!-- -->Ana</a>');
    expect(find(html, /<p class="fdk-profile-name"[^>]*>[^<]*<\/p>/)).toMatch(/>Ana Rao<\/p>$/);

    // Signed in, /login goes on at once, to a same-origin path only.
    const login = await fetch(`${site}/login?redirectUrl=//evil.example/x`, { headers: { cookie }, redirect: 'manual' });
    expect(login.status).toBe(307);
    expect(login.headers.get('location')).toBe('/account');
    expect(pageErrors).toEqual([]);
  });

  it('a reload of /account shows the name at once and does not ask the API for the session again', async () => {
    const requests = recordApiRequests(page);
    await page.reload();
    expect(await page.getByTestId('account-name').textContent()).toBe('Ana Rao');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await waitUntilTypeable(page, 'input[name="first_name"]');
    await page.waitForLoadState('networkidle');
    requests.stop();
    console.log(`next-example: /account reload — API requests: ${requests.paths.length ? requests.paths.join(', ') : 'none'}`);
    expect(requests.paths.filter((request) => request.endsWith(SESSION_PATH))).toEqual([]);
    expect(await page.getByLabel('First name').inputValue()).toBe('Ana');
    expect(pageErrors).toEqual([]);
  });

  it('signs out from the header: /account then redirects to /login on the server', async () => {
    const cookie = await cookieHeader();
    await page.getByTestId('session').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(pathOf(page)).toBe('/login?redirectUrl=/account');
    await waitUntilTypeable(page, 'input[name="identifier"]');
    expect(await page.getByRole('link', { name: /Hello/ }).count()).toBe(0);

    // The old session is over: the server sends its cookie to /login; so does a new visit.
    const answer = await fetch(`${site}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(answer.status).toBe(307);
    expect(answer.headers.get('location')).toBe('/login?redirectUrl=/account');
    await page.goto(`${site}/account`);
    expect(pathOf(page)).toBe('/login?redirectUrl=/account');
    await page.goto(`${site}/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
