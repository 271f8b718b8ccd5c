import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthScreen, ProfileScreen, messages } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { setupFakeKit } from '../helpers/kit';

const fake = setupFakeKit();

describe('the screens’ colorScheme', () => {
  it('forces a scheme with data-color-scheme on the screen, and follows the system without one', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'default', provider: { initialConfig: platformPresets.default } });
    const { rerender } = kit.renderKit(<AuthScreen colorScheme="dark" />);
    await screen.findByRole('button', { name: messages.loginSubmit });
    const root = document.querySelector('.fdk-auth')!;
    expect(root.getAttribute('data-color-scheme')).toBe('dark');
    rerender(<AuthScreen colorScheme="system" />);
    expect(root.hasAttribute('data-color-scheme')).toBe(false);
  });

  it('forces it on the account screen too', async () => {
    const kit = await fake.start({ signedIn: true, preset: 'default', provider: { initialConfig: platformPresets.default } });
    kit.renderKit(<ProfileScreen colorScheme="light" />);
    expect(document.querySelector('.fdk-profile')!.getAttribute('data-color-scheme')).toBe('light');
  });
});
