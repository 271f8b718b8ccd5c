import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { fakeSocialToken } from '../../src/testing/index';
import { platformPresets } from '../../src/testing/presets';
import { expectStep } from '../support/auth';
import { currentFake } from '../support/fake';
import { ANA } from '../support/parts';
import { countRequests } from '../support/requests';

/**
 * The drop-in sign-in screen against the embedded fake User service: the sign-in step per preset, its states and
 * failures. The sequences are in `Screens/AuthScreen OTP`, `Screens/AuthScreen New shoppers` and
 * `Screens/AuthScreen Recovery`. Each story is also a test (its `play`), run in Chromium with axe checking
 * accessibility.
 */
const meta = {
  title: 'Screens/AuthScreen',
  component: AuthScreen,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
    // The h1 names the step; the focus is not moved on the first render.
    const heading = await expectStep(canvasElement, 'Sign in', { focused: false });
    await expect(heading).not.toHaveFocus();
    await expect(canvas.getByText('Login to Fynd')).toHaveClass('fdk-subtitle');
    await expect(canvas.getByRole('button', { name: 'Password', pressed: true })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: false })).toBeVisible();
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByRole('button', { name: 'Forgot password?' })).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: () => currentFake().faults.inject('getPlatformConfig', { type: 'latency', ms: 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…');
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const ConfigError: Story = {
  beforeEach: () => currentFake().faults.inject('getPlatformConfig', { type: 'status', status: 500, body: { message: 'down' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

export const PasswordSignIn: Story = {
  args: { redirectTo: '/account?tab=orders' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expectStep(canvasElement, messages.loginSuccess);
    await expect(canvas.getByText(messages.loginSuccessBody)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/account?tab=orders', user: expect.objectContaining({ first_name: 'Ana' }) })));
  },
};

export const WrongPasswordKeepsValues: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    await userEvent.type(identifier, ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong password 🙂');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverCredentialsIncorrect);
    await expect(identifier).toHaveValue(ANA.email);
    await expect(canvas.getByLabelText('Password')).toHaveValue('wrong password 🙂');
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
  },
};

export const UnknownUserSameMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), 'nobody@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'Whatever1!');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverCredentialsIncorrect);
  },
};

export const EmptySubmitSendsNothing: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in' }));
    const identifier = canvas.getByLabelText('Email or mobile number');
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription('This field is required.');
    await expect(logins.count).toBe(0);
  },
};

export const ServerErrorKeepsValues: Story = {
  parameters: { fake: { fault: 'html-error' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('We could not complete this right now');
    await expect(alert).not.toHaveTextContent('<');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByLabelText('Password')).toHaveValue(ANA.password);
  },
};

export const Offline: Story = {
  parameters: { fake: { fault: 'offline' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You seem to be offline');
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveValue(ANA.email);
  },
};

export const DoubleClickSubmitsOnce: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await userEvent.dblClick(submit);
    await expect(await canvas.findByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('You are signed in.', { selector: 'h1' }, { timeout: 5000 })).toBeVisible();
    await expect(logins.count).toBe(1);
  },
};

export const HostileRedirectLandsOnDefault: Story = {
  args: { redirectTo: '//evil.com/steal' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('You are signed in.', { selector: 'h1' })).toBeVisible();
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/' })));
  },
};

export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Sign in' });
    // Tab from the method switch to the field (no country picker until a number is typed), type, submit with Enter.
    canvas.getByRole('button', { name: 'Password' }).focus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveFocus();
    await userEvent.keyboard(ANA.email);
    await userEvent.tab();
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await userEvent.keyboard(`${ANA.password}{Enter}`);
    await expect(await canvas.findByText('You are signed in.', { selector: 'h1' })).toBeVisible();
  },
};

export const OtpOnly: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('Mobile number')).toHaveAttribute('inputmode', 'tel');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Forgot password?' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeVisible();
  },
};

export const PasswordOnly: Story = {
  parameters: { fake: { preset: 'passwordOnly' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('Password')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'One-time code' })).toBeNull();
  },
};

export const HardRequiredEmailAndMobile: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

export const NoSignInMethod: Story = {
  parameters: { fake: { preset: 'noSignInMethod' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: messages.loginNoSignInMethodTitle })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(messages.loginNoSignInMethod);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).toBeNull();
  },
};

export const Branded: Story = {
  parameters: { fake: { preset: 'branded' }, kit: { social: { google: async () => ({ oauth2: { access_token: fakeSocialToken('google', ANA.email) } }) } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The config's display name and subtitle head the card; the h1 names the step.
    await expect(await canvas.findByText('Welcome to Acme Store')).toHaveClass('fdk-brand-name');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    await expect(canvas.getByRole('note')).toHaveTextContent('Free shipping on your first order');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expectStep(canvasElement, messages.loginSuccess);
  },
};

export const SocialPopupCancelled: Story = {
  parameters: { kit: { social: { google: async () => null } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    await expect(canvas.getByRole('button', { name: 'Continue with Google' })).toHaveAttribute('aria-busy', 'false');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const ConfigTextIsText: Story = {
  beforeEach: () =>
    currentFake().setPreset({ ...platformPresets.default, display: '<script>window.__pwned=1</script>Sign in', subtext: '<b>bold?</b>' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('<script>window.__pwned=1</script>Sign in')).toHaveClass('fdk-brand-name');
    await expect(canvas.getByText('<b>bold?</b>')).toBeVisible();
    await expect(canvasElement.querySelector('.fdk-card script, .fdk-card b')).toBeNull();
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  },
};
