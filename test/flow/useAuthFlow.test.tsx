import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompleteProfile, Login, Otp, useAuthFlow, VerifyBoth, type AuthFlowOptions } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { codeSentTo } from '../forms/helpers';
import { setupFakeKit, type StartedKit } from '../helpers/kit';

/*
 * useAuthFlow drives a storefront's own screens built from the kit's parts (here without AuthScreen), against
 * the fake, through the sequence Fynd runs (flows.md F6: OTP → complete profile → verify both → signed in).
 */

const fake = setupFakeKit();

/** A storefront's own sign-in screen: the hook, and one part family per step. */
function FlowScreen(props: AuthFlowOptions) {
  const flow = useAuthFlow(props);
  const { state } = flow;
  return (
    <main data-step={state.step}>
      <h1>{state.step}</h1>
      {state.step === 'login' ? (
        <Login.Root onNext={flow.send} defaultValues={state.identifier ? { identifier: state.identifier } : undefined}>
          <Login.Identifier />
          <Login.Error />
          <Login.Submit />
        </Login.Root>
      ) : null}
      {state.step === 'otp' ? (
        <Otp.Root target={state.target} onNext={flow.send}>
          <Otp.Input />
          <Otp.Error />
          <button type="button" onClick={() => flow.send({ type: 'back' })}>
            Change number
          </button>
        </Otp.Root>
      ) : null}
      {state.step === 'completeProfile' ? (
        <CompleteProfile.Root registerToken={state.registerToken} known={state.known} onNext={flow.send}>
          <CompleteProfile.Known />
          <CompleteProfile.Field name="first_name" />
          <CompleteProfile.Field name="last_name" />
          <CompleteProfile.Field name="gender" />
          <CompleteProfile.Field name="email" />
          <CompleteProfile.Field name="mobile" />
          <CompleteProfile.Error />
          <CompleteProfile.Submit />
        </CompleteProfile.Root>
      ) : null}
      {state.step === 'verify' ? (
        <VerifyBoth.Root verification={state.verification} onNext={flow.send}>
          <VerifyBoth.Status />
          <VerifyBoth.Mobile />
          <VerifyBoth.Email />
        </VerifyBoth.Root>
      ) : null}
      {state.step === 'done' ? <p>Signed in as {state.user.first_name}</p> : null}
    </main>
  );
}

const start = () => fake.start({ signedIn: false, provider: { initialConfig: platformPresets.otpOnly } });
const step = () => screen.getByRole('heading', { level: 1 }).textContent;

async function sendCodeTo(kit: StartedKit, mobile: string, props: AuthFlowOptions = {}) {
  const view = kit.renderKit(<FlowScreen {...props} />);
  await userEvent.type(screen.getByLabelText('Mobile number'), mobile);
  await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
  await waitFor(() => expect(step()).toBe('otp'));
  return view;
}

const savedKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('fdk-user-react:auth-flow:'));

afterEach(() => vi.restoreAllMocks());

