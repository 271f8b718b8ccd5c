import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { AuthScreen } from '../../src/screens/AuthScreen';
import { askForCode, expectStep } from '../support/auth';
import { currentFake } from '../support/fake';
import { ANA, inboxCode, LOCKED, wrongCode } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

/**
 * `AuthScreen`, the OTP sign-in from end to end as Fynd's storefronts run it: the code by SMS (`loginWithOTP`,
 * 4 digits), a new number through "complete profile" and the email's code to the session, a disabled number to
 * the "locked" step, a 429 counting down on the submit button. Each step's `h1` names it and takes the focus.
 */
const meta = {
  title: 'Screens/AuthScreen OTP',
  component: AuthScreen,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OtpSignIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    await expectStep(canvasElement, messages.otpTitle);
    const code = canvas.getByLabelText('One-time code');
    await expect(canvas.getByText('We sent a code to +91 9876543210.')).toBeVisible();
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('pattern', '\\d{4}');
    await expect(canvas.getByRole('button', { name: /^Resend code in \d+s$/ })).toHaveAttribute('aria-disabled', 'true');
    // Paste with a space, as SMS apps copy it: normalised, then verified at once.
    const otp = await waitFor(() => inboxCode(ANA.fullMobile, 'login-otp'));
    await expect(otp).toMatch(/^\d{4}$/);
    await userEvent.click(code);
    await userEvent.paste(`${otp.slice(0, 2)} ${otp.slice(2)}`);
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
  },
};

export const WrongOtpClearsOnlyTheCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    const code = await canvas.findByLabelText('One-time code');
    const right = await waitFor(() => inboxCode(ANA.fullMobile, 'login-otp'));
    await userEvent.type(code, wrongCode(right));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverOtpInvalid);
    await expect(code).toHaveValue('');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, right);
    await expectStep(canvasElement, messages.loginSuccess);
  },
};

export const SixDigitCodes: Story = {
  parameters: { fake: { otpLength: 6 }, kit: { otpLength: 6 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    const code = await canvas.findByLabelText('One-time code');
    await expect(code).toHaveAttribute('pattern', '\\d{6}');
    await expect(canvasElement.querySelectorAll('.fdk-otp-slot')).toHaveLength(6);
    await userEvent.type(code, await waitFor(() => inboxCode(ANA.fullMobile, 'login-otp')));
    await expectStep(canvasElement, messages.loginSuccess);
  },
};

export const NewNumberThroughCompleteProfile: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const saves = recordRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    await askForCode(canvas, '9000012345');
    await userEvent.type(await canvas.findByLabelText('One-time code'), await waitFor(() => inboxCode('+91 9000012345', 'login-otp')));
    // A new number: no session yet; the profile is completed first, the number is not asked again.
    await expectStep(canvasElement, messages.completeProfileTitle);
    await expect(canvas.getByText(/Signing up with/)).toHaveTextContent('Signing up with +91 9000012345');
    await expect(canvas.queryByLabelText(/Mobile number/)).toBeNull();
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('First name'), 'Ira');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Iyer');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ira@example.com');
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await waitFor(() => expect(saves.bodies[0]).toMatchObject({ register_token: expect.stringMatching(/\S/), first_name: 'Ira', email: 'ira@example.com' }));
    // The new email gets a code: "verify both" with the email only; the session starts with it.
    await expectStep(canvasElement, messages.verifyTitle);
    await userEvent.type(canvas.getByLabelText('Code sent by email'), inboxCode('ira@example.com', 'verify-otp'));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/', user: expect.objectContaining({ first_name: 'Ira' }) }));
    const ira = currentFake().findUser('ira@example.com');
    await expect(ira?.phone_numbers?.[0]).toMatchObject({ phone: '9000012345', verified: true });
    await expect(currentFake().sessionsOf('ira@example.com')).toHaveLength(1);
  },
};

export const EmailVerifiedByLink: Story = {
  // A service that verifies the new email by link: the account and session start, the screen says to open the link.
  parameters: { fake: { emailVerification: 'link' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await askForCode(canvas, '9000012345');
    await userEvent.type(await canvas.findByLabelText('One-time code'), await waitFor(() => inboxCode('+91 9000012345', 'login-otp')));
    await expectStep(canvasElement, messages.completeProfileTitle);
    await userEvent.type(canvas.getByLabelText('First name'), 'Ira');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Iyer');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ira@example.com');
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expectStep(canvasElement, messages.emailLinkTitle);
    await expect(canvas.getByText(/We sent a verification link to/)).toHaveTextContent('We sent a verification link to ira@example.com.');
    await expect(currentFake().lastMessage('ira@example.com', 'verify-email')).toBeDefined();
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    await expectStep(canvasElement, messages.loginSuccess);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledTimes(1));
  },
};

export const ChangeNumberGoesBack: Story = {
  play: async ({ canvasElement, msw }) => {
    const sends = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    await askForCode(canvas, '9000012345');
    await expectStep(canvasElement, messages.otpTitle);
    await userEvent.click(canvas.getByRole('button', { name: messages.otpChangeMobile }));
    // Back on the sign-in step, on the OTP method, with the number still typed.
    await expectStep(canvasElement, messages.loginTitle);
    await expect(canvas.getByLabelText('Mobile number')).toHaveValue('9000012345');
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: true })).toBeVisible();
    await expect(sends.count).toBe(1);
  },
};

export const LockedNumber: Story = {
  args: { supportEmail: 'help@example.com' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The code goes out to a disabled account's number; the right code is refused with 403 `is_deleted`.
    await askForCode(canvas, LOCKED.mobile);
    await userEvent.type(await canvas.findByLabelText('One-time code'), await waitFor(() => inboxCode(LOCKED.fullMobile, 'login-otp')));
    await expectStep(canvasElement, messages.lockedTitle);
    await expect(canvas.getByText(messages.lockedBody)).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'help@example.com' })).toHaveAttribute('href', 'mailto:help@example.com');
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotBackToSignIn }));
    await expectStep(canvasElement, messages.loginTitle);
  },
};

export const RateLimitedSend: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  beforeEach: () => currentFake().faults.inject('loginWithOTP', { type: 'rateLimit', retryAfter: 42 }),
  play: async ({ canvasElement, msw }) => {
    const sends = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    await askForCode(canvas, ANA.mobile);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 42 s.');
    // The submit button counts down, stays focusable and sends nothing until then.
    const submit = await canvas.findByRole('button', { name: /^Try again in (42|41) s$/ });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(submit);
    await expect(sends.count).toBe(1);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(messages.loginTitle);
  },
};
