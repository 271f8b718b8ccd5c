import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { currentFake } from '../support/fake';
import { OtpDemo } from '../support/OtpDemo';
import { ANA, inboxCode, sendMobileCode } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

/**
 * `Otp.Resend` and `Otp.Countdown`: the countdown is the server's `resend_timer`, shown on the button, which stays
 * focusable (`aria-disabled`) so that keyboard and screen-reader users hear the time left; a resend sends
 * `action: 'resend'` with the last answer's resend token (flows.md F2); a 429 restarts the countdown.
 */
const meta = {
  title: 'Components/Otp Resend',
  component: OtpDemo,
  args: { onSuccess: fn(), onNext: fn() },
  beforeEach: async ({ args }) => {
    if (!args.target) args.target = await sendMobileCode();
  },
} satisfies Meta<typeof OtpDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const secondsIn = (element: HTMLElement) => Number(/in (\d+)s/.exec(element.textContent ?? '')?.[1] ?? Number.NaN);

export const CountdownOnTheButton: Story = {
  play: async ({ canvasElement, msw }) => {
    const resends = countRequests(msw, 'sendOTPOnMobile');
    const canvas = within(canvasElement);
    await canvas.findByLabelText('One-time code');
    // The countdown and the resend button say the same number of seconds (the fake's resend_timer: 30).
    const timer = canvas.getByRole('timer');
    await expect(timer).toHaveTextContent(/^Resend code in (30|29)s$/);
    const resend = canvas.getByRole('button', { name: /^Resend code in \d+s$/ });
    await expect(Math.abs(secondsIn(resend) - secondsIn(timer))).toBeLessThanOrEqual(1);
    // Not `disabled`: it stays in the tab order, says it is unavailable, and does nothing when pressed.
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).not.toBeDisabled();
    resend.focus();
    await expect(resend).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(resend);
    await expect(resends.count).toBe(0);
    // The time left is announced once, politely, not every second.
    await expect(canvas.getByText(/^Resend code in (30|29)s$/, { selector: '.fdk-visually-hidden' })).toHaveAttribute('role', 'status');
  },
};

export const CountdownTicks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timer = await canvas.findByRole('timer');
    const start = secondsIn(timer);
    await expect(start).toBeGreaterThanOrEqual(29);
    await waitFor(() => expect(secondsIn(timer)).toBe(start - 1), { timeout: 2000 });
    await expect(canvas.getByRole('button', { name: `Resend code in ${start - 1}s` })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ResendCarriesTheToken: Story = {
  // The fake allows a resend after 1 s, so the story can press it.
  parameters: { fake: { resendTimer: 1 } },
  play: async ({ canvasElement, msw, args }) => {
    const resends = recordRequests(msw, 'sendOTPOnMobile');
    const canvas = within(canvasElement);
    const first = args.target?.channel === 'mobile' ? args.target : undefined;
    await expect(first?.resendToken).toMatch(/\S/);
    const codesSent = () => currentFake().inbox.filter((message) => message.kind === 'login-otp');
    const resend = await canvas.findByRole('button', { name: 'Resend code' }, { timeout: 3000 });
    await expect(resend).toHaveAttribute('aria-disabled', 'false');
    await expect(canvas.queryByRole('timer')).toBeNull();
    await userEvent.click(resend);
    // On the wire: the same number, `action: 'resend'` and the first answer's resend token.
    await waitFor(() => expect(resends.bodies).toEqual([{ mobile: ANA.mobile, country_code: '91', action: 'resend', token: first?.resendToken }]));
    // A new code for the same request; the focus is back in the input.
    await waitFor(() => expect(codesSent()).toHaveLength(2));
    await expect(codesSent()[1]?.requestId).toBe(first?.requestId);
    const input = canvas.getByLabelText('One-time code');
    await waitFor(() => expect(input).toHaveFocus());
    // A second resend carries the token of the resend's own answer.
    await userEvent.click(await canvas.findByRole('button', { name: 'Resend code' }, { timeout: 3000 }));
    await waitFor(() => expect(resends.bodies).toHaveLength(2));
    await expect(resends.bodies[1]?.token).toMatch(/\S/);
    await expect(resends.bodies[1]?.token).not.toBe(first?.resendToken);
    await waitFor(() => expect(codesSent()).toHaveLength(3));
    // The latest code signs in.
    await userEvent.type(input, inboxCode(ANA.fullMobile, 'login-otp'));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
  },
};

export const ResendTooSoon: Story = {
  // The client's countdown (1 s) is shorter than the server's (30 s): the 429 restarts it with its Retry-After.
  beforeEach: ({ args }) => {
    if (args.target) args.target = { ...args.target, resendTimer: 1 };
  },
  play: async ({ canvasElement, msw }) => {
    const resends = countRequests(msw, 'sendOTPOnMobile');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Resend code' }, { timeout: 3000 }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/^Too many attempts\. Try again in 2\d s\.$/);
    const timer = await canvas.findByRole('timer');
    await expect(secondsIn(timer)).toBeGreaterThanOrEqual(20);
    await expect(secondsIn(timer)).toBeLessThanOrEqual(29);
    const resend = canvas.getByRole('button', { name: /^Resend code in 2\ds$/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await expect(resends.count).toBe(1);
  },
};

export const VerifyRateLimited: Story = {
  // A 429 on the check: the wait is said once and the Verify button counts it down.
  args: { autoSubmit: false },
  beforeEach: () => currentFake().faults.inject('verifyMobileOTP', { type: 'rateLimit', retryAfter: 30 }),
  play: async ({ canvasElement, msw }) => {
    const verifies = countRequests(msw, 'verifyMobileOTP');
    const canvas = within(canvasElement);
    const input = await canvas.findByLabelText('One-time code');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    await userEvent.type(input, code);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.');
    const verify = await canvas.findByRole('button', { name: /^Try again in (30|29) s$/ });
    await expect(verify).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(verify);
    await expect(verifies.count).toBe(1);
    await expect(input).toHaveValue(code);
  },
};
