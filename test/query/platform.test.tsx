import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userMethodNames, userMethods, type MethodArgs, type UserMethodName } from '../../src/client/methods';
import { useUserMutation } from '../../src/index';
import { queryMethodNames, type MutationMethodName } from '../../src/query/mutations';
import { sampleArgs } from '../helpers/sampleArgs';
import { APPLICATION_ID, setupFakeKit } from '../helpers/kit';

/*
 * Fynd's storefronts send `platform` (the application id) on every call that takes one (flows.md F12). The kit
 * fills it in from the provider: the application id by default, the provider's `platform` when it is given, and
 * the call's own value when the call gives one.
 */

const fake = setupFakeKit();

const mutations = userMethodNames.filter((name): name is MutationMethodName => !(queryMethodNames as readonly string[]).includes(name));
const takesPlatform = mutations.filter((name) => 'platform' in userMethods[name].query);
const withoutPlatform = mutations.filter((name) => !('platform' in userMethods[name].query));

/** The sample arguments of a method without their `platform`. */
function argsWithoutPlatform<N extends UserMethodName>(name: N): MethodArgs<N> {
  const { platform: _platform, ...rest } = structuredClone(sampleArgs[name]) as MethodArgs<N> & { platform?: string };
  return rest as MethodArgs<N>;
}

/** Calls a method through its mutation hook (the fake may refuse it: only the request matters) and returns its URL. */
async function urlOfCall(name: MutationMethodName, args: unknown, provider: { platform?: string } = {}): Promise<URL> {
  const { renderKitHook } = await fake.start({ provider });
  const { result } = renderKitHook(() => useUserMutation(name));
  await act(async () => {
    await result.current.mutateAsync(args as never).catch(() => undefined);
  });
  await waitFor(() => expect(fake.count(name)).toBe(1));
  return fake.requests(name)[0]!.url;
}

describe('platform on the wire', { timeout: 20_000 }, () => {
  it('the methods table has methods with and without platform (the test covers both kinds)', () => {
    expect(takesPlatform.length).toBeGreaterThan(15);
    expect(withoutPlatform).toContain('loginWithEmailAndPassword');
  });

  it.each(takesPlatform)('%s sends platform=<application id> by default', async (name) => {
    const url = await urlOfCall(name, argsWithoutPlatform(name));
    expect(url.searchParams.getAll('platform')).toEqual([APPLICATION_ID]);
  });

  it.each(takesPlatform)('%s sends the provider’s platform when it is given', async (name) => {
    const url = await urlOfCall(name, argsWithoutPlatform(name), { platform: 'my-store-platform' });
    expect(url.searchParams.getAll('platform')).toEqual(['my-store-platform']);
  });

  it('a call that gives its own platform keeps it', async () => {
    const url = await urlOfCall('loginWithOTP', { platform: 'Fynd', body: { mobile: '9876543210', country_code: '91' } }, { platform: 'my-store-platform' });
    expect(url.searchParams.getAll('platform')).toEqual(['Fynd']);
  });

  it.each(withoutPlatform)('%s, which takes no platform, gets none', async (name) => {
    const url = await urlOfCall(name, argsWithoutPlatform(name));
    expect(url.searchParams.has('platform')).toBe(false);
  });
});
