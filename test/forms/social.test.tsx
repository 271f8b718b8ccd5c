import { act, renderHook } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SocialLoginCancelled, useSocialLogin } from '../../src/forms/useSocialLogin';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, testClient, testQueryClient } from '../helpers/kit';
import { fakeBackend } from './helpers';

const backend = fakeBackend();
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => backend.reset());
afterAll(() => backend.server.close());

const wrapper = () => kitWrapper({ client: testClient(), queryClient: testQueryClient(), initialConfig: platformPresets.default });

describe('useSocialLogin', () => {
  it('calls the provider method with the token the app obtained, and signs in', async () => {
    const onSuccess = vi.fn();
    const getToken = vi.fn(async () => ({ is_signed_in: true, oauth2: { access_token: 'fake-google-token:zoe@example.com' } }));
    const { result } = renderHook(() => useSocialLogin('google', { getToken, onSuccess, redirectTo: '/orders' }), { wrapper: wrapper() });
    await act(() => result.current.signIn());
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/orders', user: expect.objectContaining({ emails: [expect.objectContaining({ email: 'zoe@example.com' })] }) }));
    expect(backend.requests).toEqual(['POST /service/application/user/authentication/v1.0/login/google-token']);
  });

  it.each([
    ['resolves null', async () => null],
    ['throws SocialLoginCancelled', async () => Promise.reject(new SocialLoginCancelled('closed'))],
    ['throws an AbortError', async () => Promise.reject(new DOMException('closed', 'AbortError'))],
  ])('a cancelled popup (getToken %s) is not an error and sends nothing', async (_label, getToken) => {
    const { result } = renderHook(() => useSocialLogin('google', { getToken }), { wrapper: wrapper() });
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('idle');
    expect(result.current.error).toBeUndefined();
    expect(backend.requests).toEqual([]);
  });

  it('a failure of the provider popup is an error', async () => {
    const { result } = renderHook(() => useSocialLogin('facebook', { getToken: async () => Promise.reject(new Error('popup blocked')) }), { wrapper: wrapper() });
    await act(() => result.current.signIn());
    expect(result.current.status).toBe('error');
    expect(result.current.error?.message).toBe('Something went wrong. Please try again.');
  });

  it('a refused token shows the server message', async () => {
    const { result } = renderHook(() => useSocialLogin('google', { getToken: async () => ({ oauth2: { access_token: 'forged' } }) }), { wrapper: wrapper() });
    await act(() => result.current.signIn());
    expect(result.current.error?.message).toBe('Invalid social token');
  });
});
