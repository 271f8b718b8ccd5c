import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages, SocialLoginCancelled, useSocialLogin, type SocialTokenGetter } from '../../src/index';
import { fakeSeedLogins, fakeSocialToken, platformPresets } from '../../src/testing/index';
import { setupFakeKit } from '../helpers/kit';

const fake = setupFakeKit();
const start = (social: Record<string, SocialTokenGetter> = {}) => fake.start({ signedIn: false, provider: { initialConfig: platformPresets.default, social } });
const googleBody = (email: string, profile: Record<string, string> = {}) => ({ is_signed_in: true, oauth2: { access_token: fakeSocialToken('google', email) }, profile: { email, ...profile } });

afterEach(() => vi.useRealTimers());

describe('useSocialLogin', { timeout: 20_000 }, () => {
  it('calls the provider’s method with the token the app obtained, and signs a known shopper in', async () => {
    const onSuccess = vi.fn();
    const onNext = vi.fn();
    const getToken = vi.fn(async () => googleBody(fakeSeedLogins.ana.email));
    const { renderKitHook, queryClient } = await start();
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken, onSuccess, onNext, redirectTo: '/orders' }));
    expect(result.current.available).toBe(true);
    await act(() => result.current.signIn());
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ redirect: '/orders', user: { first_name: 'Ana' } });
    expect(onNext).toHaveBeenCalledWith(expect.objectContaining({ type: 'signedIn' }));
    expect(fake.calls()).toEqual(['loginWithGoogle']);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
  });

  it('uses the provider’s social getter when the hook is given none', async () => {
    const getToken = vi.fn(async () => googleBody(fakeSeedLogins.ana.email));
    const onSuccess = vi.fn();
    const { renderKitHook } = await start({ google: getToken });
    const { result } = renderKitHook(() => ({ google: useSocialLogin('google', { onSuccess }), facebook: useSocialLogin('facebook') }));
    expect(result.current.facebook.available).toBe(false);
    await act(() => result.current.google.signIn());
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('a new shopper goes on to complete a profile (profileRequired with the register_token), without a session', async () => {
    const onNext = vi.fn();
    const onSuccess = vi.fn();
    const { renderKitHook, client } = await start();
    const getToken = async () => googleBody('zoe@example.com', { first_name: 'Zoe', last_name: 'Park' });
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken, onNext, onSuccess }));
    await act(() => result.current.signIn());
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onNext.mock.calls[0]![0]).toEqual({
      type: 'profileRequired',
      registerToken: expect.stringMatching(/.+/),
      known: { email: 'zoe@example.com', first_name: 'Zoe', last_name: 'Park' },
    });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(result.current.status).toBe('success');
    await expect(client.getLoggedInUser()).rejects.toMatchObject({ status: 401 });
  });

  it.each([
    ['resolves null', async () => null],
    ['throws SocialLoginCancelled', async () => Promise.reject(new SocialLoginCancelled('closed'))],
    ['throws an AbortError', async () => Promise.reject(new DOMException('closed', 'AbortError'))],
  ])('a cancelled popup (getToken %s) is not an error: idle, and nothing is sent', async (_label, getToken) => {
    const { renderKitHook } = await start();
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken }));
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('idle');
    expect(result.current.error).toBeUndefined();
    expect(fake.calls()).toEqual([]);
  });

  it('a getter that resolves undefined says the window closed without signing in, not “check the highlighted fields”', async () => {
    const { renderKitHook } = await start();
    const getToken = (async () => undefined) as unknown as SocialTokenGetter;
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken }));
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toBe(messages.socialNoToken);
    expect(result.current.error?.message).not.toBe(messages.errorInvalidInput);
    expect(result.current.error?.retryable).toBe(true);
    expect(fake.calls()).toEqual([]);
  });

  it('a getter that never settles gives up after two minutes with the timeout message', async () => {
    const { renderKitHook } = await start();
    vi.useFakeTimers();
    const getToken: SocialTokenGetter = () => new Promise(() => undefined);
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken }));
    act(() => void result.current.signIn());
    expect(result.current.status).toBe('submitting');
    await act(() => vi.advanceTimersByTimeAsync(119_000));
    expect(result.current.status).toBe('submitting');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toBe(messages.errorProviderTimeout);
    expect(fake.calls()).toEqual([]);
  });

  it('a failure of the provider popup is a retryable error', async () => {
    const { renderKitHook } = await start();
    const { result } = renderKitHook(() => useSocialLogin('facebook', { getToken: async () => Promise.reject(new Error('popup blocked')) }));
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('error');
    expect(result.current.error).toMatchObject({ message: messages.errorGeneric, retryable: true });
  });

  it('a refused token shows the server message', async () => {
    const { renderKitHook } = await start();
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken: async () => ({ oauth2: { access_token: 'forged' } }) }));
    await act(() => result.current.signIn());
    expect(result.current.error?.message).toBe('Invalid social token');
  });

  it('a disabled account goes to accountDisabled', async () => {
    const onNext = vi.fn();
    const { renderKitHook } = await start();
    const { result } = renderKitHook(() => useSocialLogin('google', { getToken: async () => googleBody(fakeSeedLogins.locked.email), onNext }));
    await act(() => result.current.signIn());
    await waitFor(() => expect(onNext).toHaveBeenCalledWith({ type: 'accountDisabled' }));
    expect(result.current.error?.message).toBe(messages.serverAccountDisabled);
  });
});
