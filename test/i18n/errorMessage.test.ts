import { describe, expect, it } from 'vitest';
import {
  FdkAbortError,
  FdkApiError,
  FdkConfigError,
  FdkError,
  FdkNetworkError,
  FdkRateLimitError,
  FdkRequestValidationError,
  FdkResponseValidationError,
  FdkTimeoutError,
  FdkUnauthorizedError,
} from '../../src/client/errors';
import { errorMessage } from '../../src/i18n/errorMessage';
import { messages } from '../../src/i18n/messages';
import { resolveMessages } from '../../src/i18n/resolveMessages';

describe('errorMessage', () => {
  it('shows the server message of a 4xx, trimmed, and keeps it in serverMessage', () => {
    const error = new FdkApiError(400, { serverMessage: '  Invalid OTP. Please try again.\n', body: { message: 'Invalid OTP' } });
    expect(errorMessage(error)).toEqual({
      kind: 'rejected',
      retryable: false,
      message: 'Invalid OTP. Please try again.',
      serverMessage: 'Invalid OTP. Please try again.',
    });
  });

  it('follows the error on retrying a 4xx (408 may be retried)', () => {
    expect(errorMessage(new FdkApiError(408, { serverMessage: 'Request timed out' }))).toMatchObject({ kind: 'rejected', retryable: true });
  });

  it.each([
    ['a 500 with a server message', new FdkApiError(500, { serverMessage: 'NullPointerException at line 4' })],
    ['a 502 HTML page', new FdkApiError(502, { bodyText: '<html><body>Bad gateway</body></html>' })],
    ['a 400 with invalid JSON', new FdkApiError(400, { bodyText: '{"message": "oops' })],
    ['a 404 with an empty body', new FdkApiError(404, {})],
    ['a 400 whose message is blank', new FdkApiError(400, { serverMessage: '   ' })],
    ['an answer that does not fit its schema', new FdkResponseValidationError(200, '<html>', [{ path: 'user', message: 'Required' }])],
  ])('shows the generic retryable text for %s', (_name, error) => {
    const result = errorMessage(error);
    expect(result).toMatchObject({ kind: 'server', retryable: true, message: messages.errorServer });
    expect(result.message).not.toMatch(/html|NullPointer|oops/i);
  });

  it('keeps the server message of a 5xx available without showing it', () => {
    const result = errorMessage(new FdkApiError(503, { serverMessage: ' Maintenance ' }));
    expect(result.message).toBe(messages.errorServer);
    expect(result.serverMessage).toBe('Maintenance');
  });

  it('says the session expired on a 401, keeping the server message', () => {
    expect(errorMessage(new FdkUnauthorizedError({ serverMessage: 'Unauthorized' }))).toEqual({
      kind: 'unauthorized',
      retryable: false,
      message: 'Your session has expired. Please sign in again.',
      serverMessage: 'Unauthorized',
    });
    expect(errorMessage(new FdkUnauthorizedError({}))).toEqual({ kind: 'unauthorized', retryable: false, message: messages.errorSessionExpired });
  });

  it('gives the seconds to wait on a 429', () => {
    expect(errorMessage(new FdkRateLimitError({ retryAfter: 30, serverMessage: 'Too many requests' }))).toEqual({
      kind: 'rate-limited',
      retryable: true,
      message: 'Too many attempts. Try again in 30 s.',
      retryAfter: 30,
      serverMessage: 'Too many requests',
    });
    expect(errorMessage(new FdkRateLimitError({ retryAfter: 2.2 })).message).toBe('Too many attempts. Try again in 3 s.');
  });

  it.each([undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])('asks to wait a moment on a 429 with retryAfter %s', (retryAfter) => {
    const result = errorMessage(new FdkRateLimitError(retryAfter === undefined ? {} : { retryAfter }));
    expect(result).toEqual({ kind: 'rate-limited', retryable: true, message: messages.errorRateLimitedSoon });
  });

  it('says the shopper is offline on a network error', () => {
    expect(errorMessage(new FdkNetworkError({ cause: new TypeError('Failed to fetch') }))).toEqual({
      kind: 'network',
      retryable: true,
      message: messages.errorOffline,
    });
  });

  it('says the server is slow on a timeout', () => {
    expect(errorMessage(new FdkTimeoutError(10_000))).toEqual({ kind: 'timeout', retryable: true, message: messages.errorTimeout });
  });

  it('asks to check the fields when the arguments were refused before sending', () => {
    const error = new FdkRequestValidationError([{ path: 'body.mobile', message: 'Invalid input: expected string' }], { method: 'loginWithOTP' });
    expect(errorMessage(error)).toEqual({ kind: 'validation', retryable: false, message: messages.errorInvalidInput });
  });

  it.each([
    ['an aborted request', new FdkAbortError(), true],
    ['a configuration error', new FdkConfigError('applicationToken is too short'), false],
    ['a bare FdkError', new FdkError('API_ERROR', 'internal detail'), true],
  ])('shows the generic text for %s, never its technical message', (_name, error, retryable) => {
    expect(errorMessage(error)).toEqual({ kind: 'unknown', retryable, message: messages.errorGeneric });
  });

  it.each([
    ['an Error', new Error('secret stack detail')],
    ['a string', 'boom'],
    ['an object', { message: 'x' }],
    ['an object with a name that looks like ours but no code', { name: 'FdkApiError', status: 400, serverMessage: 'spoof' }],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
  ])('shows the generic text for %s', (_name, thrown) => {
    const result = errorMessage(thrown);
    expect(result).toEqual({ kind: 'unknown', retryable: true, message: messages.errorGeneric });
    expect(result.message).not.toContain('[object Object]');
  });

  it('recognises errors from another copy of the kit by name', () => {
    const foreign = Object.assign(Object.create(null) as object, { name: 'FdkNetworkError', code: 'NETWORK_ERROR' });
    expect(errorMessage(foreign).kind).toBe('network');
  });

  it('uses the given messages', () => {
    const custom = resolveMessages({ errorOffline: 'Hors ligne.', errorRateLimited: 'Attendez {seconds} s.' });
    expect(errorMessage(new FdkNetworkError(), custom).message).toBe('Hors ligne.');
    expect(errorMessage(new FdkRateLimitError({ retryAfter: 5 }), custom).message).toBe('Attendez 5 s.');
  });
});
