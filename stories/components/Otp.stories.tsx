import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import type { FakeFault } from '../../src/testing/index';
import { currentFake } from '../support/fake';
import { LoginThenOtp, OtpDemo } from '../support/OtpDemo';
import { ANA, inboxCode, LOCKED, sendEmailCode, sendMobileCode, wrongCode } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

/**
 * `Otp.Root`, `Otp.Input`, `Otp.Slots`, `Otp.Slot`, `Otp.Submit`, `Otp.Countdown` and `Otp.Error`: entering the
 * code. Each story first asks the fake for a code (`loginWithOTP` / `sendOTPOnEmail`) and passes the target in
 * `args`. Codes have the provider's `otpLength` digits: 4 by default, as in Fynd's storefronts. The resend is in
 * `Components/Otp Resend`.
 */
const meta = {
  title: 'Components/Otp',
  component: OtpDemo,
  args: { onSuccess: fn(), onNext: fn() },
  // Ana's code by SMS, unless the story passes a target or sends its own (`parameters.sendCode: false`).
  beforeEach: async ({ args, parameters }) => {
    if (args.target || parameters.sendCode === false) return;
    args.target = await sendMobileCode();
  },
} satisfies Meta<typeof OtpDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const slotTexts = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll('.fdk-otp-slot'), (slot) => slot.textContent);
const signedInAsAna = (canvas: Canvas) => canvas.findByText('Signed in as Ana (then /)');

export const FourDigits: Story = {
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByText('We sent a code to +91 9876543210.')).toBeVisible();
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210.');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('pattern', '\\d{4}');
    // No maxlength: a pasted `12 34` or `Your code: 1234` must reach the normaliser whole.
    await expect(input).not.toHaveAttribute('maxlength');
    await expect(input).toHaveValue('');
    // Four empty boxes, hidden from screen readers (the input carries the code).
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '']);
    await expect(canvasElement.querySelector('.fdk-otp-slots')).toHaveAttribute('aria-hidden', 'true');
    await expect(canvas.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-busy', 'false');
    await expect(verifies.count).toBe(0);
    // The fake sent a 4-digit code; typing it signs in.
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await expect(code).toMatch(/^\d{4}$/);
    await userEvent.type(input, code);
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(verifies.count).toBe(1);
  },
};

export const SixDigits: Story = {
  // A storefront whose service sends 6-digit codes sets it once on the provider; the fake sends 6 digits too.
  parameters: { fake: { otpLength: 6 }, kit: { otpLength: 6 } },
  play: async ({ canvasElement, msw, args }) => {
    const verifies = recordRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(input).toHaveAttribute('pattern', '\\d{6}');
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await expect(code).toMatch(/^\d{6}$/);
    // Four digits are not a code here: not checked, not sent.
    await userEvent.type(input, code.slice(0, 4));
    await expect(verifies.count).toBe(0);
    await userEvent.type(input, code.slice(4));
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await waitFor(() => expect(verifies.bodies).toEqual([{ request_id: args.target?.channel === 'mobile' ? args.target.requestId : '', otp: code }]));
  },
};

export const TypingFillsSlots: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await userEvent.type(input, '1a2');
    // Only digits are kept.
    await expect(input).toHaveValue('12');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '', '']);
    const slots = canvasElement.querySelectorAll('.fdk-otp-slot');
    await expect(slots[1]).toHaveAttribute('data-filled');
    await expect(slots[2]).not.toHaveAttribute('data-filled');
    // The next box is the active one while the input has focus.
    await expect(slots[2]).toHaveAttribute('data-active');
    await userEvent.tab();
    await expect(canvasElement.querySelectorAll('.fdk-otp-slot[data-active]')).toHaveLength(0);
    // Clicking the boxes puts the focus back in the input.
    await userEvent.click(canvasElement.querySelector('.fdk-otp-slots')!);
    await expect(input).toHaveFocus();
    // An incomplete code is not sent.
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210. Enter the 4-digit code.');
    await expect(verifies.count).toBe(0);
    // Typing past the length keeps the first four digits.
    await userEvent.type(input, '3456');
    await expect(input).toHaveValue('1234');
  },
};

export const CustomSlotRenderer: Story = {
  args: { autoSubmit: false, customSlots: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByTestId('slot-0')).toHaveTextContent('·');
    await expect(canvasElement.querySelector('.story-slots')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.type(input, '409');
    await expect(canvas.getByTestId('slot-0')).toHaveTextContent('4');
    await expect(canvas.getByTestId('slot-2')).toHaveTextContent('9');
    await expect(canvas.getByTestId('slot-3')).toHaveTextContent('·');
    await expect(canvas.getByTestId('slot-3')).toHaveAttribute('data-active');
    await expect(canvasElement.querySelectorAll('[data-testid^="slot-"]')).toHaveLength(4);
  },
};

