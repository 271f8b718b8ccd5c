import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CustomSignIn } from '../../demo/src/CustomSignIn';
import type { Messages } from '../../src/i18n/messages';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { ProfileScreen } from '../../src/screens/ProfileScreen';
import { askForCode, expectStep } from '../support/auth';
import { expectScreenshot } from '../support/expectScreenshot';
import { arabicLoader } from '../support/layoutMatrix';
import { ANA } from '../support/parts';

/*
 * The default design's pictures, compared with committed baselines (test/screenshots/baselines/*.png) by
 * pixelmatch: an accidental change of the look fails here. A few pictures only (each costs a browser render):
 * sign-in light and dark, right-to-left, the code step, registration, a branded config, the account screen and the
 * demo's own design. `npm run screenshots:update` rewrites the baselines after a deliberate change;
 * `npm run screenshots` also writes the README's pictures (docs/images).
 */

const meta = {
  title: 'Visual/Screenshots',
  tags: ['!dev', 'browser-matrix'],
  parameters: { a11y: { test: 'off' } },
  render: () => <></>,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const screenOf = (canvasElement: HTMLElement) => canvasElement.querySelector('.fdk-auth, .fdk-profile, .custom')!;

/** The branded preset's images (cdn.example.com), drawn here: the same picture every run, no network. */
function brandImage(label: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"><rect width="800" height="450" fill="${color}"/><circle cx="600" cy="120" r="180" fill="#ffd54f" opacity="0.85"/><rect x="60" y="300" width="420" height="22" rx="11" fill="#ffffff" opacity="0.7"/><rect x="60" y="340" width="260" height="22" rx="11" fill="#ffffff" opacity="0.45"/><title>${label}</title></svg>`;
}
const brandImages = [
  http.get('https://cdn.example.com/acme/login-desktop.jpg', () => new HttpResponse(brandImage('desktop', '#14614a'), { headers: { 'content-type': 'image/svg+xml' } })),
  http.get('https://cdn.example.com/acme/login-mobile.jpg', () => new HttpResponse(brandImage('mobile', '#14614a'), { headers: { 'content-type': 'image/svg+xml' } })),
];

function Screen({ children }: { children: ReactNode }) {
  return <div>{children}</div>;
}

export const SignIn: Story = {
  render: () => <Screen><AuthScreen onSignedIn={fn()} /></Screen>,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Sign in' });
    await expectScreenshot('auth-sign-in', screenOf(canvasElement), { docs: 'sign-in' });
  },
};

export const SignInDark: Story = {
  render: () => <Screen><AuthScreen onSignedIn={fn()} /></Screen>,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Sign in' });
    await expectScreenshot('auth-sign-in-dark', screenOf(canvasElement), { scheme: 'dark', docs: 'sign-in-dark' });
  },
};

export const SignInArabic: Story = {
  loaders: [arabicLoader],
  render: (_args, { loaded }) => <Screen><AuthScreen onSignedIn={fn()} messages={(loaded as { arabic: Partial<Messages> }).arabic} /></Screen>,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.fdk-auth form')).not.toBeNull());
    await expectScreenshot('auth-sign-in-ar', screenOf(canvasElement), { docs: 'sign-in-ar' });
  },
};

export const Code: Story = {
  render: () => <Screen><AuthScreen onSignedIn={fn()} /></Screen>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    await expectStep(canvasElement, messages.otpTitle);
    await userEvent.type(canvas.getByLabelText(messages.otpCodeLabel), '12');
    // The countdown ticks: masked, so that the picture is the same on a slow machine.
    await expectScreenshot('auth-otp', screenOf(canvasElement), { docs: 'otp', mask: [canvas.getByRole('button', { name: /Resend/ })] });
  },
};

export const Registration: Story = {
  render: () => <Screen><AuthScreen onSignedIn={fn()} initialStep="register" /></Screen>,
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, messages.registerTitle, { focused: false });
    await within(canvasElement).findByLabelText('First name');
    await expectScreenshot('auth-register', screenOf(canvasElement), { docs: 'register' });
  },
};

export const Branded: Story = {
  parameters: { fake: { preset: 'branded' } },
  beforeEach: ({ msw }) => msw.use(...brandImages),
  render: () => <Screen><AuthScreen onSignedIn={fn()} /></Screen>,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect([...canvasElement.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0)).toBe(true));
    await expectScreenshot('auth-branded', screenOf(canvasElement), { width: 1024, docs: 'branded' });
  },
};

export const Profile: Story = {
  parameters: { fake: { signedIn: true } },
  render: () => <Screen><ProfileScreen onSignedOut={fn()} sections={['profile', 'emails', 'logout']} /></Screen>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveValue('Ana'), { timeout: 3000 });
    await canvas.findByRole('button', { name: 'Add email address' });
    await expectScreenshot('profile', screenOf(canvasElement), { width: 880, docs: 'profile' });
  },
};

export const CustomDesign: Story = {
  render: () => <Screen><CustomSignIn onSignedIn={fn()} /></Screen>,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByLabelText('Email or mobile number');
    await expectScreenshot('custom-design', screenOf(canvasElement), { width: 800, docs: 'custom' });
  },
};
