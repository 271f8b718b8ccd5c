import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectSignedInAs, inboxCode, launch, openDemo, pathOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('Fynd’s sequences on the demo storefront (flows.md)', () => {
  it('OTP sign-in with a new number goes through complete profile and the email code, then signs in', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'One-time code' }).click();
    await page.getByLabel('Mobile number').fill('9123456780');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('One-time code').fill(await inboxCode(page, '+91 9123456780'));
    await expectHeading(page, 'Complete your profile');
    await expect(page.getByText('Signing up with +91 9123456780').isVisible()).resolves.toBe(true);
    await page.getByLabel('First name').fill('Kavya');
    await page.getByLabel('Last name').fill('Iyer');
    await page.getByLabel('Email address').fill('kavya@example.com');
    await shot('complete-profile');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Verify your details');
    await page.getByLabel('Code sent by email').fill(await inboxCode(page, 'kavya@example.com'));
    await expectSignedInAs(page, 'Kavya');
    expect(pathOf(page)).toBe('/');
  });

  it('registration signs in only after "verify both": the mobile code, then the email code', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await expectHeading(page, 'Create an account');
    await page.getByLabel('First name').fill('Zoë');
    await page.getByLabel('Last name').fill('Ray');
    await page.getByLabel('Email address').fill('zoe@example.com');
    await page.getByLabel('Mobile number').fill('9988776655');
    await page.getByLabel('Password', { exact: true }).fill('Zo3#secret');
    await page.getByLabel('Confirm password').fill('Zo3#secret');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(page, 'Verify your details');
    // Not signed in yet: registering answered codes to verify, not a session.
    expect(await page.getByTestId('dev-session').textContent()).toBe('signedOut');
    await shot('verify-both');
    await page.getByLabel('Code sent by SMS').fill(await inboxCode(page, '+91 9988776655'));
    await page.getByText('Mobile number verified.').waitFor();
    expect(await page.getByTestId('dev-session').textContent()).toBe('signedOut');
    await page.getByLabel('Code sent by email').fill(await inboxCode(page, 'zoe@example.com'));
    await expectSignedInAs(page, 'Zoë');
  });

  it('a disabled account lands on the "account disabled" step, from a password sign-in', async () => {
    const { page, shot } = await openDemo(browser, '/login');
    await page.getByLabel('Email or mobile number').fill('locked@example.com');
    await page.getByLabel('Password', { exact: true }).fill('L0cked!pass');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'Account disabled');
    await page.getByText('This account has been disabled, so it cannot sign in.').waitFor();
    await expect(page.getByRole('link', { name: 'support@acme.example' }).isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('dev-session').textContent()).toBe('signedOut');
    await shot('locked');
  });

  it('an email verification link opened from the dev inbox verifies the address', async () => {
    const { page, shot } = await openDemo(browser, '/login?redirectUrl=/account');
    await page.getByLabel('Email or mobile number').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByRole('textbox', { name: 'Email address' }).fill('ana.new@example.com');
    await page.getByRole('button', { name: 'Add email address' }).click();
    await page.getByText('ana.new@example.com has been added.').waitFor();
    const link = page.getByTestId('inbox').locator('li', { hasText: 'ana.new@example.com' }).getByTestId('inbox-link');
    expect(new URL((await link.getAttribute('href'))!).pathname).toBe('/auth/verify-email');
    await link.click();
    await expectHeading(page, 'Verify your email address');
    await page.getByText('Your email address is verified.').waitFor();
    expect(pathOf(page)).toBe('/auth/verify-email');
    await shot('verify-link');
    await page.getByRole('button', { name: 'Continue' }).click();
    const entry = page.locator('li', { hasText: 'ana.new@example.com' });
    await entry.getByText('Verified', { exact: true }).waitFor();
  });
});

describe('the headless parts in a design of the app’s own (/custom)', () => {
  it('signs in by OTP through the custom design, on the same sequence', async () => {
    const { page, shot } = await openDemo(browser, '/custom');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await page.getByRole('button', { name: 'With a code' }).click();
    await page.getByLabel('Mobile number').fill('9876543210');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your phone' }).waitFor();
    await shot('custom');
    await page.getByLabel('One-time code').fill(await inboxCode(page, '+91 9876543210'));
    await expectSignedInAs(page, 'Ana');
  });
});
