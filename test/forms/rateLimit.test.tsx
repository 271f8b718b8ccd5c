import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Login, messages } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { settle } from '../helpers/dom';
import { ANA, setupFakeKit } from '../helpers/kit';

/*
 * A 429 on the login step: the submit button counts down (`aria-disabled`, still focusable) and a click sends
 * nothing; the error is announced once (one alert whose text does not tick); after Retry-After the form works.
 * Real time: the wait is 2 seconds.
 */

const fake = setupFakeKit();

describe('a 429 on the login step', { timeout: 20_000 }, () => {
  it('counts down on the button, sends nothing meanwhile, announces once, and works again after Retry-After', { timeout: 15_000 }, async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    kit.service.faults.inject('loginWithEmailAndPassword', { type: 'rateLimit', retryAfter: 2 });
    const onSuccess = vi.fn();
    kit.renderKit(
      <Login.Root onSuccess={onSuccess}>
        <Login.Identifier />
        <Login.Password />
        <Login.Error />
        <Login.Submit />
      </Login.Root>,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Email or mobile number'), ANA.email);
    await user.type(screen.getByLabelText('Password'), ANA.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    const announced = messages.errorRateLimited.replace('{seconds}', '2');
    expect(alert.textContent).toBe(announced);
    const button = screen.getByRole('button', { name: messages.commonRetryIn.replace('{seconds}', '2') });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false); // still focusable
    // The button is not a live region; the alert is.
    expect(button.closest('[aria-live]')).toBeNull();
    expect(screen.queryByRole('button', { name: messages.commonRetry })).toBeNull();

    await user.click(button);
    await user.keyboard('{Enter}');
    await settle(1_100);
    expect(fake.count('loginWithEmailAndPassword')).toBe(1);
    // Announced once: still one alert, the same text, while the button ticks.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toBe(announced);
    expect(screen.getByRole('button', { name: messages.commonRetryIn.replace('{seconds}', '1') })).toBe(button);

    await waitFor(() => expect(button.textContent).toBe('Sign in'), { timeout: 3_000 });
    expect(button.getAttribute('aria-disabled')).toBe('false');
    await user.click(button);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fake.count('loginWithEmailAndPassword')).toBe(2);
  });
});
