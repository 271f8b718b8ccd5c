import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectSignedInAs, inboxCode, launch, openDemo, pathOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('signing in on the demo storefront', () => {
  it('by mobile OTP (4 digits, from the dev inbox), back to the page asked for', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await page.getByRole('button', { name: 'One-time code' }).click();
    await page.getByLabel('Mobile number').fill('98765 43210');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expectHeading(page, 'Enter the code');
    await expect(page.getByText('We sent a code to +91 9876543210.').isVisible()).resolves.toBe(true);
    const code = await inboxCode(page, '+91 9876543210');
    expect(code).toMatch(/^\d{4}$/);
    await shot('otp');
    await page.getByLabel('One-time code').fill(code);
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    expect(pathOf(page)).toBe('/account');
    await expectSignedInAs(page, 'Ana');
  });

  it('by password, to the home page', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectSignedInAs(page, 'Ana');
    expect(pathOf(page)).toBe('/');
    await shot('password');
  });

  it('a wrong password says so in the kit’s words, and keeps what was typed', async () => {
    const { page } = await openDemo(browser, '/login');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Wrong#pass1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email, mobile number or password is not right.' }).waitFor();
    expect(await page.getByLabel('Email or mobile number').inputValue()).toBe('ana@example.com');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('Wrong#pass1');
  });

  it('by OTP with the keyboard only', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
    for (let i = 0; i < 25 && (await focused()) !== 'One-time code'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('One-time code');
    await page.keyboard.press('Enter');
    const label = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    for (let i = 0; i < 5 && !(await label()).startsWith('Mobile number'); i += 1) await page.keyboard.press('Tab');
    expect(await label()).toMatch(/^Mobile number/);
    await page.keyboard.type('9876543210');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Enter the code');
    // Focus moved to the step's heading; the code field is the next stop.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const code = await inboxCode(page, '+91 9876543210');
    for (let i = 0; i < 5 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.autocomplete)) !== 'one-time-code'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.type(code);
    await expectSignedInAs(page, 'Ana');
    await shot('keyboard');
  });

  it('forgot password: the code from the email, a new password meeting Fynd’s rule, then sign in with it', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Forgot password?' }).click();
    await expectHeading(page, 'Reset your password');
    await page.getByLabel('Email address').fill('ana@example.com');
    await page.getByRole('button', { name: 'Send reset code' }).click();
    await page.getByLabel('Reset code').fill(await inboxCode(page, 'ana@example.com'));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('New password', { exact: true }).fill('weakpass');
    await page.getByLabel('Confirm new password').fill('weakpass');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Use at least 8 characters, with a letter (A–Z), a digit and a special character, and no spaces.').first().waitFor();
    await page.getByLabel('New password', { exact: true }).fill('N3w#Passw0rd');
    await page.getByLabel('Confirm new password').fill('N3w#Passw0rd');
    await shot('forgot');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expectSignedInAs(page, 'Ana');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('N3w#Passw0rd');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectSignedInAs(page, 'Ana');
  });

  it('after logout, the account page asks to sign in, in a dialog', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByText('Sign in to see your profile.').waitFor();
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email or mobile number').waitFor();
    expect(await dialog.evaluate((element) => element.tagName)).toBe('DIALOG');
    await shot('logout');
  });
});
