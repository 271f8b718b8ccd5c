import { dehydrate, hydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isFdkApiError, type FdkError } from '../../src/client/errors';
import {
  useActiveSessions,
  useHasPassword,
  useLoggedInUser,
  useLoginWithEmailAndPassword,
  useLogout,
  usePlatformConfig,
  useSetEmailAsPrimary,
  useUpdateProfile,
  useUserClient,
  userKeys,
  userQueries,
} from '../../src/index';
import { platformPresets } from '../../src/testing/presets';
import { kitWrapper, testClient, testQueryClient, userRecord } from '../helpers/kit';
import { deferred, json, mswServer, route } from '../helpers/msw';

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mswServer.resetHandlers());
afterAll(() => mswServer.close());

function signedIn(user = userRecord()) {
  const session = route('getLoggedInUser', () => json({ user }));
  mswServer.use(session.handler);
  return session;
}

describe('one cache that stays true', { timeout: 20_000 }, () => {
  it('login then useLoggedInUser shows the user with no extra request', async () => {
    const session = route('getLoggedInUser', () => json({ message: 'not signed in' }, 401));
    const login = route('loginWithEmailAndPassword', () => json({ user: userRecord() }));
    mswServer.use(session.handler, login.handler);
    const onSignInRequired = vi.fn();
    const queryClient = testQueryClient();
    const wrapper = kitWrapper({ client: testClient(), queryClient, onSignInRequired });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), login: useLoginWithEmailAndPassword() }), { wrapper });
    await waitFor(() => expect(result.current.user.data).toBeNull());
    expect(result.current.user.isError).toBe(false);

    let seenInOnSuccess: unknown;
    await act(() =>
      result.current.login.mutateAsync(
        { body: { username: 'ana@example.com', password: 'Passw0rd!' } },
        { onSuccess: () => (seenInOnSuccess = queryClient.getQueryData(userKeys.session())) },
      ),
    );
    await waitFor(() => expect(result.current.user.data?.first_name).toBe('Ana'));
    expect(session.calls).toHaveLength(1);
    expect(login.calls).toHaveLength(1);
    expect(onSignInRequired).not.toHaveBeenCalled(); // an anonymous visitor's 401 is not a lost session
    expect(seenInOnSuccess).toMatchObject({ first_name: 'Ana' }); // written before the app's onSuccess runs
  });

  it('two components using useLoggedInUser make one request', async () => {
    const session = signedIn();
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient() });
    const { result } = renderHook(() => [useLoggedInUser(), useLoggedInUser()], { wrapper });
    await waitFor(() => expect(result.current.every((query) => query.data?.first_name === 'Ana')).toBe(true));
    expect(session.calls).toHaveLength(1);
  });

  it('a non-401 failure of getLoggedInUser is an error, not the signed-out state', async () => {
    mswServer.use(route('getLoggedInUser', () => json({ message: 'boom' }, 500)).handler);
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient() });
    const { result } = renderHook(() => useLoggedInUser(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isFdkApiError(result.current.error) && result.current.error.status).toBe(500);
    expect(result.current.data).toBeUndefined();
  });

  it('optimistic set-primary shows at once and rolls back when the server answers 500', async () => {
    signedIn();
    const gate = deferred();
    const primary = route('setEmailAsPrimary', async () => {
      await gate.promise;
      return json({ message: 'Internal error' }, 500);
    });
    mswServer.use(primary.handler);
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient() });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), primary: useSetEmailAsPrimary() }), { wrapper });
    await waitFor(() => expect(result.current.user.data).toBeTruthy());
    const primaryOf = () => result.current.user.data?.emails?.find((email) => email.primary)?.email;
    expect(primaryOf()).toBe('ana@example.com');

    act(() => result.current.primary.mutate({ body: { email: 'ana.work@example.com' } }));
    await waitFor(() => expect(primaryOf()).toBe('ana.work@example.com'));
    await waitFor(() => expect(primary.calls).toHaveLength(1));
    gate.release();
    await waitFor(() => expect(result.current.primary.isError).toBe(true));
    expect(primaryOf()).toBe('ana@example.com');
    expect((result.current.primary.error as FdkError & { status: number }).status).toBe(500);
    expect(primary.calls).toHaveLength(1); // mutations never retry
  });

  it('logout clears the cache even when the logout request fails, and tells onSignInRequired', async () => {
    signedIn();
    const hasPasswordRoute = route('hasPassword', () => json({ result: true }));
    mswServer.use(
      hasPasswordRoute.handler,
      route('logout', () => json({ message: 'down' }, 503)).handler,
    );
    const onSignInRequired = vi.fn();
    const queryClient = testQueryClient();
    const wrapper = kitWrapper({ client: testClient(), queryClient, onSignInRequired });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), hasPassword: useHasPassword(), logout: useLogout() }), { wrapper });
    await waitFor(() => expect(result.current.hasPassword.data?.result).toBe(true));
    await act(async () => {
      await expect(result.current.logout.mutateAsync()).rejects.toMatchObject({ status: 503 });
    });
    expect(queryClient.getQueryData(userKeys.session())).toBeNull();
    // The old user's answer is gone; the still-mounted useHasPassword does not ask again (it would get a 401).
    expect(queryClient.getQueryData(userKeys.hasPassword())).toBeUndefined();
    await waitFor(() => expect(result.current.user.data).toBeNull());
    expect(result.current.hasPassword.data).toBeUndefined();
    expect(result.current.hasPassword.fetchStatus).toBe('idle');
    expect(hasPasswordRoute.calls).toHaveLength(1);
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
    expect(onSignInRequired.mock.calls[0]![0]).toMatchObject({ reason: 'logout', error: { status: 503 } });
  });

  it('a 401 in the middle of a session signs out once, however many of the kit’s reads and calls get it', async () => {
    signedIn();
    // The three answers wait until the three requests are all in flight, then all say 401.
    const gate = deferred();
    const expired = async () => {
      await gate.promise;
      return json({ message: 'Session expired' }, 401);
    };
    const sessions = route('getListOfActiveSessions', expired);
    const hasPassword = route('hasPassword', expired);
    const update = route('updateProfile', expired);
    mswServer.use(sessions.handler, hasPassword.handler, update.handler);
    const onSignInRequired = vi.fn();
    const queryClient = testQueryClient();
    const client = testClient();
    const wrapper = kitWrapper({ client, queryClient, onSignInRequired });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), sessions: useActiveSessions({ enabled: false }), hasPassword: useHasPassword({ enabled: false }), update: useUpdateProfile(), client: useUserClient() }), { wrapper });
    await waitFor(() => expect(result.current.user.data).toBeTruthy());
    // useUserClient() is the storefront's own client, as it gave it; the kit's hooks go through the guarded one.
    expect(result.current.client).toBe(client);
    const settled = act(() =>
      Promise.allSettled([result.current.sessions.refetch({ throwOnError: true }), result.current.hasPassword.refetch({ throwOnError: true }), result.current.update.mutateAsync({ body: { first_name: 'Anaya' } })]),
    );
    await waitFor(() => expect([sessions.calls.length, hasPassword.calls.length, update.calls.length]).toEqual([1, 1, 1]));
    gate.release();
    const outcomes = await settled;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    await waitFor(() => expect(result.current.user.data).toBeNull());
    expect(onSignInRequired).toHaveBeenCalledTimes(1);
    expect(onSignInRequired.mock.calls[0]![0]).toMatchObject({ reason: 'expired', error: { status: 401 } });
  });

  it('a slow first updateProfile answered after a fast second one leaves the latest state', async () => {
    signedIn();
    const firstGate = deferred();
    const update = route('updateProfile', async (request, call) => {
      const body = (await request.json()) as { first_name: string };
      if (call === 1) await firstGate.promise;
      return json({ user: userRecord({ first_name: body.first_name }) });
    });
    mswServer.use(update.handler);
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient() });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), first: useUpdateProfile(), second: useUpdateProfile() }), { wrapper });
    await waitFor(() => expect(result.current.user.data).toBeTruthy());

    act(() => result.current.first.mutate({ body: { first_name: 'Slow' } }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    await act(() => result.current.second.mutateAsync({ body: { first_name: 'Fast' } }));
    expect(result.current.user.data?.first_name).toBe('Fast');
    firstGate.release();
    await waitFor(() => expect(result.current.first.isSuccess).toBe(true));
    expect(result.current.user.data?.first_name).toBe('Fast');
  });

  it('updateProfile shows the new name at once (optimistic) and keeps the server answer', async () => {
    signedIn();
    const gate = deferred();
    mswServer.use(
      route('updateProfile', async () => {
        await gate.promise;
        return json({ user: userRecord({ first_name: 'Anaya', last_name: 'Rao' }) });
      }).handler,
    );
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient() });
    const { result } = renderHook(() => ({ user: useLoggedInUser(), update: useUpdateProfile() }), { wrapper });
    await waitFor(() => expect(result.current.user.data).toBeTruthy());
    act(() => result.current.update.mutate({ body: { first_name: 'Anaya' } }));
    await waitFor(() => expect(result.current.user.data?.first_name).toBe('Anaya'));
    gate.release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.user.data).toMatchObject({ first_name: 'Anaya', last_name: 'Rao' });
  });
});

