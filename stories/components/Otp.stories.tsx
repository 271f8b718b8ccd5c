import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Login } from '../../src/components/Login';
import { Otp } from '../../src/components/Otp';
import type { OtpTarget, SignedInResult } from '../../src/forms/successTypes';
import { messages } from '../../src/i18n/messages';
import type { FakeFault } from '../../src/testing/index';
import { currentFake } from '../support/fake';
import { ANA, inboxCode, SignedInNote, StoryCard, WithPlatformView, sendEmailCode, sendMobileCode, wrongCode } from '../support/parts';
import { countRequests } from '../support/requests';

interface OtpDemoProps {
  /** Where the code went; set by each story's `beforeEach` from a real call to the fake. */
  target?: OtpTarget;
  onSuccess: (result: SignedInResult) => void;
  onRegisterRequired: (next: { registerToken: string; target: OtpTarget }) => void;
  autoSubmit?: boolean;
  length?: number;
  /** Render the slots with the story's own renderer (the children function of `Otp.Slots`). */
  customSlots?: boolean;
}

function OtpParts({ customSlots }: { customSlots?: boolean }) {
  return (
    <>
      <Otp.Input />
      {customSlots ? (
        <Otp.Slots className="story-slots">
          {(slot) => (
            <span
              data-testid={`slot-${slot.index}`}
              data-active={slot.isActive ? '' : undefined}
              style={{ display: 'inline-block', width: '2rem', textAlign: 'center', borderBottom: slot.isActive ? '3px solid #1d4ed8' : '3px solid #4b5563' }}
            >
              {slot.char ?? '·'}
            </span>
          )}
        </Otp.Slots>
      ) : (
        <Otp.Slots />
      )}
      <Otp.Error />
      <Otp.Submit />
      <p>
        <Otp.Countdown />
      </p>
      <Otp.Resend />
    </>
  );
}

/** The OTP parts as an app composes them after a code was sent. */
function OtpDemo({ target, onSuccess, onRegisterRequired, autoSubmit, length, customSlots }: OtpDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [registerToken, setRegisterToken] = useState<string>();
  if (!target) return <StoryCard title="Enter the code">No code was sent.</StoryCard>;
  return (
    <StoryCard title="Enter the code">
      <Otp.Root
        target={target}
        autoSubmit={autoSubmit}
        length={length}
        className="fdk-form"
        onSuccess={(result) => {
          setSignedIn(result);
          onSuccess(result);
        }}
        onRegisterRequired={(next) => {
          setRegisterToken(next.registerToken);
          onRegisterRequired(next);
        }}
      >
        <OtpParts customSlots={customSlots} />
      </Otp.Root>
      <SignedInNote result={signedIn} />
      {registerToken ? <p role="status">New shopper: continue to registration</p> : null}
    </StoryCard>
  );
}

/**
 * `Otp.Root`, `Otp.Input`, `Otp.Slots`, `Otp.Slot`, `Otp.Submit`, `Otp.Resend`, `Otp.Countdown` and `Otp.Error`.
 * Each story first asks the fake for a code (`loginWithOTP` / `sendOTPOnEmail`) and passes the target in `args`.
 */
const meta = {
  title: 'Components/Otp',
  component: OtpDemo,
  args: { onSuccess: fn(), onRegisterRequired: fn() },
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
const secondsIn = (element: HTMLElement) => Number(/in (\d+)s/.exec(element.textContent ?? '')?.[1] ?? Number.NaN);
const signedInAsAna = (canvas: Canvas) => canvas.findByText('Signed in as Ana (then /)');

export const Idle: Story = {
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByText('We sent a code to +91 9876543210.')).toBeVisible();
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210.');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('pattern', '\\d{6}');
    await expect(input).toHaveValue('');
    // Six empty boxes, hidden from screen readers (the input carries the code).
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
    await expect(canvasElement.querySelector('.fdk-otp-slots')).toHaveAttribute('aria-hidden', 'true');
    await expect(canvas.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-busy', 'false');
    // The countdown and the disabled resend button say the same number of seconds.
    const timer = canvas.getByRole('timer');
    await expect(timer).toHaveTextContent(/^Resend code in (30|29)s$/);
    const resend = canvas.getByRole('button', { name: /^Resend code in \d+s$/ });
    await expect(resend).toBeDisabled();
    await expect(Math.abs(secondsIn(resend) - secondsIn(timer))).toBeLessThanOrEqual(1);
    await expect(verifies.count).toBe(0);
  },
};

export const CountdownTicks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timer = await canvas.findByRole('timer');
    const start = secondsIn(timer);
    await expect(start).toBeGreaterThanOrEqual(29);
    await waitFor(() => expect(secondsIn(timer)).toBe(start - 1), { timeout: 2000 });
    const resend = canvas.getByRole('button', { name: `Resend code in ${start - 1}s` });
    await expect(resend).toBeDisabled();
  },
};

export const TypingFillsSlots: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await userEvent.type(input, '12a3');
    // Only digits are kept.
    await expect(input).toHaveValue('123');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '', '', '']);
    const slots = canvasElement.querySelectorAll('.fdk-otp-slot');
    await expect(slots[2]).toHaveAttribute('data-filled');
    await expect(slots[3]).not.toHaveAttribute('data-filled');
    // The next box is the active one while the input has focus.
    await expect(slots[3]).toHaveAttribute('data-active');
    await userEvent.tab();
    await expect(canvasElement.querySelectorAll('.fdk-otp-slot[data-active]')).toHaveLength(0);
    // Clicking the boxes puts the focus back in the input.
    await userEvent.click(canvasElement.querySelector('.fdk-otp-slots')!);
    await expect(input).toHaveFocus();
    // An incomplete code is not sent.
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210. Enter the 6-digit code.');
    await expect(verifies.count).toBe(0);
  },
};

