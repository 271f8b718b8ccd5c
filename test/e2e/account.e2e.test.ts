import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSignedInAs, inboxCode, launch, openDemo } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function signedInAccount() {
  const opened = await openDemo(browser, '/login?redirectUrl=/account');
  const { page } = opened;
  await page.getByLabel('Email or mobile number').fill('ana@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your profile' }).waitFor();
  return opened;
}

describe('the account page', () => {
  it('edits the name, adds an email, verifies it with the code from the inbox and makes it primary', async () => {
    const { page, shot } = await signedInAccount();
    await page.getByLabel('First name').fill('Anaya');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();
    await expectSignedInAs(page, 'Anaya');
    await page.getByRole('textbox', { name: 'Email address' }).fill('anaya@example.com');
    await page.getByRole('button', { name: 'Add email address' }).click();
    await page.getByText('anaya@example.com has been added.').waitFor();
    const added = page.locator('li', { hasText: 'anaya@example.com' }).filter({ has: page.getByRole('button') });
    await added.getByLabel(/Code from the link/).fill(await inboxCode(page, 'anaya@example.com'));
    await added.getByRole('button', { name: 'Verify anaya@example.com' }).click();
    await page.getByText('anaya@example.com is now verified.').waitFor();
    await page.getByRole('button', { name: 'Make primary anaya@example.com' }).click();
    await page.getByText('anaya@example.com is now your primary email address.').waitFor();
    expect(await page.locator('li', { hasText: 'anaya@example.com' }).filter({ has: page.getByRole('button') }).getByText('Primary', { exact: true }).isVisible()).toBe(true);
    await shot('account');
  });

  it('a 500 in the middle of an edit keeps the typed values, and saving again works', async () => {
    const { page, shot } = await signedInAccount();
    await page.getByLabel('Fault on every call').selectOption('server error (500)');
    await page.getByLabel('First name').fill('Anaya');
    await page.getByLabel('Last name').fill('Rao-Sen');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The profile form's own alert (the other sections' lists may fail on the same fault).
    await page.locator('form', { has: page.getByLabel('First name') }).getByRole('alert').filter({ hasText: 'We could not complete this right now' }).waitFor();
    expect(await page.getByLabel('First name').inputValue()).toBe('Anaya');
    expect(await page.getByLabel('Last name').inputValue()).toBe('Rao-Sen');
    await shot('fault');
    await page.getByLabel('Fault on every call').selectOption('none');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your profile has been updated.').waitFor();
    await expectSignedInAs(page, 'Anaya');
  });
});
