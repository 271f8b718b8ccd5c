import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of each step, kept as CI artifacts (git-ignored). */
export const screenshotDir = path.join(here, '__screenshots__');

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export const launch: () => Promise<Browser> = launchChromium;

/**
 * The fake User server behind the demo's origin in the `e2e-server` project (the demo built with
 * VITE_FDK_FAKE=server, no MSW), or `undefined` in the `e2e` project (the fake in the page, MSW).
 */
export const fakeServerUrl = (): string | undefined => inject('fakeUrl');

/** A URL of the demo. */
export const demoUrl = (pathname = '/') => `${inject('demoUrl')}${pathname}`;

/**
 * A fresh page on the demo, at a viewport width. Each page has its own browser context (cookies, storages): in the
 * `e2e` project its own fake service; in `e2e-server` the one fake server, reset to its seeds first (the files of
 * that project run one at a time).
 */
export async function openDemo(browser: Browser, pathname = '/', width = 1280): Promise<{ page: Page; shot: (name: string) => Promise<void> }> {
  const fake = fakeServerUrl();
  if (fake) expect((await fetch(`${fake}/_fake/reset`, { method: 'POST' })).status).toBe(200);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(demoUrl(pathname));
  await page.getByTestId('dev-session').waitFor();
  mkdirSync(screenshotDir, { recursive: true });
  let step = 0;
  return {
    page,
    shot: async (name: string) => {
      step += 1;
      await page.screenshot({ path: path.join(screenshotDir, `${name}-${String(step).padStart(2, '0')}.png`), fullPage: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** Another tab of the same browser (a second page of the context: same cookies and storages) on a path of the demo. */
export async function openTab(context: BrowserContext, pathname: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(demoUrl(pathname));
  await page.getByTestId('dev-session').waitFor();
  expect(errors).toEqual([]);
  return page;
}

/**
 * The newest code in the demo's dev inbox sent to `to` (an address, or a number as `+91 …`). The dev panel shows
 * the inbox in both projects: from the page's fake (MSW) or from the fake server's `/_fake/inbox`.
 */
export async function inboxCode(page: Page, to: string): Promise<string> {
  const item = page.getByTestId('inbox').locator('li', { hasText: to }).first();
  await item.waitFor();
  const code = (await item.getByTestId('inbox-code').textContent())!.trim();
  expect(code).toMatch(/^\w+$/);
  return code;
}

/** The text of the page's `h1` once it reads `text` (the step heading). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(text);
}

/** What the demo header says of the session (`Hello, Ana` when signed in, a link "Sign in" when not). */
export async function expectSignedInAs(page: Page, name: string): Promise<void> {
  await page.getByText(`Hello, ${name}`).waitFor();
  expect(await page.getByTestId('dev-session').textContent()).toBe(`signed in as ${name}`);
}

/** The page's path. */
export const pathOf = (page: Page) => new URL(page.url()).pathname;