describe('server-rendered config', { timeout: 20_000 }, () => {
  it('initialConfig on the provider makes no config request', async () => {
    const config = route('getPlatformConfig', () => json(platformPresets.default));
    mswServer.use(config.handler);
    const wrapper = kitWrapper({ client: testClient(), queryClient: testQueryClient(), platformName: 'Fynd', initialConfig: platformPresets.branded });
    const { result } = renderHook(() => usePlatformConfig(), { wrapper });
    expect(result.current.data?.display).toBe('Welcome to Acme Store');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(config.calls).toHaveLength(0);
  });

  it('prefetchQuery on a server QueryClient, dehydrated and hydrated, makes zero browser requests', async () => {
    const config = route('getPlatformConfig', () => json(platformPresets.otpOnly));
    mswServer.use(config.handler);
    const serverQueryClient = new QueryClient();
    await serverQueryClient.prefetchQuery(userQueries.platformConfig(testClient(), 'Fynd'));
    expect(config.calls).toHaveLength(1);
    expect(new URL(config.calls[0]!.url).searchParams.get('name')).toBe('Fynd');
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient))) as DehydratedState;

    const browserQueryClient = testQueryClient();
    hydrate(browserQueryClient, state);
    const wrapper = kitWrapper({ client: testClient(), queryClient: browserQueryClient, platformName: 'Fynd' });
    const { result } = renderHook(() => usePlatformConfig(), { wrapper });
    expect(result.current.data?.login).toEqual({ password: false, otp: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(config.calls).toHaveLength(1);
  });
});
