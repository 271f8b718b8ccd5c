import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { fakeUserMessages } from '../../src/testing/index';
import { expectStep, signInWithPassword } from '../support/auth';
import { currentFake, storyClient } from '../support/fake';
import { ANA, GOOD_PASSWORD, inboxCode, LOCKED } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

/**
 * `AuthScreen` when access is at stake: the password reset (email → code → new password) and its link landing,
 * a disabled account's "locked" step, a rate-limited sign-in, and the captcha hook. Each step's `h1` names it and
 * takes the focus.
 */
const meta = {
  title: 'Screens/AuthScreen Recovery',
  component: AuthScreen,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ForgotPassword: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const resets = recordRequests(msw, 'forgotPassword');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: messages.loginForgotPassword }));
    await expectStep(canvasElement, messages.forgotTitle);
    await userEvent.type(canvas.getByLabelText('Email address'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    const codeField = await canvas.findByLabelText('Reset code');
    await waitFor(() => expect(codeField).toHaveFocus());
    const code = await waitFor(() => inboxCode(ANA.email, 'reset-password'));
    await userEvent.type(codeField, code);
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    await userEvent.type(await canvas.findByLabelText('New password'), GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(resets.bodies).toEqual([{ code, password: GOOD_PASSWORD }]));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect((await storyClient().loginWithEmailAndPassword({ body: { username: ANA.email, password: GOOD_PASSWORD } })).user?.first_name).toBe('Ana');
  },
};

export const ResetLinkLanding: Story = {
  // `/auth/set-password?code=…`: the screen opens on the reset, checks the code at once and asks for the password.
  beforeEach: async ({ args }) => {
    await storyClient().sendResetPasswordEmail({ body: { email: ANA.email } });
    args.resetCode = inboxCode(ANA.email, 'reset-password');
  },
  play: async ({ canvasElement, args, msw }) => {
    const checks = recordRequests(msw, 'sendResetToken');
    const canvas = within(canvasElement);
    await expectStep(canvasElement, messages.forgotTitle, { focused: false });
    const password = await canvas.findByLabelText('New password');
    await waitFor(() => expect(checks.bodies).toEqual([{ code: args.resetCode }]));
    await userEvent.type(password, GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledTimes(1));
  },
};

export const ResetLinkExpired: Story = {
  args: { resetCode: 'rp-no-such-code' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The link's code is refused: the reason, and the code field to fix it (or "Back to sign in").
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.invalidCode);
    await expect(canvas.getByLabelText('Reset code')).toHaveValue('rp-no-such-code');
    await expect(canvas.queryByLabelText('New password')).toBeNull();
    await expect(canvas.getByRole('button', { name: messages.forgotBackToSignIn })).toBeVisible();
  },
};

export const LockedAccount: Story = {
  args: { supportEmail: 'help@example.com' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The right password of a disabled account: 403 with `is_deleted`, and the "locked" step (flows.md F8).
    await signInWithPassword(canvas, LOCKED.email, LOCKED.password);
    await expectStep(canvasElement, messages.lockedTitle);
    await expect(canvas.getByText(messages.lockedBody).closest('[role="alert"]')).not.toBeNull();
    await expect(canvas.getByRole('link', { name: 'help@example.com' })).toHaveAttribute('href', 'mailto:help@example.com');
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await expect(currentFake().sessionsOf(LOCKED.email)).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotBackToSignIn }));
    await expectStep(canvasElement, messages.loginTitle);
  },
};

export const RateLimitedLogin: Story = {
  beforeEach: () => currentFake().faults.inject('loginWithEmailAndPassword', { type: 'rateLimit', retryAfter: 30 }),
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await signInWithPassword(canvas, ANA.email, ANA.password);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.');
    // The submit button counts down (not a live region: the alert said it once), focusable but aria-disabled.
    const submit = await canvas.findByRole('button', { name: /^Try again in (30|29) s$/ });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(submit).not.toBeDisabled();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(submit);
    await expect(logins.count).toBe(1);
    await waitFor(() => expect(submit).toHaveTextContent(/^Try again in (29|28) s$/), { timeout: 2500 });
  },
};

export const CaptchaTokenOnTheWire: Story = {
  // The config asks for a captcha (`skip_captcha: false`); the storefront's provider gives the token.
  parameters: { fake: { preset: 'captcha' }, kit: { captcha: { getCaptchaToken: async () => 'captcha-token-123' } } },
  play: async ({ canvasElement, msw }) => {
    const logins = recordRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await signInWithPassword(canvas, ANA.email, ANA.password);
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(logins.bodies).toEqual([{ username: ANA.email, password: ANA.password, captcha_code: 'captcha-token-123' }]));
  },
};

export const CaptchaProviderGivesNothing: Story = {
  parameters: { fake: { preset: 'captcha' }, kit: { captcha: { getCaptchaToken: () => '' } } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await signInWithPassword(canvas, ANA.email, ANA.password);
    // No token, no request: the shopper is asked to complete the check.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.validationCaptcha);
    await expect(logins.count).toBe(0);
    await expect(canvas.getByLabelText('Password')).toHaveValue(ANA.password);
  },
};

export const CaptchaOnTheResetEmail: Story = {
  parameters: { fake: { preset: 'captcha' }, kit: { captcha: { getCaptchaToken: () => 'captcha-token-456' } } },
  args: { initialStep: 'forgot' },
  play: async ({ canvasElement, msw }) => {
    const sends = recordRequests(msw, 'sendResetPasswordEmail');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email address'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    await expect(await canvas.findByLabelText('Reset code')).toBeVisible();
    await waitFor(() => expect(sends.bodies).toEqual([{ email: ANA.email, captcha_code: 'captcha-token-456' }]));
  },
};
