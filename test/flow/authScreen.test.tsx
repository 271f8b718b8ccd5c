import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthScreen, messages } from '../../src/index';
import { fakeSeedLogins, platformPresets, type PlatformPresetName } from '../../src/testing/index';
import { codeSentTo } from '../forms/helpers';
import { expectFocus } from '../helpers/dom';
import { setupFakeKit } from '../helpers/kit';

/*
 * AuthScreen against the fake, through the sequences Fynd's storefronts run: a disabled account (F8) from the
 * password and from the code step, and a registration that signs in only once its codes are verified (F4, F5).
 */

const fake = setupFakeKit();
const start = (preset: PlatformPresetName) => fake.start({ signedIn: false, preset, provider: { initialConfig: platformPresets[preset] } });
const heading = () => screen.getByRole('heading', { level: 1 });

describe('AuthScreen: a disabled account', { timeout: 20_000 }, () => {
  it('goes to the locked step from a password sign-in, and back to sign in', async () => {
    const kit = await start('passwordOnly');
    const onSignedIn = vi.fn();
    kit.renderKit(<AuthScreen onSignedIn={onSignedIn} supportEmail="help@store.example" />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Email or mobile number'), fakeSeedLogins.locked.email);
    await user.type(screen.getByLabelText('Password'), fakeSeedLogins.locked.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(heading().textContent).toBe(messages.lockedTitle));
    await expectFocus(heading());
    expect((await screen.findByRole('alert')).textContent).toContain(messages.lockedBody);
    expect(screen.getByRole('link', { name: 'help@store.example' }).getAttribute('href')).toBe('mailto:help@store.example');
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: messages.forgotBackToSignIn }));
    expect(heading().textContent).toBe(messages.loginTitle);
  });

  it('goes to the locked step from the code step (the code is sent, the sign-in refused)', async () => {
    const kit = await start('otpOnly');
    const onSignedIn = vi.fn();
    kit.renderKit(<AuthScreen onSignedIn={onSignedIn} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Mobile number'), fakeSeedLogins.locked.mobile);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(heading().textContent).toBe(messages.otpTitle));
    await user.type(await screen.findByLabelText('One-time code'), codeSentTo(kit.service, `+91 ${fakeSeedLogins.locked.mobile}`));
    await waitFor(() => expect(heading().textContent).toBe(messages.lockedTitle));
    expect(fake.count('verifyMobileOTP')).toBe(1);
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});

describe('AuthScreen: registration', { timeout: 20_000 }, () => {
  it('registers without a session, verifies both codes, then signs in once', async () => {
    const kit = await start('default');
    const onSignedIn = vi.fn();
    kit.renderKit(<AuthScreen initialStep="register" onSignedIn={onSignedIn} redirectTo="/welcome" />);
    const user = userEvent.setup({ delay: null });
    expect(heading().textContent).toBe(messages.registerTitle);
    await user.type(await screen.findByLabelText('First name'), 'Zoe');
    await user.type(screen.getByLabelText('Last name'), 'Park');
    await user.selectOptions(screen.getByLabelText(/Gender/), 'Other');
    await user.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    await user.type(screen.getByLabelText(/^Mobile number/), '9123456780');
    await user.type(screen.getByLabelText('Password'), 'Zo3#secret');
    await user.type(screen.getByLabelText('Confirm password'), 'Zo3#secret');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(heading().textContent).toBe(messages.verifyTitle));
    expect(fake.bodies('registerWithForm')).toEqual([
      { first_name: 'Zoe', last_name: 'Park', gender: 'unisex', email: 'zoe@example.com', phone: { mobile: '9123456780', country_code: '91' }, password: 'Zo3#secret' },
    ]);
    await expect(kit.client.getLoggedInUser()).rejects.toMatchObject({ status: 401 });
    expect(kit.service.findUser('zoe@example.com')).toBeUndefined();

    await user.type(await screen.findByLabelText('Code sent by SMS'), codeSentTo(kit.service, '+91 9123456780', 'verify-otp'));
    await screen.findByText(messages.verifyMobileDone);
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Code sent by email'), codeSentTo(kit.service, 'zoe@example.com', 'verify-otp'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ redirect: '/welcome', user: { first_name: 'Zoe' } });
    expect(heading().textContent).toBe(messages.loginSuccess);
    expect(kit.service.findUser('zoe@example.com')).toMatchObject({ gender: 'unisex' });
  });

  it('holds the password to Fynd’s rule before sending (a space is refused)', async () => {
    const kit = await start('default');
    kit.renderKit(<AuthScreen initialStep="register" />);
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('First name'), 'Zoe');
    await user.type(screen.getByLabelText('Last name'), 'Park');
    await user.type(screen.getByLabelText('Email address'), 'zoe@example.com');
    const password = screen.getByLabelText('Password');
    await user.type(password, 'Zo3# secret');
    await user.type(screen.getByLabelText('Confirm password'), 'Zo3# secret');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(fake.count('registerWithForm')).toBe(0);
  });
});
