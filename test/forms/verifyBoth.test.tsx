import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verification } from '../../src/flow/types';
import { verificationOf } from '../../src/forms/register/registerForm';
import { useVerifyBothForm, VerifyBoth } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { setupFakeKit, type StartedKit } from '../helpers/kit';
import { codeSentTo } from './helpers';

/*
 * "Verify both" (flows.md F5): after a registration the mobile's code and the email's code on one step, each with
 * its own resend token and countdown (the answer's resend_timer for mobile, 90 s for email), each checked with the
 * register_token; the session starts with the last one.
 */

const fake = setupFakeKit();
const start = () => fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });

/** Registers Zoe with an email and a mobile number, and returns what the server asked to verify. */
async function register(kit: StartedKit, contacts: { email?: string; mobile?: string } = { email: 'zoe@example.com', mobile: '9123456780' }): Promise<Verification> {
  const body = {
    first_name: 'Zoe',
    last_name: 'Park',
    password: 'Zo3#secret',
    ...(contacts.email ? { email: contacts.email } : {}),
    ...(contacts.mobile ? { phone: { mobile: contacts.mobile, country_code: '91' } } : {}),
  };
  const answer = await kit.client.registerWithForm({ body });
  const verification = verificationOf(answer, { email: contacts.email, mobile: contacts.mobile, countryCode: '91' });
  if (!verification) throw new Error('the fake asked nothing to verify');
  fake.wire.length = 0;
  return verification;
}

const section = (name: string) => screen.getByRole('region', { name });
const resendIn = (name: string) => within(section(name)).getByRole('button', { name: /^Resend code/ });

afterEach(() => vi.restoreAllMocks());

describe('useVerifyBothForm and VerifyBoth', { timeout: 20_000 }, () => {
  it('two targets: each code is checked with the register_token; the session starts with the last one', async () => {
    const kit = await start();
    const verification = await register(kit);
    expect(verification.mobile).toBeTruthy();
    expect(verification.email).toBeTruthy();
    const onSuccess = vi.fn();
    kit.renderKit(
      <VerifyBoth.Root verification={verification} onSuccess={onSuccess} redirectTo="/welcome">
        <VerifyBoth.Status />
        <VerifyBoth.Mobile />
        <VerifyBoth.Email />
      </VerifyBoth.Root>,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('Code sent by SMS'), codeSentTo(kit.service, '+91 9123456780', 'verify-otp'));
    expect(await screen.findByText('Mobile number verified.')).toBeTruthy();
    expect(screen.queryByLabelText('Code sent by SMS')).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
    await expect(kit.client.getLoggedInUser()).rejects.toMatchObject({ status: 401 }); // not yet
    await user.type(screen.getByLabelText('Code sent by email'), codeSentTo(kit.service, 'zoe@example.com', 'verify-otp'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ redirect: '/welcome', user: { first_name: 'Zoe' } });
    expect(fake.bodies('verifyMobileOTP')).toEqual([{ request_id: verification.mobile!.requestId, otp: expect.any(String), register_token: verification.registerToken }]);
    expect(fake.bodies('verifyEmailOTP')).toEqual([{ email: 'zoe@example.com', otp: expect.any(String), action: 'register', register_token: verification.registerToken }]);
    await expect(kit.client.getLoggedInUser()).resolves.toMatchObject({ user: { first_name: 'Zoe' } });
  });

  it('each resend carries its own token and restarts its own countdown: the answer’s resend_timer for mobile, 90 s for email', async () => {
    const kit = await start();
    const verification = await register(kit);
    kit.renderKit(
      <VerifyBoth.Root verification={verification}>
        <VerifyBoth.Mobile />
        <VerifyBoth.Email />
      </VerifyBoth.Root>,
    );
    expect(resendIn('Your mobile number').textContent).toMatch(/^Resend code in (30|29)s$/);
    expect(resendIn('Your email address').textContent).toMatch(/^Resend code in (90|89)s$/);
    expect(resendIn('Your email address').getAttribute('aria-disabled')).toBe('true');

    // 91 s later (the page's clock and the fake's): both may be sent again.
    const later = Date.now() + 91_000;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    await waitFor(() => expect(resendIn('Your mobile number').textContent).toBe('Resend code'));
    await waitFor(() => expect(resendIn('Your email address').textContent).toBe('Resend code'));

    const user = userEvent.setup({ delay: null });
    await user.click(resendIn('Your mobile number'));
    await waitFor(() => expect(resendIn('Your mobile number').textContent).toMatch(/^Resend code in 30s$/));
    expect(resendIn('Your email address').textContent).toBe('Resend code');
    expect(fake.bodies('sendOTPOnMobile')).toEqual([{ mobile: '9123456780', country_code: '91', action: 'resend', token: verification.mobile!.resendToken }]);

    await user.click(resendIn('Your email address'));
    await waitFor(() => expect(resendIn('Your email address').textContent).toMatch(/^Resend code in 90s$/));
    expect(fake.bodies('sendOTPOnEmail')).toEqual([{ email: 'zoe@example.com', action: 'resend', token: verification.email!.resendToken, register_token: verification.registerToken }]);
    expect(verification.mobile!.resendToken).not.toBe(verification.email!.resendToken);

    // The new codes work.
    await user.type(screen.getByLabelText('Code sent by SMS'), codeSentTo(kit.service, '+91 9123456780', 'verify-otp'));
    await waitFor(() => expect(screen.queryByLabelText('Code sent by SMS')).toBeNull());
    expect(screen.getByLabelText('Code sent by email')).toBeTruthy();
  });

  it('one target (email only): the hook offers only the email entry, and its code signs in', async () => {
    const kit = await start();
    const verification = await register(kit, { email: 'solo@example.com' });
    expect(verification.mobile).toBeUndefined();
    const onNext = vi.fn();
    const { result } = kit.renderKitHook(() => useVerifyBothForm({ verification, onNext }));
    expect(result.current.mobile).toBeUndefined();
    expect(result.current.email?.target).toMatchObject({ channel: 'email', email: 'solo@example.com', registerToken: verification.registerToken });
    expect(result.current.email?.timer.secondsLeft).toBeGreaterThanOrEqual(89);
    const code = codeSentTo(kit.service, 'solo@example.com', 'verify-otp');
    await act(async () => {
      result.current.email!.form.setValue('code', code);
      await result.current.email!.submit();
    });
    await waitFor(() => expect(onNext).toHaveBeenCalledWith(expect.objectContaining({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Zoe' }) })));
    expect(result.current.verified).toEqual({ mobile: false, email: true });
    expect(result.current.email).toBeUndefined();
  });

  it('a wrong code stays on its own entry: Fynd’s text in the kit’s words, the other entry untouched', async () => {
    const kit = await start();
    const verification = await register(kit);
    kit.renderKit(
      <VerifyBoth.Root verification={verification}>
        <VerifyBoth.Mobile />
        <VerifyBoth.Email />
      </VerifyBoth.Root>,
    );
    const right = codeSentTo(kit.service, '+91 9123456780', 'verify-otp');
    await userEvent.type(screen.getByLabelText('Code sent by SMS'), right === '1111' ? '2222' : '1111');
    const mobile = section('Your mobile number');
    expect((await within(mobile).findByRole('alert')).textContent).toContain('That code is not right.');
    expect(within(section('Your email address')).queryByRole('alert')).toBeNull();
  });
});
