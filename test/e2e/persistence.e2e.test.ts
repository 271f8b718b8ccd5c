import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUrl, expectHeading, expectSignedInAs, fakeServerUrl, inboxCode, launch, openDemo, openTab, pathOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function signIn(page: Page) {
  await page.getByLabel('Email or mobile number').fill('ana@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your profile' }).waitFor();
}

/** The seconds the OTP step's resend button says are left (`Resend code in 27s`). */
async function resendSecondsLeft(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: /^Resend code in \d+s$/ });
  await button.waitFor();
  expect(await button.getAttribute('aria-disabled')).toBe('true');
  return Number(/(\d+)s$/.exec((await button.textContent()) ?? '')?.[1]);
}

describe('the fake’s state lasts: reloads, tabs, links opened in a new page load', () => {
  it('a reload of /account keeps the session and the saved profile edits', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await signIn(page);
    await page.getByLabel('First name').fill('Anaya');
    await page.getByLabel('Last name').fill('Rao-Sen');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();

    await page.reload();
    await expectSignedInAs(page, 'Anaya');
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    expect(pathOf(page)).toBe('/account');
    expect(await page.getByLabel('First name').inputValue()).toBe('Anaya');
    expect(await page.getByLabel('Last name').inputValue()).toBe('Rao-Sen');
    await shot('reloaded-account');
  });

  it('a second tab of the same browser is signed in too, and sees the edits of the first', async () => {
    const { page } = await openDemo(browser, '/login?redirectUrl=/account');
    await signIn(page);
    await page.getByLabel('First name').fill('Anaya');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();

    const tab = await openTab(page.context(), '/account');
    await expectSignedInAs(tab, 'Anaya');
    expect(await tab.getByLabel('First name').inputValue()).toBe('Anaya');
    // A code sent from the second tab is in the first tab's dev inbox, without a reload (one state).
    await tab.getByRole('textbox', { name: 'Email address' }).fill('anaya@example.com');
    await tab.getByRole('button', { name: 'Add email address' }).click();
    await tab.getByText('anaya@example.com has been added.').waitFor();
    expect(await inboxCode(page, 'anaya@example.com')).toBe(await inboxCode(tab, 'anaya@example.com'));
    // Signing out in the second tab signs out the first one's next check too (one session, one state).
    await tab.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await tab.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByText('Sign in to see your profile.').waitFor();
    expect(await page.getByTestId('dev-session').textContent()).toBe('signedOut');
  });

  it('an inbox link opened by a full page load (not a click in the page) is accepted', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await signIn(page);
    await page.getByRole('textbox', { name: 'Email address' }).fill('ana.new@example.com');
    await page.getByRole('button', { name: 'Add email address' }).click();
    await page.getByText('ana.new@example.com has been added.').waitFor();
    const link = (await page.getByTestId('inbox').locator('li', { hasText: 'ana.new@example.com' }).getByTestId('inbox-link').getAttribute('href'))!;
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);

    await page.goto(link);
    await expectHeading(page, 'Verify your email address');
    await page.getByText('Your email address is verified.').waitFor();
    await shot('link-after-load');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    // The account shows what the link verified, at once (the session read with the page load is read again).
    await page.locator('li', { hasText: 'ana.new@example.com' }).getByText('Verified', { exact: true }).waitFor();
    // And the service kept it: a new page load shows it too.
    await page.reload();
    await page.locator('li', { hasText: 'ana.new@example.com' }).getByText('Verified', { exact: true }).waitFor();
    await expectSignedInAs(page, 'Ana');
  });

  it('a reload in the middle of an OTP wait brings the code step back, countdown running, and the code sent signs in', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await page.getByRole('button', { name: 'One-time code' }).click();
    await page.getByLabel('Mobile number').fill('98765 43210');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectHeading(page, 'Enter the code');
    // Let the countdown move, so that a countdown started again (30s) would show.
    await expect.poll(() => resendSecondsLeft(page), { timeout: 10_000 }).toBeLessThanOrEqual(28);
    const before = await resendSecondsLeft(page);

    await page.reload();
    await expectHeading(page, 'Enter the code');
    await page.getByText('We sent a code to +91 9876543210.').waitFor();
    const after = await resendSecondsLeft(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(before);
    await shot('otp-after-reload');

    await page.getByLabel('One-time code').fill(await inboxCode(page, '+91 9876543210'));
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    expect(pathOf(page)).toBe('/account');
    await expectSignedInAs(page, 'Ana');
  });

  it('the session cookie: HttpOnly from the fake server; a page cookie under MSW (documented)', async () => {
    const { page } = await openDemo(browser, '/login?redirectUrl=/account');
    await signIn(page);
    const [cookie] = (await page.context().cookies()).filter((entry) => entry.name === 'fdk_session');
    const visible = await page.evaluate(() => document.cookie);
    if (fakeServerUrl()) {
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', domain: '127.0.0.1' });
      expect(visible).not.toContain('fdk_session');
      expect(await page.getByTestId('dev-mode').textContent()).toContain('The fake server');
      // No service worker answers in this mode: the page's calls go over HTTP to its origin.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
    } else {
      expect(cookie).toMatchObject({ httpOnly: false, path: '/' });
      expect(visible).toContain(`fdk_session=${cookie!.value}`);
      expect(await page.getByTestId('dev-mode').textContent()).toContain('The fake in this page');
    }
  });

  it('“Reset the fake service” signs out, empties the inbox and drops the kit’s cache, for this load and the next', async () => {
    const { page } = await openDemo(browser, '/login?redirectUrl=/account');
    await signIn(page);
    await page.getByRole('textbox', { name: 'Email address' }).fill('ana.new@example.com');
    await page.getByRole('button', { name: 'Add email address' }).click();
    await page.getByTestId('inbox').locator('li', { hasText: 'ana.new@example.com' }).waitFor();

    await page.getByRole('button', { name: 'Reset the fake service' }).click();
    await page.getByText('Sign in to see your profile.').waitFor();
    expect(await page.getByTestId('dev-session').textContent()).toBe('signedOut');
    await page.getByText('Nothing sent yet.').waitFor();
    await page.reload();
    await page.getByText('Sign in to see your profile.').waitFor();
    expect(await page.getByTestId('inbox').locator('li').count()).toBe(0);
    // Ana as seeded: the email added before the reset is gone.
    await page.goto(demoUrl('/login?redirectUrl=/account'));
    await signIn(page);
    await page.locator('li', { hasText: 'ana@example.com' }).getByText('Primary', { exact: true }).waitFor();
    expect(await page.locator('li', { hasText: 'ana.new@example.com' }).count()).toBe(0);
  });
});
