import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of each step, kept as CI artifacts (git-ignored). */
export const screenshotDir = path.join(here, '__screenshots__');

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export const launch: () => Promise<Browser> = launchChromium;

/** A fresh page on the demo (its own fake service), at a viewport width. */
export async function openDemo(browser: Browser, pathname = '/', width = 1280): Promise<{ page: Page; shot: (name: string) => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('demoUrl')}${pathname}`);
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

/** The newest code in the demo's dev inbox sent to `to` (an address, or a number as `+91 …`). */
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
