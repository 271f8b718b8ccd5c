import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangePassword, Login, Otp, useLoginWithEmailAndPassword, useVerifyMobileOTP } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { codeSentTo, sendLoginOtp } from '../forms/helpers';
import { ANA, setupFakeKit, type StartedKit } from '../helpers/kit';

/*
 * The mutation cache keeps a mutation's variables for minutes: once a call settled, the credentials it carried
 * (password, code, tokens) are gone from it. The kit's own forms do not go through the mutation cache at all.
 */

const fake = setupFakeKit();

/** Everything the mutation cache holds, as text. */
const mutationCacheText = (kit: StartedKit) => JSON.stringify(kit.queryClient.getMutationCache().getAll().map((mutation) => mutation.state.variables));

describe('credentials leave the mutation cache', { timeout: 20_000 }, () => {
  it.each([
    ['succeeded', ANA.password],
    ['failed', 'Wr0ng#password'],
  ])('useLoginWithEmailAndPassword: once the call %s, no mutation holds the password', async (_outcome, password) => {
    const kit = await fake.start({ signedIn: false });
    const { result } = kit.renderKitHook(() => useLoginWithEmailAndPassword());
    const settled = vi.fn();
    act(() => result.current.mutate({ body: { username: ANA.email, password } }, { onSettled: settled }));
    await waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
    expect(fake.bodies('loginWithEmailAndPassword')).toEqual([{ username: ANA.email, password }]);
    expect(kit.queryClient.getMutationCache().getAll()).toHaveLength(1);
    expect(mutationCacheText(kit)).not.toContain(password);
    expect(mutationCacheText(kit)).toContain(ANA.email);
  });

  it('useVerifyMobileOTP: once the call settled, no mutation holds the code', async () => {
    const kit = await fake.start({ signedIn: false });
    const target = await sendLoginOtp(kit);
    const code = codeSentTo(kit.service, '+91 9876543210');
    const { result } = kit.renderKitHook(() => useVerifyMobileOTP());
    await act(() => result.current.mutateAsync({ body: { request_id: target.requestId, otp: code } }));
    expect(kit.queryClient.getMutationCache().getAll()).toHaveLength(1);
    expect(mutationCacheText(kit)).not.toContain(`"otp"`);
    expect(mutationCacheText(kit)).toContain(target.requestId);
  });
});

describe('the kit’s own forms leave nothing in the mutation cache', { timeout: 20_000 }, () => {
  it('the login form', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.passwordOnly } });
    const onSuccess = vi.fn();
    kit.renderKit(
      <Login.Root onSuccess={onSuccess}>
        <Login.Identifier />
        <Login.Password />
        <Login.Submit />
      </Login.Root>,
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(screen.getByLabelText('Password'), ANA.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(kit.queryClient.getMutationCache().getAll()).toEqual([]);
  });

  it('the code step', async () => {
    const kit = await fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default } });
    const target = await sendLoginOtp(kit);
    const onSuccess = vi.fn();
    kit.renderKit(
      <Otp.Root target={target} onSuccess={onSuccess}>
        <Otp.Input />
      </Otp.Root>,
    );
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9876543210'));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(kit.queryClient.getMutationCache().getAll()).toEqual([]);
  });

  it('the change-password form', async () => {
    const kit = await fake.start();
    kit.renderKit(
      <ChangePassword.Root>
        <ChangePassword.Fields />
        <ChangePassword.Notice />
        <ChangePassword.Submit />
      </ChangePassword.Root>,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Current password'), ANA.password);
    await user.type(screen.getByLabelText('New password'), 'N3w#pass-phrase');
    await user.type(screen.getByLabelText('Confirm new password'), 'N3w#pass-phrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('Your password has been changed.');
    expect(kit.queryClient.getMutationCache().getAll()).toEqual([]);
  });
});
