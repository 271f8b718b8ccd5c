import type { MessageKey } from '../../i18n/messages';

/**
 * A failure a form step finds itself, before or after the request (no captcha token, a provider that never
 * answered), shown with one of the kit's messages rather than a generic one.
 * @example
 * throw new StepError('validationCaptcha', { retryable: true });
 */
export class StepError extends Error {
  override name = 'StepError';
  /** The message to show. */
  readonly messageKey: MessageKey;
  /** Whether trying again may work. */
  readonly retryable: boolean;
  constructor(messageKey: MessageKey, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(messageKey, options.cause === undefined ? undefined : { cause: options.cause });
    this.messageKey = messageKey;
    this.retryable = options.retryable ?? true;
  }
}

/** True for a {@link StepError} (checked by name, so that it works across bundles). */
export const isStepError = (error: unknown): error is StepError =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'StepError' && 'messageKey' in error;

/**
 * Settles with `task`, or rejects with a {@link StepError} of `messageKey` after `ms` (a social popup or captcha
 * widget that never answers must not leave a form busy for good).
 * @example
 * const token = await withTimeout(captcha.getCaptchaToken(), 60_000, 'errorProviderTimeout');
 */
export function withTimeout<T>(task: Promise<T> | T, ms: number, messageKey: MessageKey): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StepError(messageKey)), ms);
    Promise.resolve(task).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // Any object is kept as it is (its `name` says what it was): a DOMException or an error of another realm (a
        // provider SDK's iframe) is not `instanceof Error`, and a cancelled popup must still read as a cancel.
        reject(typeof error === 'object' && error !== null ? (error as Error) : new StepError('errorGeneric', { cause: error }));
      },
    );
  });
}
