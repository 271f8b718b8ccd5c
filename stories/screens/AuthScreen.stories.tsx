import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { platformPresets } from '../../src/testing/presets';
import { currentFake } from '../support/fake';
import { countRequests } from '../support/requests';

/**
 * The drop-in sign-in screen against the embedded fake User service. Each story is also a test (its `play`),
 * run in Chromium with axe checking accessibility.
 */
const meta = {
  title: 'Screens/AuthScreen',
  component: AuthScreen,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

const ANA = { email: 'ana@example.com', mobile: '9876543210', password: 'Passw0rd!' };

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
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
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/account?tab=orders', user: expect.objectContaining({ first_name: 'Ana' }) }));
  },
};

export const WrongPasswordKeepsValues: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    await userEvent.type(identifier, ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong password 🙂');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid username or password');
    await expect(identifier).toHaveValue(ANA.email);
    await expect(canvas.getByLabelText('Password')).toHaveValue('wrong password 🙂');
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
  },
};

export const UnknownUserSameMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), 'nobody@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'whatever1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid username or password');
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

export const OtpSignIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'One-time code' }));
    await userEvent.type(canvas.getByLabelText('Email or mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByLabelText('One-time code');
    await waitFor(() => expect(currentFake().lastCode('+91 9876543210')).toMatch(/^\d{6}$/));
    await expect(canvas.getByText('We sent a code to +91 9876543210.')).toBeVisible();
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('button', { name: /Resend code in \d+s/ })).toBeDisabled();
    // Paste with a space, as SMS apps copy it: normalised, then verified automatically.
    const otp = currentFake().lastCode('+91 9876543210')!;
    await userEvent.click(code);
    await userEvent.paste(`${otp.slice(0, 3)} ${otp.slice(3)}`);
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
  },
};

export const WrongOtpClearsOnlyTheCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'One-time code' }));
    await userEvent.type(canvas.getByLabelText('Email or mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByLabelText('One-time code');
    const right = await waitFor(() => currentFake().lastCode('+91 9876543210')!);
    const wrong = right === '000000' ? '111111' : '000000';
    await userEvent.type(code, wrong);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Invalid OTP/);
    await expect(code).toHaveValue('');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, right);
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
  },
};

export const RegisterSkippingSoftField: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Create an account' }));
    await userEvent.type(await canvas.findByLabelText('First name'), 'Zoë');
    await userEvent.type(canvas.getByLabelText('Email address'), 'zoe@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'a long pass phrase');
    await expect(canvas.getByLabelText(/Mobile number/)).not.toBeRequired();
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
    const zoe = currentFake().users.find((user) => user.emails?.some((email) => email.email === 'zoe@example.com'));
    await expect(zoe?.first_name).toBe('Zoë');
    await expect(zoe?.phone_numbers ?? []).toHaveLength(0);
  },
};

export const NewMobileRegistersAfterOtp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'One-time code' }));
    await userEvent.type(canvas.getByLabelText('Email or mobile number'), '9000012345');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByLabelText('One-time code');
    await userEvent.type(code, await waitFor(() => currentFake().lastCode('+91 9000012345')!));
    // A new number: the code was right, so registration asks only what is still missing (not the mobile again).
    await userEvent.type(await canvas.findByLabelText('First name'), 'Ira');
    await expect(canvas.queryByLabelText(/Mobile number/)).toBeNull();
    await userEvent.type(canvas.getByLabelText('Email address'), 'ira@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
    const ira = currentFake().users.find((user) => user.first_name === 'Ira');
    await expect(ira?.phone_numbers?.[0]).toMatchObject({ phone: '9000012345', verified: true });
  },
};

export const RegisterHardFieldsRequired: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Create an account' }));
    await userEvent.type(await canvas.findByLabelText('First name'), 'Ravi');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Mobile number')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.queryByRole('button', { name: 'Skip for now' })).toBeNull();
  },
};

export const ForgotPasswordFlow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Forgot password?' }));
    await userEvent.type(await canvas.findByLabelText('Email address'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset code' }));
    const codeField = await canvas.findByLabelText('One-time code');
    const code = await waitFor(() => currentFake().lastCode(ANA.email, 'reset-password')!);
    await userEvent.type(codeField, code);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await userEvent.type(await canvas.findByLabelText('New password'), 'N3w password!');
    await userEvent.type(canvas.getByLabelText('Confirm new password'), 'N3w password!');
    await userEvent.click(canvas.getByRole('button', { name: 'Set new password' }));
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
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

export const RateLimitedOtp: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  beforeEach: () => currentFake().faults.inject('loginWithOTP', { type: 'rateLimit', retryAfter: 42 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 42 s.');
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
    await expect(await canvas.findByText('You are signed in.', {}, { timeout: 5000 })).toBeVisible();
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
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/' }));
  },
};

export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Sign in' });
    // Tab from the method switch to the fields, type, and submit with Enter.
    canvas.getByRole('button', { name: 'Password' }).focus();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveFocus();
    await userEvent.keyboard(ANA.email);
    await userEvent.tab();
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await userEvent.keyboard(`${ANA.password}{Enter}`);
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
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
    await expect(await canvas.findByText('Sign-in is unavailable')).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).toBeNull();
  },
};

export const Branded: Story = {
  parameters: { fake: { preset: 'branded' } },
  args: { social: { google: async () => ({ oauth2: { access_token: 'fake-google-token:ana@example.com' } }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Welcome to Acme Store' })).toBeVisible();
    await expect(canvas.getByRole('note')).toHaveTextContent('Free shipping on your first order');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(await canvas.findByText('You are signed in.')).toBeVisible();
  },
};

export const SocialPopupCancelled: Story = {
  args: { social: { google: async () => null } },
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
    await expect(await canvas.findByRole('heading', { level: 1, name: /pwned/ })).toHaveTextContent('<script>window.__pwned=1</script>Sign in');
    await expect(canvas.getByText('<b>bold?</b>')).toBeVisible();
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  },
};