export const PasteNormalisesTheCode: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await userEvent.click(input);
    await userEvent.paste('12 34');
    await expect(input).toHaveValue('1234');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '4']);
    await expect(verifies.count).toBe(0);
  },
};

export const PasteSignsIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await userEvent.click(input);
    await userEvent.paste(`${code.slice(0, 2)} ${code.slice(2)}`);
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Ana' }) });
  },
};

export const WrongCodeClears: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await userEvent.type(input, wrongCode(code));
    // Fynd's "Entered OTP is invalid, please retry", in the kit's own wording.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverOtpInvalid);
    await expect(input).toHaveValue('');
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '']);
    await waitFor(() => expect(input).toHaveFocus());
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await userEvent.type(input, code);
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const VerifyWithTheButton: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('One-time code'), inboxCode(ANA.fullMobile, 'login-otp'));
    await expect(verifies.count).toBe(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(verifies.count).toBe(1);
  },
};

export const Verifying: Story = {
  beforeEach: () => currentFake().faults.inject('verifyMobileOTP', { type: 'latency', ms: 1500 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await userEvent.type(input, inboxCode(ANA.fullMobile, 'login-otp'));
    const busy = await canvas.findByRole('button', { name: 'Verifying…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-busy', 'false');
  },
};

/** A fault on `verifyMobileOTP`: the friendly message, the code kept (only a wrong code is cleared), Verify again. */
function verifyFault(fault: FakeFault, message: string): Story {
  return {
    args: { autoSubmit: false },
    beforeEach: () => currentFake().faults.inject('verifyMobileOTP', fault, { times: 'always' }),
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      const input = await canvas.findByLabelText('One-time code');
      const code = inboxCode(ANA.fullMobile, 'login-otp');
      await userEvent.type(input, code);
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(input).toHaveValue(code);
      await expect(args.onSuccess).not.toHaveBeenCalled();
      currentFake().faults.clear();
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      await expect(await signedInAsAna(canvas)).toBeVisible();
    },
  };
}

export const ServerError: Story = verifyFault({ type: 'status', status: 500, body: { message: 'Internal server error' } }, messages.errorServer);
export const HtmlError: Story = verifyFault({ type: 'html' }, messages.errorServer);
export const Offline: Story = verifyFault({ type: 'drop' }, messages.errorOffline);

export const EmailCode: Story = {
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    args.target = await sendEmailCode(ANA.email);
  },
  play: async ({ canvasElement, msw }) => {
    const verifies = recordRequests(msw, 'verifyEmailOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(input).toHaveAccessibleDescription('We sent a code to ana@example.com.');
    const code = inboxCode(ANA.email, 'login-otp');
    await userEvent.type(input, code);
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await waitFor(() => expect(verifies.bodies).toEqual([{ email: ANA.email, otp: code, action: 'verify' }]));
  },
};

export const NewNumberCompletesAProfile: Story = {
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    args.target = await sendMobileCode('9000012345');
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('One-time code'), inboxCode('+91 9000012345', 'login-otp'));
    // A right code for a number with no account: no session yet, the shopper completes a profile first.
    await expect(await canvas.findByText('Next: complete the profile')).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({
      type: 'profileRequired',
      registerToken: expect.stringMatching(/\S/),
      known: { mobile: '9000012345', countryCode: '91' },
    });
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(currentFake().findUser('9000012345')).toBeUndefined();
  },
};

export const LockedNumber: Story = {
  // The code is sent to a disabled account's number (the send works); the right code is refused with 403.
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    args.target = await sendMobileCode(LOCKED.mobile);
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('One-time code'), inboxCode(LOCKED.fullMobile, 'login-otp'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverAccountDisabled);
    await expect(await canvas.findByText('Next: account disabled')).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'accountDisabled' });
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const FromLoginStep: Story = {
  // The login step sends the code itself and `useAuthFlow` moves on to the code.
  parameters: { fake: { preset: 'otpOnly' }, sendCode: false },
  render: (args) => <LoginThenOtp onSuccess={args.onSuccess} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Enter the code');
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210.');
    await userEvent.type(input, inboxCode(ANA.fullMobile, 'login-otp'));
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};
