import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { currentFake } from '../support/fake';
import { inboxCode, wrongCode } from '../support/parts';
import { registerForVerification } from '../support/register';
import { recordRequests } from '../support/requests';
import { StepsDemo } from '../support/StepsDemo';

/**
 * `VerifyBoth.Root`, `VerifyBoth.Mobile`, `VerifyBoth.Email` and `VerifyBoth.Status` (flows.md F5): after a
 * registration, the mobile number's and/or the email's code on one step, each a form of its own with its own
 * resend token and countdown, each checked with the `register_token`; the session starts after the last one.
 * Each story registers through the fake first and starts the flow at the "verify" step.
 */
const meta = {
  title: 'Components/VerifyBoth',
  component: StepsDemo,
  args: { start: { step: 'register' }, onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof StepsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const RAVI = { email: 'ravi@example.com', mobile: '9000012345', fullMobile: '+91 9000012345' };
const section = async (canvasElement: HTMLElement, name: string) => within(await within(canvasElement).findByRole('region', { name }));

export const MobileOnly: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'verify', verification: await registerForVerification({ mobile: RAVI.mobile }) };
  },
  play: async ({ canvasElement, args, msw }) => {
    const verifies = recordRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const mobile = await section(canvasElement, messages.verifyMobileTitle);
    await expect(canvas.queryByRole('region', { name: messages.verifyEmailTitle })).toBeNull();
    await expect(mobile.getByRole('heading', { level: 2 })).toHaveTextContent(messages.verifyMobileTitle);
    const code = mobile.getByLabelText('Code sent by SMS');
    await expect(code).toHaveAccessibleDescription('We sent a code to +91 9000012345.');
    await expect(code).toHaveAttribute('pattern', '\\d{4}');
    const otp = inboxCode(RAVI.fullMobile, 'verify-otp');
    await userEvent.type(code, otp);
    await expect(await canvas.findByText('Signed in as Ravi (then /)')).toBeVisible();
    // On the wire: the code, its request and the registration's token.
    const verification = args.start.step === 'verify' ? args.start.verification : undefined;
    await waitFor(() => expect(verifies.bodies).toEqual([{ request_id: verification?.mobile?.requestId, otp, register_token: verification?.registerToken }]));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Ravi' }) });
    await expect(currentFake().findUser(RAVI.mobile)?.phone_numbers?.[0]).toMatchObject({ phone: RAVI.mobile, verified: true });
    await expect(currentFake().sessionsOf(RAVI.mobile)).toHaveLength(1);
  },
};

export const MobileAndEmail: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'verify', verification: await registerForVerification({ email: RAVI.email, mobile: RAVI.mobile }) };
  },
  play: async ({ canvasElement, args, msw }) => {
    const emailChecks = recordRequests(msw, 'verifyEmailOTP');
    const canvas = within(canvasElement);
    const mobile = await section(canvasElement, messages.verifyMobileTitle);
    const email = await section(canvasElement, messages.verifyEmailTitle);
    await expect(email.getByLabelText('Code sent by email')).toHaveAccessibleDescription('We sent a code to ravi@example.com.');
    // Each code has its own countdown: the SMS's resend_timer, 90 s for the email (as Fynd's storefront).
    await expect(mobile.getByRole('button', { name: /^Resend code in (30|29)s$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(email.getByRole('button', { name: /^Resend code in (90|89)s$/ })).toHaveAttribute('aria-disabled', 'true');
    // The mobile number first: verified, its form goes, and there is still no session.
    await userEvent.type(mobile.getByLabelText('Code sent by SMS'), inboxCode(RAVI.fullMobile, 'verify-otp'));
    await expect(await canvas.findByText(messages.verifyMobileDone)).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole('region', { name: messages.verifyMobileTitle })).toBeNull());
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(args.onNext).not.toHaveBeenCalled();
    await expect(currentFake().findUser(RAVI.email)).toBeUndefined();
    // Then the email: the session starts with the last code.
    const otp = inboxCode(RAVI.email, 'verify-otp');
    await userEvent.type(email.getByLabelText('Code sent by email'), otp);
    await expect(await canvas.findByText('Signed in as Ravi (then /)')).toBeVisible();
    const verification = args.start.step === 'verify' ? args.start.verification : undefined;
    await waitFor(() => expect(emailChecks.bodies).toEqual([{ email: RAVI.email, otp, action: 'register', register_token: verification?.registerToken }]));
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    const ravi = currentFake().findUser(RAVI.email);
    await expect(ravi?.emails?.[0]).toMatchObject({ email: RAVI.email, verified: true });
    await expect(ravi?.phone_numbers?.[0]).toMatchObject({ phone: RAVI.mobile, verified: true });
    await expect(currentFake().sessionsOf(RAVI.email)).toHaveLength(1);
  },
};

export const WrongCode: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'verify', verification: await registerForVerification({ email: RAVI.email, mobile: RAVI.mobile }) };
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const mobile = await section(canvasElement, messages.verifyMobileTitle);
    const email = await section(canvasElement, messages.verifyEmailTitle);
    const input = mobile.getByLabelText('Code sent by SMS');
    const right = inboxCode(RAVI.fullMobile, 'verify-otp');
    await userEvent.type(input, wrongCode(right));
    // The error belongs to the mobile number's form; only its code is cleared.
    await expect(await mobile.findByRole('alert')).toHaveTextContent(messages.serverOtpInvalid);
    await expect(email.queryByRole('alert')).toBeNull();
    await expect(input).toHaveValue('');
    await waitFor(() => expect(input).toHaveFocus());
    await expect(canvas.queryByText(messages.verifyMobileDone)).toBeNull();
    await userEvent.type(input, right);
    await expect(await canvas.findByText(messages.verifyMobileDone)).toBeVisible();
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const ResendCarriesItsToken: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile', resendTimer: 1 } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'verify', verification: await registerForVerification({ email: RAVI.email, mobile: RAVI.mobile }) };
  },
  play: async ({ canvasElement, args, msw }) => {
    const resends = recordRequests(msw, 'sendOTPOnMobile');
    const mobile = await section(canvasElement, messages.verifyMobileTitle);
    const verification = args.start.step === 'verify' ? args.start.verification : undefined;
    await userEvent.click(await mobile.findByRole('button', { name: 'Resend code' }, { timeout: 3000 }));
    await waitFor(() => expect(resends.bodies).toEqual([{ mobile: RAVI.mobile, country_code: '91', action: 'resend', token: verification?.mobile?.resendToken }]));
    // The new code (same request) verifies the number.
    await waitFor(() => expect(currentFake().inbox.filter((message) => message.to.includes(RAVI.mobile))).toHaveLength(2));
    await userEvent.type(mobile.getByLabelText('Code sent by SMS'), inboxCode(RAVI.fullMobile, 'verify-otp'));
    await expect(await within(canvasElement).findByText(messages.verifyMobileDone)).toBeVisible();
  },
};
