import { FdkResponseValidationError } from '../client/errors';
import type { MethodArgs, MethodResult } from '../client/methods';
import { executeMutation, type MutationContext } from './executeMutation';
import type { MutationMethodName } from './mutations';

/** What a step needs from an answer: `true` when the answer delivers it. */
export type AnswerCheck<N extends MutationMethodName> = (answer: MethodResult<N>) => boolean;

/**
 * Calls a mutation method as every form of the kit does: through {@link executeMutation} (cache effects, the
 * `platform` default, sign-out on a 401), then holds the answer to what the step needs. A 2xx that does not
 * deliver it (`200 {}` to a password login, a `loginWithOTP` without `request_id`) is a failure, not a silent
 * success: it rejects with an `FdkResponseValidationError` (shown as a retryable "could not complete" message).
 * @example
 * await callApi(kit, 'loginWithEmailAndPassword', { body }, (answer) => answer.user !== undefined);
 */
export async function callApi<N extends MutationMethodName>(kit: MutationContext, name: N, args: MethodArgs<N>, check?: AnswerCheck<N>): Promise<MethodResult<N>> {
  const answer = await executeMutation(name, args, kit);
  if (check && !check(answer)) {
    throw new FdkResponseValidationError(200, answer, [{ path: '', message: `the answer does not deliver what ${name} is for` }], { method: name });
  }
  return answer;
}