describe('useAuthFlow', { timeout: 20_000 }, () => {
  it('runs OTP → complete profile → verify both → done for a new number, and calls onSignedIn once with the safe redirect', { timeout: 20_000 }, async () => {
    const onSignedIn = vi.fn();
    const kit = await start();
    const user = userEvent.setup({ delay: null });
    await sendCodeTo(kit, '9000000001', { onSignedIn, redirectTo: '/orders?page=2' });
    await user.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9000000001'));

    await waitFor(() => expect(step()).toBe('completeProfile'));
    expect(screen.getByText('+91 9000000001')).toBeTruthy();
    expect(screen.queryByLabelText(/Mobile number/)).toBeNull(); // proven by the OTP: not asked again
    await user.type(screen.getByLabelText('First name'), 'Zoe');
    await user.type(screen.getByLabelText('Last name'), 'Park');
    await user.selectOptions(screen.getByLabelText(/Gender/), 'Other');
    await user.type(screen.getByLabelText(/^Email address/), 'zoe@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(step()).toBe('verify'));
    const registerToken = (fake.bodies('updateProfile')[0] as { register_token: string }).register_token;
    expect(fake.bodies('updateProfile')).toEqual([{ register_token: registerToken, first_name: 'Zoe', last_name: 'Park', gender: 'unisex', email: 'zoe@example.com' }]);
    expect(screen.queryByLabelText('Code sent by SMS')).toBeNull();
    await expect(kit.client.getLoggedInUser()).rejects.toMatchObject({ status: 401 }); // no session before the code
    await user.type(screen.getByLabelText('Code sent by email'), codeSentTo(kit.service, 'zoe@example.com', 'verify-otp'));

    await waitFor(() => expect(step()).toBe('done'));
    expect(screen.getByText('Signed in as Zoe')).toBeTruthy();
    expect(fake.bodies('verifyEmailOTP')).toEqual([{ email: 'zoe@example.com', otp: expect.any(String), action: 'register', register_token: registerToken }]);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ redirect: '/orders?page=2', user: { first_name: 'Zoe' } });
    expect(kit.service.findUser('+91 9000000001')).toMatchObject({ first_name: 'Zoe', gender: 'unisex' });
    expect(savedKeys()).toEqual([]);
  });

  it('sends a shopper whose redirect is another site to the provider’s fallback', async () => {
    const onSignedIn = vi.fn();
    const kit = await start();
    await sendCodeTo(kit, '9876543210', { onSignedIn, redirectTo: 'https://evil.example/steal' });
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9876543210'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ redirect: '/', user: { first_name: 'Ana' } });
  });

  it('keeps the code step across a remount (a reload), under a key that names no shopper', async () => {
    const kit = await start();
    const first = await sendCodeTo(kit, '9876543210');
    const [key, ...others] = savedKeys();
    expect(others).toEqual([]);
    expect(key).toMatch(/^fdk-user-react:auth-flow:[0-9a-f]{8}$/);
    for (const name of Object.keys(sessionStorage)) expect(name).not.toMatch(/9876543210|ana|fake-application/);
    first.unmount();

    // The page reloads: a new provider and QueryClient, the same tab's sessionStorage.
    const again = await fake.start({ signedIn: false, service: kit.service, provider: { initialConfig: platformPresets.otpOnly } });
    const onSignedIn = vi.fn();
    again.renderKit(<FlowScreen onSignedIn={onSignedIn} />);
    expect(step()).toBe('otp');
    expect(screen.getByText('We sent a code to +91 9876543210.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('One-time code'), codeSentTo(kit.service, '+91 9876543210'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(fake.count('loginWithOTP')).toBe(0); // no new code was asked for
    expect(savedKeys()).toEqual([]); // forgotten once the step is left
  });

  it('forgets a saved code step after 10 minutes', async () => {
    const kit = await start();
    const first = await sendCodeTo(kit, '9876543210');
    first.unmount();
    const savedAt = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(savedAt + 10 * 60_000 + 1_000);
    kit.renderKit(<FlowScreen />);
    expect(step()).toBe('login');
  });

  it('keeps a saved code step up to 10 minutes', async () => {
    const kit = await start();
    const first = await sendCodeTo(kit, '9876543210');
    first.unmount();
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 9 * 60_000);
    kit.renderKit(<FlowScreen />);
    expect(step()).toBe('otp');
  });

  it('with persist: false saves nothing, and a remount starts over', async () => {
    const kit = await start();
    const first = await sendCodeTo(kit, '9876543210', { persist: false });
    expect(savedKeys()).toEqual([]);
    first.unmount();
    kit.renderKit(<FlowScreen persist={false} />);
    expect(step()).toBe('login');
  });

  it('going back from the code keeps the number typed, and forgets the saved step', async () => {
    const kit = await start();
    await sendCodeTo(kit, '98765 43210');
    expect(savedKeys()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Change number' }));
    expect(step()).toBe('login');
    expect((screen.getByLabelText('Mobile number') as HTMLInputElement).value).toBe('9876543210');
    expect(savedKeys()).toEqual([]);
  });
});
