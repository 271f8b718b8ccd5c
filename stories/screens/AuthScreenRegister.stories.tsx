import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { expectStep } from '../support/auth';
import { currentFake } from '../support/fake';
import { GOOD_PASSWORD, inboxCode } from '../support/parts';
import { googleGetter } from '../support/register';
import { countRequests } from '../support/requests';

/**
 * `AuthScreen`, new shoppers from end to end: registration does not sign in, it goes on to "verify both" and the
 * session starts after the last code (flows.md F4, F5); a social login for a new email completes a profile first
 * (F7). Each step's `h1` names it and takes the focus.
 */
const meta = {
  title: 'Screens/AuthScreen New shoppers',
  component: AuthScreen,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function openRegistration(canvasElement: HTMLElement): Promise<Canvas> {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: messages.loginCreateAccount }));
  await expectStep(canvasElement, messages.registerTitle);
  return canvas;
}

async function fillPerson(canvas: Canvas, email: string) {
  await userEvent.type(canvas.getByLabelText('First name'), 'Ravi');
  await userEvent.type(canvas.getByLabelText('Last name'), 'Rao');
  await userEvent.type(canvas.getByLabelText('Email address'), email);
  await userEvent.type(canvas.getByLabelText('Password'), GOOD_PASSWORD);
  await userEvent.type(canvas.getByLabelText('Confirm password'), GOOD_PASSWORD);
}

export const RegistrationThroughVerifyBoth: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement, args }) => {
    const canvas = await openRegistration(canvasElement);
    await fillPerson(canvas, 'ravi@example.com');
    await userEvent.type(canvas.getByLabelText('Mobile number'), '9000012345');
    await userEvent.click(canvas.getByRole('button', { name: messages.registerSubmit }));
    // No session yet: both codes to verify, on one step.
    await expectStep(canvasElement, messages.verifyTitle);
    await expect(canvas.getByText(messages.verifyHint)).toBeVisible();
    await expect(currentFake().findUser('ravi@example.com')).toBeUndefined();
    await userEvent.type(canvas.getByLabelText('Code sent by SMS'), inboxCode('+91 9000012345', 'verify-otp'));
    await expect(await canvas.findByText(messages.verifyMobileDone)).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(messages.verifyTitle);
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('Code sent by email'), inboxCode('ravi@example.com', 'verify-otp'));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/', user: expect.objectContaining({ first_name: 'Ravi' }) }));
    await expect(currentFake().sessionsOf('ravi@example.com')).toHaveLength(1);
  },
};

export const RegisterSkippingTheSoftMobile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await openRegistration(canvasElement);
    await fillPerson(canvas, 'zoe@example.com');
    await expect(canvas.getByLabelText(/Mobile number/)).not.toBeRequired();
    await userEvent.click(canvas.getByRole('button', { name: messages.commonSkip }));
    await expectStep(canvasElement, messages.verifyTitle);
    await expect(canvas.queryByLabelText('Code sent by SMS')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Code sent by email'), inboxCode('zoe@example.com', 'verify-otp'));
    await expectStep(canvasElement, messages.loginSuccess);
    const zoe = currentFake().findUser('zoe@example.com');
    await expect(zoe?.first_name).toBe('Ravi');
    await expect(zoe?.phone_numbers ?? []).toHaveLength(0);
  },
};

export const RegisterHardFieldsRequired: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = await openRegistration(canvasElement);
    await userEvent.type(canvas.getByLabelText('First name'), 'Ravi');
    await userEvent.click(canvas.getByRole('button', { name: messages.registerSubmit }));
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Mobile number')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.queryByRole('button', { name: messages.commonSkip })).toBeNull();
    await expect(registrations.count).toBe(0);
  },
};

export const PasswordRuleBeforeSending: Story = {
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = await openRegistration(canvasElement);
    await userEvent.type(canvas.getByLabelText('First name'), 'Ravi');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Rao');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ravi@example.com');
    // A space is not allowed in Fynd's passwords: refused before anything is sent.
    await userEvent.type(canvas.getByLabelText('Password'), 'Pass w0rd!');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'Pass w0rd!');
    await userEvent.click(canvas.getByRole('button', { name: messages.registerSubmit }));
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(password).toHaveFocus());
    await expect(registrations.count).toBe(0);
  },
};

export const SocialNewShopperCompletesAProfile: Story = {
  parameters: { kit: { social: { google: googleGetter('kim@example.com', { first_name: 'Kim', last_name: 'Lee' }) } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    await expectStep(canvasElement, messages.completeProfileTitle);
    await expect(canvas.getByText(/Signing up with/)).toHaveTextContent('Signing up with kim@example.com');
    await expect(canvas.getByLabelText('First name')).toHaveValue('Kim');
    await expect(canvas.queryByLabelText(/Email address/)).toBeNull();
    await userEvent.type(canvas.getByLabelText('Mobile number (Optional)'), '9000012377');
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expectStep(canvasElement, messages.verifyTitle);
    await userEvent.type(canvas.getByLabelText('Code sent by SMS'), inboxCode('+91 9000012377', 'verify-otp'));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/', user: expect.objectContaining({ first_name: 'Kim' }) }));
  },
};

export const BackToSignIn: Story = {
  args: { initialStep: 'register' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Opened on registration (a direct link): the h1 names it, unfocused; "Sign in" goes back and takes the focus.
    await expectStep(canvasElement, messages.registerTitle, { focused: false });
    await userEvent.click(await canvas.findByRole('button', { name: messages.registerSignIn }));
    await expectStep(canvasElement, messages.loginTitle);
  },
};
