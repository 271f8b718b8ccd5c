import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Otp } from '../../src/components/Otp';
import type { OtpTarget } from '../../src/forms/successTypes';
import { isFdkRateLimitError } from '../../src/client/errors';
import { kitWrapper, testClient, testQueryClient } from '../helpers/kit';
import { fakeBackend } from './helpers';
import { platformPresets } from '../../src/testing/presets';

const backend = fakeBackend();
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => backend.reset());
afterAll(() => backend.server.close());

async function sendOtp(): Promise<OtpTarget> {
  const answer = await testClient().loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
  return { channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: answer.request_id!, resendTimer: answer.resend_timer };
}

function renderOtp(target: OtpTarget, props: Partial<Parameters<typeof Otp.Root>[0]> = {}) {
  const Wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient(), initialConfig: platformPresets.default });
  return render(
    <Wrapper>
      <Otp.Root target={target} {...props}>
        <Otp.Input />
        <Otp.Slots />
        <Otp.Error />
        <Otp.Submit />
        <Otp.Resend />
      </Otp.Root>
    </Wrapper>,
  );
}

describe('the OTP step in jsdom', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(window, 'OTPCredential');
  });

  it('verifies by itself once the last digit is typed, and signs in', async () => {
    const target = await sendOtp();
    const onSuccess = vi.fn();
    renderOtp(target, { onSuccess });
    await userEvent.type(screen.getByLabelText('One-time code'), backend.service.lastCode('+91 9876543210')!);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ user: { first_name: 'Ana' }, redirect: '/' });
  });

  it('shows the digits as slots, hidden from screen readers', async () => {
    renderOtp(await sendOtp(), { autoSubmit: false });
    await userEvent.type(screen.getByLabelText('One-time code'), '12a3');
    const slots = document.querySelector('.fdk-otp-slots')!;
    expect(slots.getAttribute('aria-hidden')).toBe('true');
    expect([...slots.children].map((slot) => slot.textContent)).toEqual(['1', '2', '3', '', '', '']);
  });

  it('fills and submits the code from WebOTP, and aborts the WebOTP request on unmount', async () => {
    const target = await sendOtp();
    const code = backend.service.lastCode('+91 9876543210')!;
    let signal: AbortSignal | undefined;
    const get = vi.fn((options: { signal: AbortSignal }) => {
      signal = options.signal;
      return Promise.resolve({ code });
    });
    vi.stubGlobal('OTPCredential', class {});
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    const onSuccess = vi.fn();
    const view = renderOtp(target, { onSuccess });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] } }));
    expect(signal?.aborted).toBe(false);
    view.unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('disables resend until the server resend_timer runs out, and a 429 restarts the countdown', async () => {
    const target = await sendOtp();
    renderOtp({ ...target, resendTimer: 0 }, { autoSubmit: false });
    // The fake's own 30 s timer still runs: its 429 (Retry-After) starts the countdown.
    const resend = screen.getByRole('button', { name: 'Resend code' });
    await userEvent.click(resend);
    await waitFor(() => expect(screen.getByRole('button', { name: /Resend code in (29|30)s/ })).toHaveProperty('disabled', true));
    const error = screen.getByRole('alert');
    expect(error.textContent).toMatch(/Too many attempts\. Try again in (29|30) s\./);
  });

  it('a wrong code clears the code, keeps the step, and shows the server message', async () => {
    renderOtp(await sendOtp());
    const input = screen.getByLabelText('One-time code');
    const right = backend.service.lastCode('+91 9876543210')!;
    await userEvent.type(input, right === '999999' ? '888888' : '999999');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Invalid OTP/);
    expect((input as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('an unknown mobile goes on to registration with the register_token', async () => {
    const answer = await testClient().loginWithOTP({ body: { mobile: '9000000001', country_code: '91' } });
    const target: OtpTarget = { channel: 'mobile', mobile: '9000000001', countryCode: '91', requestId: answer.request_id!, resendTimer: 30 };
    const onRegisterRequired = vi.fn();
    renderOtp(target, { onRegisterRequired });
    await userEvent.type(screen.getByLabelText('One-time code'), backend.service.lastCode('+91 9000000001')!);
    await waitFor(() => expect(onRegisterRequired).toHaveBeenCalledTimes(1));
    expect(onRegisterRequired.mock.calls[0]![0]).toMatchObject({ registerToken: expect.any(String), target: { mobile: '9000000001' } });
  });

  it('a resend too early is refused by the server with a rate-limit error the hook maps', async () => {
    await sendOtp();
    await expect(testClient().loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } })).rejects.toSatisfy(isFdkRateLimitError);
    await act(async () => undefined);
  });
});
