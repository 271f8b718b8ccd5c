import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutProblems } from '../../stories/support/layoutProblems';
import path from 'node:path';
import { demoUrl, launch, openDemo, screenshotDir } from './browser';

/*
 * The demo's routes hold the layout rule (stories/support/layoutProblems.ts: no sideways scroll, no control past
 * its container, no overlap) at a phone's and a laptop's width, light and dark, in English, Hindi and Arabic
 * (right-to-left): /login and /custom signed out, /account signed in.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const widths = [360, 1280];
const schemes = ['light', 'dark'] as const;
const languages = ['en', 'hi', 'ar'];

/** Opens a route in a language and checks every width × scheme; returns the problems found, each with where. */
async function problemsOf(page: Page, route: string, lang: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  await page.goto(demoUrl(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`));
  await page.getByTestId('dev-session').waitFor();
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  const problems: string[] = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const found = await page.evaluate(layoutProblems, 'body');
      problems.push(...found.map((problem) => `${route} ${lang} ${width}px ${scheme}: ${problem}`));
      // For review (CI artifacts, git-ignored): each page on a phone in light, on a laptop in dark.
      if ((width === 360) === (scheme === 'light')) await page.screenshot({ path: path.join(screenshotDir, `layout${route.replace(/\W+/g, '-')}-${lang}-${width}-${scheme}.png`), fullPage: true });
    }
  }
  return problems;
}

const formShown = (page: Page) => page.locator('form').first().waitFor();

describe('the demo’s pages at every width, scheme and language', () => {
  it('holds on /login and /custom signed out, and on /account signed in', async () => {
    const { page } = await openDemo(browser, '/login');
    const problems: string[] = [];
    for (const lang of languages) {
      problems.push(...(await problemsOf(page, '/login', lang, formShown)));
      problems.push(...(await problemsOf(page, '/custom', lang, formShown)));
    }
    await page.goto(demoUrl('/login?redirectUrl=/account'));
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    for (const lang of languages) {
      problems.push(...(await problemsOf(page, '/account', lang, (shown) => shown.locator('.fdk-profile input[autocomplete="given-name"]').waitFor())));
    }
    expect(problems).toEqual([]);
  });
});
