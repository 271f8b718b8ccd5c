import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as kit from '../../src/index';
import type { UserClient } from '../../src/client/createUserClient';
import { userMethodNames, type UserMethodName } from '../../src/client/methods';
import { mutationEffects, queryMethodNames } from '../../src/query/mutations';
import { sampleArgs } from '../helpers/sampleArgs';
import { kitWrapper, testQueryClient, userRecord } from '../helpers/kit';

const hookName = (method: string) => `use${method[0]!.toUpperCase()}${method.slice(1)}`;

const queryHooks: Record<(typeof queryMethodNames)[number], keyof typeof kit> = {
  getLoggedInUser: 'useLoggedInUser',
  getPlatformConfig: 'usePlatformConfig',
  getListOfActiveSessions: 'useActiveSessions',
  hasPassword: 'useHasPassword',
};

/**
 * A client whose every method is a spy answering `{ user }`, so each hook's call can be checked. The arguments are
 * copied as they arrive (the kit scrubs credentials from a mutation's variables once it settled).
 */
function spyClient() {
  const client: Record<string, unknown> = { options: {} };
  const received: Partial<Record<UserMethodName, unknown[]>> = {};
  for (const name of userMethodNames) {
    client[name] = vi.fn(async (args: unknown) => {
      (received[name] ??= []).push(structuredClone(args));
      return { user: userRecord(), sessions: ['s1'], result: true };
    });
  }
  return Object.assign(client as unknown as UserClient & Record<UserMethodName, ReturnType<typeof vi.fn>>, { received });
}

describe('a hook for every method', { timeout: 20_000 }, () => {
  it('exports one mutation hook per mutation method and a query hook for each of the four reads', () => {
    const mutationMethods = userMethodNames.filter((name) => !(queryMethodNames as readonly string[]).includes(name));
    expect(mutationMethods).toHaveLength(29);
    expect(Object.keys(mutationEffects).sort()).toEqual([...mutationMethods].sort());
    for (const method of mutationMethods) expect(typeof kit[hookName(method) as keyof typeof kit], hookName(method)).toBe('function');
    for (const hook of Object.values(queryHooks)) expect(typeof kit[hook]).toBe('function');
  });

  it.each(userMethodNames.filter((name) => !(queryMethodNames as readonly string[]).includes(name)))(
    '%s: its hook calls the client method with the arguments given to mutate',
    async (method) => {
      const client = spyClient();
      const useHook = kit[hookName(method) as keyof typeof kit] as () => { mutateAsync: (args: unknown) => Promise<unknown> };
      const { result } = renderHook(() => useHook(), { wrapper: kitWrapper({ client, queryClient: testQueryClient() }) });
      await act(() => result.current.mutateAsync(structuredClone(sampleArgs[method])));
      expect(client[method]).toHaveBeenCalledTimes(1);
      expect(client.received[method]).toEqual([sampleArgs[method]]);
    },
  );

  it.each(Object.entries(queryHooks))('%s: %s calls it once and exposes the answer', async (method, hook) => {
    const client = spyClient();
    const useHook = kit[hook] as (...args: unknown[]) => { data: unknown };
    const args = method === 'getPlatformConfig' ? ['Fynd'] : [];
    const { result } = renderHook(() => useHook(...args), { wrapper: kitWrapper({ client, queryClient: testQueryClient() }) });
    await waitFor(() => expect(result.current.data).toBeDefined());
    const spy = client[method as UserMethodName];
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toEqual(method === 'getPlatformConfig' ? { name: 'Fynd' } : {});
    expect(spy.mock.calls[0]![1]).toEqual({ signal: expect.any(AbortSignal) });
    if (method === 'getLoggedInUser') expect(result.current.data).toMatchObject({ first_name: 'Ana' });
  });

  it('useAuth reports loading, then signedIn with the user, then signedOut after logout', async () => {
    const client = spyClient();
    const { result } = renderHook(() => kit.useAuth(), { wrapper: kitWrapper({ client, queryClient: testQueryClient() }) });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('signedIn'));
    expect(result.current.user?.first_name).toBe('Ana');
    await act(() => result.current.logout());
    expect(client.logout).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(result.current.status).toBe('signedOut'));
    expect(result.current.user).toBeNull();
  });

  it('throws a clear FdkConfigError when a hook is used outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => kit.useLoggedInUser())).toThrow(/inside <UserKitProvider>/);
    spy.mockRestore();
  });
});
