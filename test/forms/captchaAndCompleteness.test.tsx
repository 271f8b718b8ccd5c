import { act, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Login, messages, useProfileCompleteness } from '../../src/index';
import { platformPresets } from '../../src/testing/index';
import { ANA, kitWrapper, setupFakeKit, testQueryClient } from '../helpers/kit';

const fake = setupFakeKit();

function loginForm() {
  return (
    <Login.Root>
      <Login.Identifier />
      <Login.Password />
      <Login.Error />
      <Login.Submit />
    </Login.Root>
  );
}

async function signInWithPassword() {
  await userEvent.type(screen.getByLabelText('Email or mobile number'), ANA.email);
  await userEvent.type(screen.getByLabelText('Password'), ANA.password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the captcha hook point (the provider’s captcha)', { timeout: 20_000 }, () => {
  it.each([
    [false, 'captcha-token-1'],
    [true, undefined],
  ])('skip_captcha %s: captcha_code is %j', async (skipCaptcha, expected) => {
    const getCaptchaToken = vi.fn(async () => 'captcha-token-1');
    const { renderKit } = await fake.start({ signedIn: false, provider: { captcha: { getCaptchaToken }, initialConfig: { ...platformPresets.passwordOnly, skip_captcha: skipCaptcha } } });
    renderKit(loginForm());
    await signInWithPassword();
    await waitFor(() => expect(fake.count('loginWithEmailAndPassword')).toBe(1));
    expect((fake.bodies('loginWithEmailAndPassword')[0] as { captcha_code?: string }).captcha_code).toBe(expected);
    expect(getCaptchaToken).toHaveBeenCalledTimes(skipCaptcha ? 0 : 1);
  });

  it('a captcha provider that gives an empty token sends nothing and says to complete the check', async () => {
    const { renderKit } = await fake.start({ signedIn: false, provider: { captcha: { getCaptchaToken: () => ' ' }, initialConfig: platformPresets.captcha } });
    renderKit(loginForm());
    await signInWithPassword();
    expect((await screen.findByRole('alert')).textContent).toContain(messages.validationCaptcha);
    expect(fake.count('loginWithEmailAndPassword')).toBe(0);
  });
});

describe('useProfileCompleteness', { timeout: 20_000 }, () => {
  it('reports the soft and hard fields the signed-in user lacks', async () => {
    // Ben has an email and no mobile; the default preset asks for mobile (soft) and email (hard).
    const { renderKitHook } = await fake.start({ signedIn: 'ben@example.com', provider: { initialConfig: platformPresets.default } });
    const { result } = renderKitHook(() => useProfileCompleteness());
    await waitFor(() => expect(result.current.user).toBeTruthy());
    expect(result.current.missing).toEqual([{ field: 'mobile', level: 'soft' }]);
    expect(result.current.missingSoft).toHaveLength(1);
    expect(result.current.missingHard).toHaveLength(0);
    expect(result.current.isComplete).toBe(false);
  });

  it('is complete for a user with both, and with hard rules reports hard gaps', async () => {
    const kit = await fake.start({ provider: { initialConfig: platformPresets.hardRequiredEmailAndMobile } });
    const ana = kit.renderKitHook(() => useProfileCompleteness());
    await waitFor(() => expect(ana.result.current.user).toBeTruthy());
    expect(ana.result.current.isComplete).toBe(true);
    await act(() => kit.client.loginWithToken({ body: { token: 'fake-login-token:ben@example.com' } }));
    const ben = renderHook(() => useProfileCompleteness(), {
      wrapper: kitWrapper({ client: kit.client, queryClient: testQueryClient(), initialConfig: platformPresets.hardRequiredEmailAndMobile }),
    });
    await waitFor(() => expect(ben.result.current.user).toBeTruthy());
    expect(ben.result.current.missingHard).toEqual([{ field: 'mobile', level: 'hard' }]);
  });
});
