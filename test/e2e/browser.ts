import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of each step, kept as CI artifacts (git-ignored). */
export const screenshotDir = path.join(here, '__screenshots__');

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export const launch: () => Promise<Browser> = launchChromium;

/** A fresh page on the demo (its own fake service: the page's MSW worker starts a new one per load). */
export async function openDemo(browser: Browser, pathname = '/'): Promise<{ page: Page; shot: (name: string) => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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

/** The newest code in the demo's dev inbox. */
export async function latestInboxCode(page: Page): Promise<string> {
  const code = page.getByTestId('inbox-code').first();
  await code.waitFor();
  return (await code.textContent())!.trim();
}
