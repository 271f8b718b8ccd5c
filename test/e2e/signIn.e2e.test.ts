import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestInboxCode, launch, openDemo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the demo storefront in Chromium', () => {
  it('signs in by mobile OTP read from the dev inbox', async () => {
    const { page, shot } = await openDemo(browser, '/login?next=/account');
    await page.getByRole('button', { name: 'One-time code' }).click();
    await page.getByLabel('Email or mobile number').fill('9876543210');
    await shot('otp');
    await page.getByRole('button', { name: 'Send code' }).click();
    const code = await latestInboxCode(page);
    expect(code).toMatch(/^\d{6}$/);
    await shot('otp');
    await page.getByLabel('One-time code').fill(code);
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await expect(page.getByTestId('dev-session').textContent()).resolves.toBe('signed in as Ana');
    expect(new URL(page.url()).pathname).toBe('/account');
    await shot('otp');
  });

  it('signs in by password', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Hello, Ana').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await shot('password');
  });

  it('registers a new user with the soft mobile field skipped', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('First name').fill('Zoë');
    await page.getByLabel('Email address').fill('zoe@example.com');
    await page.getByLabel('Password', { exact: true }).fill('a long pass phrase');
    await shot('register');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByText('Hello, Zoë').waitFor();
    await shot('register');
  });

  it('resets a forgotten password with the code from the inbox, then signs in with it', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email address').fill('ana@example.com');
    await page.getByRole('button', { name: 'Send reset code' }).click();
    await page.getByLabel('One-time code').fill(await latestInboxCode(page));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('New password', { exact: true }).fill('A new passw0rd');
    await page.getByLabel('Confirm new password').fill('A new passw0rd');
    await shot('forgot');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Hello, Ana').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('A new passw0rd');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Hello, Ana').waitFor();
    await shot('forgot');
  });

  it('after logout, the account page asks to sign in', async () => {
    const { page, shot } = await openDemo(browser, '/login?next=/account');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByText('Sign in to see your profile.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('dialog').getByLabel('Email or mobile number').waitFor();
    await shot('logout');
  });

  it('signs in by OTP with the keyboard only', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // Start from the top of the page, as a keyboard user arrives.
    await page.keyboard.press('Tab');
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    for (let i = 0; i < 20 && (await focusedName()) !== 'One-time code'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('One-time code');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i += 1) {
      const label = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
      if (label.startsWith('Email or mobile number')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('9876543210');
    await page.keyboard.press('Enter');
    const code = await latestInboxCode(page);
    await page.getByLabel('One-time code').waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.autocomplete)).resolves.not.toBe('one-time-code');
    for (let i = 0; i < 10; i += 1) {
      if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.autocomplete)) === 'one-time-code') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(code);
    await page.getByText('Hello, Ana').waitFor();
    await shot('keyboard');
  });
});

describe('the headless parts in a design of the app’s own (/custom)', () => {
  it('signs in by OTP through the custom design', async () => {
    const { page, shot } = await openDemo(browser, '/custom');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await page.getByRole('button', { name: 'With a code' }).click();
    await page.getByLabel('Email or mobile number').fill('9876543210');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your phone' }).waitFor();
    await shot('custom');
    const code = await latestInboxCode(page);
    await page.getByLabel('One-time code').fill(code);
    await page.getByText('Hello, Ana').waitFor();
    await shot('custom');
  });
});

describe('the account page', () => {
  async function signedInAccount() {
    const opened = await openDemo(browser, '/login?next=/account');
    const { page } = opened;
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    return opened;
  }

  it('edits the name, adds an email, verifies it with the code from the inbox and makes it primary', async () => {
    const { page, shot } = await signedInAccount();
    const first = page.getByLabel('First name');
    await first.fill('Anaya');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();
    await page.getByText('Hello, Anaya').waitFor();
    await shot('account');
    await page.getByRole('textbox', { name: 'Email address' }).fill('anaya@example.com');
    await page.getByRole('button', { name: 'Add email address' }).click();
    await page.getByText('anaya@example.com has been added.').waitFor();
    const added = page.locator('li', { hasText: 'anaya@example.com' });
    await added.getByLabel(/Code from the link/).fill(await latestInboxCode(page));
    await added.getByRole('button', { name: 'Verify anaya@example.com' }).click();
    await page.getByText('anaya@example.com is now verified.').waitFor();
    await page.getByRole('button', { name: 'Make primary anaya@example.com' }).click();
    await page.getByText('anaya@example.com is now your primary email address.').waitFor();
    await shot('account');
  });

  it('a 500 in the middle of an edit keeps the typed values, and saving again works', async () => {
    const { page, shot } = await signedInAccount();
    await page.getByLabel('Fault on every call').selectOption('server error (500)');
    await page.getByLabel('First name').fill('Anaya');
    await page.getByLabel('Last name').fill('Rao-Sen');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').filter({ hasText: 'We could not complete this right now' }).waitFor();
    expect(await page.getByLabel('First name').inputValue()).toBe('Anaya');
    expect(await page.getByLabel('Last name').inputValue()).toBe('Rao-Sen');
    await shot('fault');
    await page.getByLabel('Fault on every call').selectOption('none');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();
    await page.getByText('Hello, Anaya').waitFor();
  });
});
