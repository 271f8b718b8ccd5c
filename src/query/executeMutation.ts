import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CallOptions, UserClient } from '../client/createUserClient';
import { isFdkError, isFdkUnauthorizedError } from '../client/errors';
import { userMethods, type MethodArgs, type MethodResult } from '../client/methods';
import type { UserSchema } from '../schemas/common';
import { userKeys } from './keys';
import { mutationEffects, type CacheEffect, type MutationMethodName } from './mutations';
import { signOutLocally, writeUser } from './session';
import type { SignInRequiredEvent } from './signInEvents';

/** What a mutation needs: the (session-guarded) client, the cache, who to tell about a sign-out, the `platform` default. */
export interface MutationContext {
  client: UserClient;
  queryClient: QueryClient;
  onSignInRequired: (event: SignInRequiredEvent) => void;
  /** Sent as the `platform` argument of the methods that take one, unless the call gives its own. */
  platform?: string | undefined;
}

/** The arguments with `platform` filled in from the context for the methods that take it. */
function withPlatform<N extends MutationMethodName>(name: N, args: MethodArgs<N>, platform: string | undefined): MethodArgs<N> {
  const given = args as Record<string, unknown>;
  if (platform === undefined || given.platform !== undefined || !('platform' in userMethods[name].query)) return args;
  return { ...given, platform } as MethodArgs<N>;
}

/**
 * Makes a query stale and reads it again. A first load still in flight was sent before the call that made it
 * stale (TanStack Query would hand its answer over instead of fetching anew): it is cancelled first.
 */
async function refresh(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  const state = queryClient.getQueryState(queryKey);
  if (state?.fetchStatus === 'fetching' && state.data === undefined) await queryClient.cancelQueries({ queryKey });
  await queryClient.invalidateQueries({ queryKey });
}

interface Sequence {
  started: number;
  applied: number;
}
const sequences = new WeakMap<QueryClient, Sequence>();
const sequenceOf = (queryClient: QueryClient): Sequence => {
  let sequence = sequences.get(queryClient);
  if (!sequence) sequences.set(queryClient, (sequence = { started: 0, applied: 0 }));
  return sequence;
};

/**
 * Calls a mutation method and applies its cache effect from {@link mutationEffects}. Answers are applied in
 * the order the calls were made: a slow earlier answer never overwrites a later one. An optimistic change is
 * rolled back when the call fails (or, when later calls are in flight, the session is refetched instead). The
 * `platform` argument defaults to the context's (the application id) for the methods that take one.
 */
export async function executeMutation<N extends MutationMethodName>(
  name: N,
  args: MethodArgs<N>,
  { client, queryClient, onSignInRequired, platform }: MutationContext,
  callOptions?: CallOptions,
): Promise<MethodResult<N>> {
  const effect = mutationEffects[name] as CacheEffect<N>;
  const sessionKey = userKeys.session();
  const sequence = sequenceOf(queryClient);
  const order = ++sequence.started;
  let snapshot: UserSchema | null | undefined;
  if (effect.user || effect.optimistic) await queryClient.cancelQueries({ queryKey: sessionKey });
  if (effect.optimistic) {
    snapshot = queryClient.getQueryData<UserSchema | null>(sessionKey);
    if (snapshot) queryClient.setQueryData<UserSchema | null>(sessionKey, effect.optimistic(snapshot, args));
  }
  const method = client[name] as unknown as (args: MethodArgs<N>, options?: CallOptions) => Promise<MethodResult<N>>;
  let failure: unknown;
  try {
    const result = await method(withPlatform(name, args, platform), callOptions);
    const user = effect.user?.(result);
    if (user && order > sequence.applied) {
      sequence.applied = order;
      writeUser(queryClient, user);
    } else if (effect.optimistic && !user) {
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    }
    for (const queryKey of effect.invalidate?.() ?? []) void refresh(queryClient, queryKey);
    return result;
  } catch (error) {
    failure = error;
    if (snapshot && !isFdkUnauthorizedError(error)) {
      if (order === sequence.started) queryClient.setQueryData<UserSchema | null>(sessionKey, snapshot);
      else void queryClient.invalidateQueries({ queryKey: sessionKey });
    }
    throw error;
  } finally {
    if (effect.signOut) {
      signOutLocally(queryClient);
      onSignInRequired({ reason: 'logout', error: isFdkError(failure) ? failure : undefined });
    }
  }
}