export const CustomSlotRenderer: Story = {
  args: { autoSubmit: false, customSlots: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByTestId('slot-0')).toHaveTextContent('·');
    await expect(canvasElement.querySelector('.story-slots')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.type(input, '4096');
    await expect(canvas.getByTestId('slot-0')).toHaveTextContent('4');
    await expect(canvas.getByTestId('slot-3')).toHaveTextContent('6');
    await expect(canvas.getByTestId('slot-4')).toHaveTextContent('·');
    await expect(canvas.getByTestId('slot-4')).toHaveAttribute('data-active');
    await expect(canvasElement.querySelectorAll('[data-testid^="slot-"]')).toHaveLength(6);
  },
};

export const PasteNormalisesTheCode: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await userEvent.click(input);
    await userEvent.paste('123 456');
    await expect(input).toHaveValue('123456');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '4', '5', '6']);
    await expect(verifies.count).toBe(0);
  },
};

export const PasteSignsIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await userEvent.click(input);
    await userEvent.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(args.onRegisterRequired).not.toHaveBeenCalled();
  },
};

export const WrongCodeClears: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await userEvent.type(input, wrongCode(code));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid OTP. 4 attempts left.');
    await expect(input).toHaveValue('');
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
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
export const RateLimited: Story = verifyFault({ type: 'rateLimit', retryAfter: 30 }, 'Too many attempts. Try again in 30 s.');

export const ResendAfterCountdown: Story = {
  // A target whose countdown is 1 s and whose request is unknown to the service: only a resend makes it work.
  args: { target: { channel: 'mobile', mobile: ANA.mobile, countryCode: '91', requestId: 'no-such-request', resendTimer: 1 } },
  play: async ({ canvasElement, msw }) => {
    const resends = countRequests(msw, 'sendOTPOnMobile');
    const canvas = within(canvasElement);
    const resend = await canvas.findByRole('button', { name: 'Resend code' }, { timeout: 3000 });
    await expect(resend).toBeEnabled();
    await expect(canvas.queryByRole('timer')).toBeNull();
    await userEvent.click(resend);
    // The new request restarts the countdown with the server's resend_timer.
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/^Resend code in (30|29)s$/);
    await expect(canvas.getByRole('button', { name: /^Resend code in \d+s$/ })).toBeDisabled();
    await expect(resends.count).toBe(1);
    const input = canvas.getByLabelText('One-time code');
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, inboxCode(ANA.fullMobile, 'login-otp'));
    await expect(await signedInAsAna(canvas)).toBeVisible();
  },
};

export const ResendTooSoon: Story = {
  // The client's countdown is shorter than the server's: the 429 restarts the countdown with its Retry-After.
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    const target = await sendMobileCode();
    args.target = { ...target, resendTimer: 1 };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Resend code' }, { timeout: 3000 }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/^Too many attempts\. Try again in 2\d s\.$/);
    const timer = await canvas.findByRole('timer');
    await expect(secondsIn(timer)).toBeGreaterThanOrEqual(20);
    await expect(secondsIn(timer)).toBeLessThanOrEqual(29);
    await expect(canvas.getByRole('button', { name: /^Resend code in 2\ds$/ })).toBeDisabled();
  },
};

export const EmailCode: Story = {
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    args.target = await sendEmailCode(ANA.email);
  },
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyEmailOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(input).toHaveAccessibleDescription('We sent a code to ana@example.com.');
    await userEvent.type(input, inboxCode(ANA.email, 'login-otp'));
    await expect(await signedInAsAna(canvas)).toBeVisible();
    await expect(verifies.count).toBe(1);
  },
};

export const NewNumberNeedsRegistration: Story = {
  parameters: { sendCode: false },
  beforeEach: async ({ args }) => {
    args.target = await sendMobileCode('9000012345');
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('One-time code'), inboxCode('+91 9000012345', 'login-otp'));
    await expect(await canvas.findByText('New shopper: continue to registration')).toBeVisible();
    await expect(args.onRegisterRequired).toHaveBeenCalledWith({
      registerToken: expect.stringMatching(/\S/),
      target: expect.objectContaining({ channel: 'mobile', mobile: '9000012345' }),
    });
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const FourDigits: Story = {
  args: { length: 4, autoSubmit: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    await expect(input).toHaveAttribute('pattern', '\\d{4}');
    await expect(slotTexts(canvasElement)).toHaveLength(4);
    await userEvent.type(input, '98');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Enter the 4-digit code.')).toBeVisible();
    // Typing past the length keeps the first four digits.
    await userEvent.type(input, '76543');
    await expect(input).toHaveValue('9876');
  },
};

/** The login step hands its target to the OTP step, as an app wires them. */
function LoginThenOtp({ onSuccess }: { onSuccess: (result: SignedInResult) => void }) {
  const [target, setTarget] = useState<OtpTarget>();
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  return (
    <StoryCard title={target ? 'Enter the code' : 'Sign in'}>
      <WithPlatformView>
        {(view) =>
          target ? (
            <Otp.Root
              target={target}
              className="fdk-form"
              onSuccess={(result) => {
                setSignedIn(result);
                onSuccess(result);
              }}
            >
              <OtpParts />
            </Otp.Root>
          ) : (
            <Login.Root view={view} onOtpSent={setTarget} className="fdk-form">
              <Login.Identifier />
              <Login.Error />
              <Login.Submit />
            </Login.Root>
          )
        }
      </WithPlatformView>
      <SignedInNote result={signedIn} />
    </StoryCard>
  );
}

export const FromLoginStep: Story = {
  // The login step sends the code itself.
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
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
