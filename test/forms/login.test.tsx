import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthScreen, Login, loadPhoneRules, messages, userKeys } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { valueOf } from '../helpers/dom';
import { APPLICATION_ID, setupFakeKit } from '../helpers/kit';

const fake = setupFakeKit();

describe('the login form in jsdom', { timeout: 20_000 }, () => {
  it('makes one request (the config) before the shopper can type', async () => {
    const { renderKit } = await fake.start({ signedIn: false });
    renderKit(<AuthScreen />);
    await screen.findByLabelText('Email or mobile number');
    expect(fake.calls()).toEqual(['getPlatformConfig']);
    expect(fake.requests('getPlatformConfig')[0]!.url.searchParams.get('name')).toBe('Fynd');
  });

  it('makes no request at all before typing when the provider has the config', async () => {
    const { renderKit } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    renderKit(<AuthScreen />);
    expect(screen.getByLabelText('Email or mobile number')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls()).toEqual([]);
  });

  it('sends the password exactly as typed (spaces, emoji), and shows Fynd’s refusal in the kit’s words', async () => {
    const onSuccess = vi.fn();
    const { renderKit } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    renderKit(
      <Login.Root onSuccess={onSuccess}>
        <Login.Identifier />
        <Login.Password />
        <Login.Error />
        <Login.Submit />
      </Login.Root>,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Email or mobile number'), 'ben@example.com');
    await user.type(screen.getByLabelText('Password'), '  pass word 🙂  ');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    // The fake answers Fynd's text, "Password or username is incorrect"; the kit shows its message key.
    expect((await screen.findByRole('alert')).textContent).toContain(messages.serverCredentialsIncorrect);
    expect(fake.bodies('loginWithEmailAndPassword')).toEqual([{ username: 'ben@example.com', password: '  pass word 🙂  ' }]);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('signs in with a password: onSuccess once with the user and the safe redirect', async () => {
    const onSuccess = vi.fn();
    const onNext = vi.fn();
    const { renderKit, queryClient } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    renderKit(
      <Login.Root onSuccess={onSuccess} onNext={onNext} redirectTo="https://evil.example/steal">
        <Login.Identifier />
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Email or mobile number'), 'ana@example.com');
    await user.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ user: { first_name: 'Ana' }, redirect: '/' });
    expect(onNext).toHaveBeenCalledWith(expect.objectContaining({ type: 'signedIn' }));
    // The session is in the cache, with no extra request for it.
    expect(queryClient.getQueryData(userKeys.session())).toMatchObject({ first_name: 'Ana' });
    expect(fake.count('getLoggedInUser')).toBe(0);
  });

  it('sends a code by SMS with loginWithOTP (the country code apart) and moves on to the code', async () => {
    const onNext = vi.fn();
    const { renderKit, service } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.otpOnly } });
    renderKit(
      <Login.Root onNext={onNext}>
        <Login.Identifier />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Mobile number'), '98765 43210');
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(fake.bodies('loginWithOTP')).toEqual([{ mobile: '9876543210', country_code: '91' }]);
    expect(fake.requests('loginWithOTP')[0]!.url.searchParams.get('platform')).toBe(APPLICATION_ID);
    expect(service.lastMessage('+91 9876543210', 'login-otp')).toBeTruthy();
    expect(onNext.mock.calls[0]![0]).toEqual({
      type: 'otpSent',
      target: { channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: expect.any(String), resendTimer: 30, resendToken: expect.any(String) },
    });
  });

  it('checks what was typed before sending anything', async () => {
    const { renderKit } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    renderKit(
      <Login.Root>
        <Login.Identifier />
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    const identifier = screen.getByLabelText('Email or mobile number');
    await userEvent.type(identifier, 'ana@');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(identifier.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(messages.validationEmailOrMobile)).toBeTruthy();
    expect(screen.getByText(messages.validationRequired)).toBeTruthy();
    expect(fake.calls()).toEqual([]);
  });

  it('switching between password and OTP keeps the identifier', async () => {
    const { renderKit } = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    renderKit(
      <Login.Root>
        <Login.MethodSwitch />
        <Login.Identifier />
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    await loadPhoneRules(); // the number is then formatted as typed, as India writes it
    await userEvent.type(screen.getByLabelText('Email or mobile number'), '9876543210');
    await userEvent.click(screen.getByRole('button', { name: 'One-time code' }));
    expect(screen.queryByLabelText('Password')).toBeNull();
    // An OTP sign-in takes a mobile number (Fynd sends codes by SMS): the field says so, and keeps what was typed.
    expect(valueOf(screen.getByLabelText('Mobile number'))).toBe('98765 43210');
    expect(screen.getByRole('button', { name: 'Send code' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Password' }));
    expect(valueOf(screen.getByLabelText('Email or mobile number'))).toBe('98765 43210');
  });
});
