import { FdkResponseValidationError } from '../client/errors';
import type { MethodArgs, MethodResult } from '../client/methods';
import { redirectCheck } from '../config/redirectCheck';
import { errorWording } from '../i18n/errorMessageLoader';
import { onDemand } from '../lazy/onDemand';
import type { MutationContext, executeMutation } from './executeMutation';
import type { MutationMethodName } from './mutations';

/** What a step needs from an answer: `true` when the answer delivers it. */
export type AnswerCheck<N extends MutationMethodName> = (answer: MethodResult<N>) => boolean;

const mutations = /* @__PURE__ */ onDemand((): Promise<{ executeMutation: typeof executeMutation }> => import('./executeMutation'));

/**
 * Fetches the code that runs the kit's calls (`executeMutation` and the cache effects of the 29 mutations) now,
 * once. The screens do it when the browser is idle: a screen works (shows its form) before that code arrives, and
 * its first submit finds it there. The code that words a failed call's error (`errorWording`) and the redirect
 * check a sign-in needs (`redirectCheck`) come with it.
 */
export function preloadMutations(): Promise<{ executeMutation: typeof executeMutation }> {
  if (!mutations.loaded()) {
    void errorWording.load().catch(() => undefined);
    void redirectCheck.load().catch(() => undefined);
  }
  return mutations.load();
}

/**
 * Calls a mutation method as every form and part of the kit does: through `executeMutation` (cache effects, the
 * `platform` default, sign-out on a 401), then holds the answer to what the step needs. A 2xx that does not
 * deliver it (`200 {}` to a password login, a `loginWithOTP` without `request_id`) is a failure, not a silent
 * success: it rejects with an `FdkResponseValidationError` (shown as a retryable "could not complete" message).
 * The call's code is loaded on first use (see {@link preloadMutations}).
 * @example
 * await callApi(kit, 'loginWithEmailAndPassword', { body }, (answer) => answer.user !== undefined);
 */
export async function callApi<N extends MutationMethodName>(kit: MutationContext, name: N, args: MethodArgs<N>, check?: AnswerCheck<N>): Promise<MethodResult<N>> {
  const { executeMutation } = await preloadMutations();
  const answer = await executeMutation(name, args, kit);
  if (check && !check(answer)) {
    throw new FdkResponseValidationError(200, answer, [{ path: '', message: `the answer does not deliver what ${name} is for` }], { method: name });
  }
  return answer;
}
