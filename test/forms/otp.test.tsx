import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFdkRateLimitError } from '../../src/client/errors';
import { Otp, messages, type OtpRootProps, type OtpTarget } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { expectFocus, valueOf } from '../helpers/dom';
import { setupFakeKit, type FakeKitStart, type StartedKit } from '../helpers/kit';
import { codeSentTo, sendLoginOtp, wrongCode } from './helpers';

const fake = setupFakeKit();

function renderOtp(kit: StartedKit, target: OtpTarget, props: Partial<OtpRootProps> = {}) {
  return kit.renderKit(
    <Otp.Root target={target} {...props}>
      <Otp.Input />
      <Otp.Slots />
      <Otp.Error />
      <Otp.Submit />
      <Otp.Resend />
    </Otp.Root>,
  );
}

const start = (options: FakeKitStart = {}) => fake.start({ signedIn: false, ...options, provider: { initialConfig: platformPresets.default, ...options.provider } });

describe('the OTP step in jsdom', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(window, 'OTPCredential');
    Reflect.deleteProperty(navigator, 'credentials');
  });

  it('takes a 4-digit code (Fynd’s length), verifies by itself once the last digit is typed, and signs in', async () => {
    const kit = await start();
    const target = await sendLoginOtp(kit);
    const onSuccess = vi.fn();
    renderOtp(kit, target, { onSuccess });
    const input = screen.getByLabelText('One-time code');
    // No maxlength: a pasted `12 34` must reach the normaliser whole; the pattern says the length.
    expect(input.getAttribute('maxlength')).toBeNull();
    expect(input.getAttribute('pattern')).toBe('\\d{4}');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    const code = codeSentTo(kit.service, '+91 9876543210');
    expect(code).toMatch(/^\d{4}$/);
    await userEvent.type(input, code);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ user: { first_name: 'Ana' }, redirect: '/' });
    expect(fake.bodies('verifyMobileOTP')).toEqual([{ request_id: target.requestId, otp: code }]);
  });

  it('takes the provider’s otpLength when the service sends longer codes', async () => {
    const kit = await start({ otpLength: 6, provider: { otpLength: 6 } });
    const target = await sendLoginOtp(kit);
    const onSuccess = vi.fn();
    renderOtp(kit, target, { onSuccess });
    expect(screen.getByLabelText('One-time code').getAttribute('pattern')).toBe('\\d{6}');
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9876543210'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });

  it('shows the digits as slots, hidden from screen readers', async () => {
    const kit = await start();
    renderOtp(kit, await sendLoginOtp(kit), { autoSubmit: false });
    await userEvent.type(screen.getByLabelText('One-time code'), '12a3');
    const slots = document.querySelector('.fdk-otp-slots')!;
    expect(slots.getAttribute('aria-hidden')).toBe('true');
    expect([...slots.children].map((slot) => slot.textContent)).toEqual(['1', '2', '3', '']);
    expect(fake.count('verifyMobileOTP')).toBe(0);
  });

  it('fills and submits the code from WebOTP, and aborts the WebOTP request on unmount', async () => {
    const kit = await start();
    const target = await sendLoginOtp(kit);
    const code = codeSentTo(kit.service, '+91 9876543210');
    let signal: AbortSignal | undefined;
    const get = vi.fn((options: { signal: AbortSignal }) => {
      signal = options.signal;
      return Promise.resolve({ code });
    });
    vi.stubGlobal('OTPCredential', class {});
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    const onSuccess = vi.fn();
    const view = renderOtp(kit, target, { onSuccess });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] } }));
    expect(signal?.aborted).toBe(false);
    view.unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('waits for the server’s resend_timer: the resend button counts down, aria-disabled, and a click sends nothing', async () => {
    const kit = await start();
    renderOtp(kit, await sendLoginOtp(kit), { autoSubmit: false });
    const resend = screen.getByRole('button', { name: /^Resend code in (30|29)s$/ });
    expect(resend.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(resend);
    expect(fake.count('sendOTPOnMobile')).toBe(0);
  });

  it('a resend the server refuses as too early (429) restarts the countdown from Retry-After', async () => {
    const kit = await start();
    const target = await sendLoginOtp(kit);
    renderOtp(kit, { ...target, resendTimer: 0 }, { autoSubmit: false });
    // The fake's own 30 s timer still runs: its 429 (Retry-After) starts the countdown.
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Resend code in (29|30)s$/ }).getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toMatch(/Too many attempts\. Try again in (29|30) s\./);
  });

  it('resends with the last answer’s resend token, for the same request; the old code no longer works', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const kit = await start({ now: () => now });
    const target = await sendLoginOtp(kit);
    const first = codeSentTo(kit.service, '+91 9876543210');
    const onSuccess = vi.fn();
    renderOtp(kit, { ...target, resendTimer: 0 }, { onSuccess, autoSubmit: false });
    now += 31_000;
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(fake.count('sendOTPOnMobile')).toBe(1));
    expect(fake.bodies('sendOTPOnMobile')).toEqual([{ mobile: '9876543210', country_code: '91', action: 'resend', token: target.resendToken }]);
    await screen.findByRole('button', { name: /^Resend code in \d+s$/ });
    const second = codeSentTo(kit.service, '+91 9876543210');
    const input = screen.getByLabelText('One-time code');
    expect(second).not.toBe(first);
    await userEvent.type(input, first);
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain(messages.serverOtpInvalid);
    await userEvent.clear(input);
    await userEvent.type(input, second);
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fake.requests('verifyMobileOTP').map((request) => (request.body as { request_id: string }).request_id).every((id) => id === target.requestId)).toBe(true);
  });

  it('a wrong code clears the code, keeps the step, and shows Fynd’s text through serverOtpInvalid', async () => {
    const kit = await start();
    renderOtp(kit, await sendLoginOtp(kit));
    const input = screen.getByLabelText('One-time code');
    await userEvent.type(input, wrongCode(codeSentTo(kit.service, '+91 9876543210')));
    expect((await screen.findByRole('alert')).textContent).toContain(messages.serverOtpInvalid);
    expect(screen.getByRole('alert').textContent).not.toContain('Entered OTP is invalid');
    expect(valueOf(input)).toBe('');
    await expectFocus(input);
  });

  it('an unknown mobile goes on to complete a profile with the register_token, without a session', async () => {
    const kit = await start();
    const target = await sendLoginOtp(kit, '9000000001');
    const onNext = vi.fn();
    const onSuccess = vi.fn();
    renderOtp(kit, target, { onNext, onSuccess });
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9000000001'));
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toEqual({ type: 'profileRequired', registerToken: expect.stringMatching(/.+/), known: { mobile: '9000000001', countryCode: '91' } });
    expect(onSuccess).not.toHaveBeenCalled();
    await expect(kit.client.getLoggedInUser()).rejects.toMatchObject({ status: 401 });
  });

  it('a second code request too early is refused by the server with a rate-limit error', async () => {
    const kit = await start();
    await sendLoginOtp(kit);
    await expect(kit.client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } })).rejects.toSatisfy(isFdkRateLimitError);
    await act(async () => undefined);
  });
});
