import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../src/i18n/messages';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { askForCode, expectStep, signInWithPassword } from '../support/auth';
import { arabicLoader, expectLayoutsHold, LayoutFrame } from '../support/layoutMatrix';
import { storyClient } from '../support/fake';
import { ANA, GOOD_PASSWORD, inboxCode, LOCKED } from '../support/parts';
import { googleGetter } from '../support/register';

/**
 * `AuthScreen` in each of its main steps holds at 320, 360, 768 and 1280 px, light and dark, left-to-right and
 * right-to-left (Arabic): no sideways scroll, no control past its card or form, no overlapping controls. Each
 * story brings the screen to its step, then checks every width × look (`expectLayoutsHold`).
 */
const meta = {
  title: 'Layout/AuthScreen',
  tags: ['browser-matrix'],
  component: AuthScreen,
  args: { onSignedIn: fn(), supportEmail: 'customer.support@acme-store.example' },
  loaders: [arabicLoader],
  render: (args, { loaded }) => <LayoutFrame arabic={(loaded as { arabic?: Partial<Messages> }).arabic}>{(localized) => <AuthScreen {...args} messages={localized} />}</LayoutFrame>,
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Login: Story = {
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Sign in' });
    await expectLayoutsHold(canvasElement);
  },
};

export const LoginWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(canvas.getByLabelText('Email or mobile number')).toHaveAttribute('aria-invalid', 'true'));
    await expectLayoutsHold(canvasElement);
  },
};

export const LoginBranded: Story = {
  parameters: { fake: { preset: 'branded' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Sign in' });
    await expect(canvas.getByRole('note')).toHaveTextContent('Free shipping on your first order');
    await expectLayoutsHold(canvasElement);
  },
};

export const Otp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    await expectStep(canvasElement, messages.otpTitle);
    await expectLayoutsHold(canvasElement);
  },
};

export const Register: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: messages.loginCreateAccount }));
    await expectStep(canvasElement, messages.registerTitle);
    // With every field's error shown: the longest the form gets.
    await userEvent.click(canvas.getByRole('button', { name: messages.registerSubmit }));
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true'));
    await expectLayoutsHold(canvasElement);
  },
};

export const Forgot: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: messages.loginForgotPassword }));
    await expectStep(canvasElement, messages.forgotTitle);
    await expectLayoutsHold(canvasElement);
  },
};

export const Locked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signInWithPassword(canvas, LOCKED.email, LOCKED.password);
    await expectStep(canvasElement, messages.lockedTitle);
    await expectLayoutsHold(canvasElement);
  },
};

export const VerifyBoth: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: messages.loginCreateAccount }));
    await expectStep(canvasElement, messages.registerTitle);
    await userEvent.type(canvas.getByLabelText('First name'), 'Ravi');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Rao');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ravi.layout@example.com');
    await userEvent.type(canvas.getByLabelText('Mobile number'), '9000012399');
    await userEvent.type(canvas.getByLabelText('Password'), GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: messages.registerSubmit }));
    await expectStep(canvasElement, messages.verifyTitle);
    await expectLayoutsHold(canvasElement);
  },
};

export const CompleteProfile: Story = {
  parameters: { kit: { social: { google: googleGetter('kim.layout@example.com', { first_name: 'Kim', last_name: 'Lee' }) } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    await expectStep(canvasElement, messages.completeProfileTitle);
    await expectLayoutsHold(canvasElement);
  },
};

export const ResetFromLink: Story = {
  beforeEach: async ({ args }) => {
    await storyClient().sendResetPasswordEmail({ body: { email: ANA.email } });
    args.resetCode = inboxCode(ANA.email, 'reset-password');
  },
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, messages.forgotTitle, { focused: false });
    await within(canvasElement).findByLabelText('New password');
    await expectLayoutsHold(canvasElement);
  },
};
