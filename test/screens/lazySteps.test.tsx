import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuthScreen, messages } from '../../src/index';
import { preloadAuthSteps } from '../../src/screens/AuthScreen';
import { platformPresets } from '../../src/testing/index';
import { setupFakeKit } from '../helpers/kit';

/*
 * The steps past the first are loaded on demand (issue 17). This file runs in its own module graph, so the first
 * test sees a step whose code was never fetched (a first visit before the idle preload), the second one after it.
 */

const fake = setupFakeKit();
const start = () => fake.start({ signedIn: false, preset: 'default', provider: { initialConfig: platformPresets.default } });

describe('AuthScreen steps loaded on demand', () => {
  it('shows a labelled loading state while a step not fetched yet loads, then the step', async () => {
    const kit = await start();
    kit.renderKit(<AuthScreen />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: messages.loginCreateAccount }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages.registerTitle);
    expect(screen.getByRole('status').textContent).toContain(messages.commonLoading);
    expect(screen.queryByLabelText('First name')).toBeNull();
    await user.type(await screen.findByLabelText('First name'), 'Zoe');
    expect(screen.queryByRole('status', { name: messages.commonLoading })).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('First name').value).toBe('Zoe');
  });

  it('opens a preloaded step at once, with no loading state in between', async () => {
    await preloadAuthSteps();
    const kit = await start();
    kit.renderKit(<AuthScreen />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: messages.loginForgotPassword }));
    // Synchronously after the click's render: no Suspense fallback was ever committed.
    expect(screen.queryByText(messages.commonLoading)).toBeNull();
    expect(screen.getByLabelText('Email address')).toBeTruthy();
    await act(async () => undefined);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages.forgotTitle);
  });
});
