'use client';
import { useMemo } from 'react';
import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { FdkError } from '../../client/errors';
import type { MethodArgs, MethodResult } from '../../client/methods';
import { executeMutation } from '../executeMutation';
import { scrubSecrets } from '../scrubSecrets';
import { userKeys } from '../keys';
import type { MutationMethodName } from '../mutations';
import { useUserKit } from '../userKit';

/** The variables of a mutation hook: the method's argument object (omittable when it has no required field). */
export type MutationVariables<N extends MutationMethodName> =
  Record<never, never> extends MethodArgs<N> ? MethodArgs<N> | void : MethodArgs<N>;

/** Options of a mutation hook: TanStack's `useMutation` options, less the ones the kit owns. */
export type UserMutationOptions<N extends MutationMethodName, TContext = unknown> = Omit<
  UseMutationOptions<MethodResult<N>, FdkError, MutationVariables<N>, TContext>,
  'mutationFn' | 'mutationKey' | 'retry'
>;

/** What a mutation hook returns: TanStack's `useMutation` result. */
export type UserMutationResult<N extends MutationMethodName, TContext = unknown> = UseMutationResult<
  MethodResult<N>,
  FdkError,
  MutationVariables<N>,
  TContext
>;

/**
 * A mutation for any of the 29 mutation methods, with its cache effect applied before your `onSuccess` runs.
 * Mutations never retry. The mutation cache keeps a copy of the variables you pass (your object is not touched),
 * and once the call settles the credentials (`password`, `otp`, `code`, tokens) are deleted from that copy, so that
 * the cache does not keep them: your `onSuccess`/`onError` see the variables without them.
 * @example
 * const login = useUserMutation('loginWithEmailAndPassword');
 * login.mutate({ body: { username, password } });
 */
export function useUserMutation<N extends MutationMethodName, TContext = unknown>(
  name: N,
  options?: UserMutationOptions<N, TContext>,
): UserMutationResult<N, TContext> {
  const kit = useUserKit();
  const result = useMutation(
    {
      ...options,
      mutationKey: userKeys.mutation(name),
      // The call's credentials (passwords, codes, tokens) leave the variables, and so the mutation cache, once it settled.
      mutationFn: (variables) => executeMutation(name, (variables ?? {}) as MethodArgs<N>, kit).finally(() => scrubSecrets(variables)),
      retry: false,
    },
    kit.queryClient,
  );
  // The cache gets a copy of the variables, whose credentials are scrubbed once the call settled.
  const { mutate, mutateAsync } = result;
  return useMemo(
    () => ({
      ...result,
      mutate: ((variables: unknown, callbacks?: unknown) => (mutate as (v: unknown, c?: unknown) => void)(copyOf(variables), callbacks)) as typeof mutate,
      mutateAsync: ((variables: unknown, callbacks?: unknown) => (mutateAsync as (v: unknown, c?: unknown) => Promise<unknown>)(copyOf(variables), callbacks)) as typeof mutateAsync,
    }),
    [result, mutate, mutateAsync],
  ) as UserMutationResult<N, TContext>;
}

/** A deep copy of plain data (the variables of a call are JSON-like), so that scrubbing never touches the caller's object. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
  return copy as T;
}
