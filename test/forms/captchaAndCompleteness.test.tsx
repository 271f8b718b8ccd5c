import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Login } from '../../src/components/Login';
import { useProfileCompleteness } from '../../src/forms/useProfileCompleteness';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, testClient, testQueryClient } from '../helpers/kit';
import { fakeBackend } from './helpers';

const backend = fakeBackend();
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => backend.reset());
afterAll(() => backend.server.close());

const bodies: unknown[] = [];
backend.server.events.on('request:start', async ({ request }) => {
  if (request.method === 'POST') bodies.push(await request.clone().json().catch(() => undefined));
});

describe('captcha hook point', () => {
  it.each([
    [false, 'captcha-token-1'],
    [true, undefined],
  ])('skip_captcha %s: captcha_code is %j', async (skipCaptcha, expected) => {
    bodies.length = 0;
    const getCaptchaToken = vi.fn(async () => 'captcha-token-1');
    const Wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient(), initialConfig: { ...platformPresets.passwordOnly, skip_captcha: skipCaptcha } });
    render(
      <Wrapper>
        <Login.Root captcha={{ getCaptchaToken }}>
          <Login.Identifier />
          <Login.Password />
          <Login.Submit />
        </Login.Root>
      </Wrapper>,
    );
    await userEvent.type(screen.getByLabelText('Email or mobile number'), 'ana@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect((bodies[0] as { captcha_code?: string }).captcha_code).toBe(expected);
    expect(getCaptchaToken).toHaveBeenCalledTimes(skipCaptcha ? 0 : 1);
  });
});

describe('useProfileCompleteness', () => {
  it('reports the soft and hard fields the signed-in user lacks', async () => {
    const client = testClient();
    // Ben has an email and no mobile; the default preset asks for mobile (soft) and email (hard).
    await client.loginWithToken({ body: { token: 'fake-login-token:ben@example.com' } });
    const { result } = renderHook(() => useProfileCompleteness(), {
      wrapper: kitWrapper({ client, queryClient: testQueryClient(), initialConfig: platformPresets.default }),
    });
    await waitFor(() => expect(result.current.user).toBeTruthy());
    expect(result.current.missing).toEqual([{ field: 'mobile', level: 'soft' }]);
    expect(result.current.missingSoft).toHaveLength(1);
    expect(result.current.missingHard).toHaveLength(0);
    expect(result.current.isComplete).toBe(false);
  });

  it('is complete for a user with both, and with hard rules reports hard gaps', async () => {
    const client = testClient();
    await client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    const ana = renderHook(() => useProfileCompleteness(), { wrapper: kitWrapper({ client, queryClient: testQueryClient(), initialConfig: platformPresets.hardRequiredEmailAndMobile }) });
    await waitFor(() => expect(ana.result.current.user).toBeTruthy());
    expect(ana.result.current.isComplete).toBe(true);
    await act(() => client.loginWithToken({ body: { token: 'fake-login-token:ben@example.com' } }));
    const ben = renderHook(() => useProfileCompleteness(), { wrapper: kitWrapper({ client, queryClient: testQueryClient(), initialConfig: platformPresets.hardRequiredEmailAndMobile }) });
    await waitFor(() => expect(ben.result.current.user).toBeTruthy());
    expect(ben.result.current.missingHard).toEqual([{ field: 'mobile', level: 'hard' }]);
  });
});
