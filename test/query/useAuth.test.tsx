import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isFdkApiError, isFdkNetworkError } from '../../src/client/errors';
import { useAuth } from '../../src/index';
import type { FakeFault } from '../../src/testing/index';
import { setupFakeKit } from '../helpers/kit';

/*
 * Offline is not signed out: a route guard must not send a shopper to the login page because the session could
 * not be checked. Only a 401 means signed out.
 */

const fake = setupFakeKit();

describe('useAuth', { timeout: 20_000 }, () => {
  it.each<[string, FakeFault, (error: unknown) => boolean]>([
    ['a network error', { type: 'drop' }, isFdkNetworkError],
    ['a 503', { type: 'status', status: 503, body: { message: 'Down' } }, (error) => isFdkApiError(error) && error.status === 503],
  ])('%s on the first check is unknown, not signedOut; a recheck then finds the session', async (_label, fault, isExpected) => {
    const kit = await fake.start();
    kit.service.faults.inject('getLoggedInUser', fault);
    const { result } = kit.renderKitHook(() => useAuth());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('unknown'));
    expect(result.current.user).toBeNull();
    expect(isExpected(result.current.error)).toBe(true);
    await act(() => result.current.recheck());
    await waitFor(() => expect(result.current.status).toBe('signedIn'));
    expect(result.current.user?.first_name).toBe('Ana');
    expect(result.current.error).toBeNull();
    expect(fake.count('getLoggedInUser')).toBe(2);
  });

  it('a failed refetch keeps the last user (signedIn, with the error)', async () => {
    const kit = await fake.start();
    const { result } = kit.renderKitHook(() => useAuth());
    await waitFor(() => expect(result.current.status).toBe('signedIn'));
    kit.service.faults.inject('getLoggedInUser', { type: 'drop' });
    await act(() => result.current.recheck());
    await waitFor(() => expect(isFdkNetworkError(result.current.error)).toBe(true));
    expect(result.current.status).toBe('signedIn');
    expect(result.current.user?.first_name).toBe('Ana');
  });

  it('a 401 is signedOut', async () => {
    const kit = await fake.start({ signedIn: false });
    const { result } = kit.renderKitHook(() => useAuth());
    await waitFor(() => expect(result.current.status).toBe('signedOut'));
    expect(result.current.user).toBeNull();
    expect(result.current.error).toBeNull();
  });

  it('logout signs out on the server and in the cache', async () => {
    const kit = await fake.start();
    const { result } = kit.renderKitHook(() => useAuth());
    await waitFor(() => expect(result.current.status).toBe('signedIn'));
    await act(() => result.current.logout());
    await waitFor(() => expect(result.current.status).toBe('signedOut'));
    expect(kit.service.sessionsOf('ana@example.com')).toEqual([]);
  });
});
