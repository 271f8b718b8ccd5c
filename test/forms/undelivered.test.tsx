import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EmailList, ForgotPassword, Login, messages, Otp, userKeys } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { ANA, setupFakeKit } from '../helpers/kit';
import { answerOnce } from '../helpers/msw';
import { codeSentTo, sendLoginOtp } from './helpers';

/*
 * A 2xx that does not deliver what the step is for is a failure, never a silent success: the form shows a clear,
 * retryable message ("could not complete"), and "Try again" works once the server answers properly.
 */

const fake = setupFakeKit();

/** The form's error: the kit's "could not complete" text, with "Try again". */
async function expectRetryableFailure() {
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain(messages.errorServer);
  return within(alert).getByRole('button', { name: messages.commonRetry });
}

describe('a 2xx that does not deliver', { timeout: 20_000 }, () => {
  it('a password sign-in answered 200 {}: not signed in, a retryable failure; the retry signs in', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    const empty = answerOnce('loginWithEmailAndPassword', {});
    fake.use(empty.handler);
    const onSuccess = vi.fn();
    kit.renderKit(
      <Login.Root onSuccess={onSuccess}>
        <Login.Identifier />
        <Login.Password />
        <Login.Error />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(screen.getByLabelText('Password'), ANA.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const retry = await expectRetryableFailure();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(kit.queryClient.getQueryData(userKeys.session())).toBeUndefined();
    await userEvent.click(retry);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(empty.answered()).toBe(1);
    expect(fake.count('loginWithEmailAndPassword')).toBe(2);
  });

  it('loginWithOTP without a request_id: no code step, a retryable failure', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.otpOnly } });
    const noRequest = answerOnce('loginWithOTP', { success: true, message: 'OTP sent', resend_timer: 30 });
    fake.use(noRequest.handler);
    const onNext = vi.fn();
    kit.renderKit(
      <Login.Root onNext={onNext}>
        <Login.Identifier />
        <Login.Error />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Mobile number'), ANA.mobile);
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
    await userEvent.click(await expectRetryableFailure());
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toMatchObject({ type: 'otpSent', target: { requestId: expect.stringMatching(/.+/) } });
  });

  it('verifyMobileOTP answered { success: true } (no user, no register_token): the code step stays, a retryable failure', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    const target = await sendLoginOtp(kit);
    const bare = answerOnce('verifyMobileOTP', { success: true });
    fake.use(bare.handler);
    const onNext = vi.fn();
    kit.renderKit(
      <Otp.Root target={target} onNext={onNext}>
        <Otp.Input />
        <Otp.Error />
      </Otp.Root>,
    );
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9876543210'));
    await userEvent.click(await expectRetryableFailure());
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toMatchObject({ type: 'signedIn', user: { first_name: 'Ana' } });
  });

  it('addEmail answered {}: the address is not reported added, a retryable failure; the retry adds it', async () => {
    const kit = await fake.start();
    const empty = answerOnce('addEmail', {});
    fake.use(empty.handler);
    kit.renderKit(
      <EmailList.Root>
        <EmailList.Status />
        <EmailList.Items />
        <EmailList.Add />
      </EmailList.Root>,
    );
    await screen.findByText(ANA.email, { selector: '.fdk-contact-label' });
    await userEvent.type(screen.getByLabelText('Email address'), 'ana.new@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add email address' }));
    const retry = await expectRetryableFailure();
    expect(screen.queryByText('ana.new@example.com has been added.')).toBeNull();
    await userEvent.click(retry);
    expect(await screen.findByText('ana.new@example.com has been added.')).toBeTruthy();
    expect(fake.count('addEmail')).toBe(2);
  });

  it('forgotPassword answered { success: true } (no user): the password step stays, not signed in, a retryable failure; the retry signs in', async () => {
    const kit = await fake.start({ signedIn: false });
    await kit.client.sendResetPasswordEmail({ body: { email: ANA.email } });
    const code = codeSentTo(kit.service, ANA.email, 'reset-password');
    const noUser = answerOnce('forgotPassword', { success: true });
    fake.use(noUser.handler);
    const onNext = vi.fn();
    kit.renderKit(
      <ForgotPassword.Root code={code} onNext={onNext}>
        <ForgotPassword.Step step="code">
          <ForgotPassword.Field name="code" />
        </ForgotPassword.Step>
        <ForgotPassword.Step step="password">
          <ForgotPassword.Field name="password" />
          <ForgotPassword.Field name="confirmPassword" />
        </ForgotPassword.Step>
        <ForgotPassword.Error />
        <ForgotPassword.Submit />
      </ForgotPassword.Root>,
    );
    // The code from the link is checked at once; then the new password.
    await userEvent.type(await screen.findByLabelText('New password'), 'N3w-Passw0rd!');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'N3w-Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: messages.resetSubmit }));
    const retry = await expectRetryableFailure();
    expect(onNext).not.toHaveBeenCalled();
    expect(screen.getByRole('form').getAttribute('data-step')).toBe('password');
    expect(kit.queryClient.getQueryData(userKeys.session())).toBeUndefined();
    await userEvent.click(retry);
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
    expect(onNext.mock.calls[0]![0]).toMatchObject({ type: 'signedIn', user: { first_name: 'Ana' } });
    expect(noUser.answered()).toBe(1);
    expect(fake.count('forgotPassword')).toBe(2);
  });
});
