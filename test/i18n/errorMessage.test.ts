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
import { isAccountDisabledError } from '../../src/client/accountDisabled';
import { errorMessage } from '../../src/i18n/errorMessage';
import { serverTexts, type ServerTextName } from '../../src/client/serverTexts';
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

  describe('raw server text never reaches the shopper', () => {
    const STACK = 'at UserController.login (/srv/app/controllers/user.js:42:17)';
    const DUPLICATE = 'E11000 duplicate key error collection: users index: email_1 dup key: { email: "ana@example.com" }';
    it.each([
      ['a stack frame', 400, STACK, messages.errorRejected],
      ['[object Object]', 400, '[object Object]', messages.errorRejected],
      ['a JSON dump', 422, '{"error":"invalid_grant"}', messages.errorRejected],
      ['a database error', 409, DUPLICATE, messages.errorRejected],
      ['SQL', 400, "SELECT * FROM users WHERE email = 'a'", messages.errorRejected],
      ['a path', 404, '/srv/app/lib/model.js', messages.errorRejected],
      ['HTML', 403, '<b>Forbidden</b>', messages.errorRejected],
      ['a very long text', 400, 'Please try again later. '.repeat(20), messages.errorRejected],
    ])('%s in a %i shows the generic text of the status', (_label, status, text, expected) => {
      const result = errorMessage(new FdkApiError(status, { serverMessage: text, body: { message: text } }));
      expect(result).toEqual({ kind: 'rejected', retryable: false, message: expected });
      expect(JSON.stringify(result)).not.toContain(text.slice(0, 12));
    });

    it('a dump in a 408 shows the timeout text (and may be retried)', () => {
      expect(errorMessage(new FdkApiError(408, { serverMessage: '{"timeout":true}' }))).toEqual({ kind: 'rejected', retryable: true, message: messages.errorTimeout });
    });

    it('does not trust an error from another copy of the kit that has no rawServerMessage', () => {
      const foreign = Object.assign(new Error('x'), { name: 'FdkApiError', code: 'API_ERROR', status: 400, retryable: false, serverMessage: 'E11000 duplicate key error collection: users' });
      expect(errorMessage(foreign)).toEqual({ kind: 'rejected', retryable: false, message: messages.errorRejected });
    });

    it('does not crash on an error from elsewhere whose serverMessage is not a string', () => {
      const odd = Object.assign(new Error('x'), { name: 'FdkApiError', code: 'API_ERROR', status: 400, retryable: false, serverMessage: { text: 'x' } });
      expect(errorMessage(odd)).toEqual({ kind: 'rejected', retryable: false, message: messages.errorRejected });
    });

    it('shows a readable text of a 4xx as it is', () => {
      expect(errorMessage(new FdkApiError(400, { serverMessage: 'Password is too weak' }))).toEqual({
        kind: 'rejected',
        retryable: false,
        message: 'Password is too weak',
        serverMessage: 'Password is too weak',
      });
    });
  });

  describe('known server texts (flows.md F9)', () => {
    const names = (Object.keys(serverTexts) as ServerTextName[]).filter((name) => name !== 'accountDisabled');
    const french = resolveMessages({
      serverOtpInvalid: 'Code incorrect.',
      serverCredentialsIncorrect: 'Identifiants incorrects.',
      serverMobileRequired: 'Numéro requis.',
      serverMobileInvalid: 'Numéro invalide.',
      serverEmailInvalid: 'E-mail invalide.',
      serverEmailIncorrect: 'E-mail incorrect.',
      serverEmailTooLong: 'E-mail trop long.',
    });

    it.each(names)('%s shows its message key, translated through the overrides, and names the text', (name) => {
      const error = new FdkApiError(400, { serverMessage: `${serverTexts[name].toUpperCase()}.`, body: { message: serverTexts[name] } });
      const result = errorMessage(error, french);
      expect(result.kind).toBe('rejected');
      expect(result.serverText).toBe(name);
      expect(result.message).toBe(french[`server${name[0]!.toUpperCase()}${name.slice(1)}` as keyof typeof french]);
      expect(result.message).not.toBe(serverTexts[name]);
    });

    it('also on a 401 (wrong credentials are not an expired session)', () => {
      const result = errorMessage(new FdkUnauthorizedError({ serverMessage: serverTexts.credentialsIncorrect }));
      expect(result).toMatchObject({ kind: 'rejected', serverText: 'credentialsIncorrect', message: messages.serverCredentialsIncorrect, retryable: false });
    });

    it('shows an unknown readable text as it is, without serverText', () => {
      expect(errorMessage(new FdkApiError(400, { serverMessage: 'Entered OTP is invalid' }))).not.toHaveProperty('serverText');
    });
  });

  describe('a disabled account', () => {
    it.each([400, 401, 403, 404, 423])('its text, on a %i, is kind account-disabled', (status) => {
      const error = status === 401 ? new FdkUnauthorizedError({ serverMessage: serverTexts.accountDisabled }) : new FdkApiError(status, { serverMessage: serverTexts.accountDisabled });
      expect(errorMessage(error)).toEqual({
        kind: 'account-disabled',
        retryable: false,
        message: messages.serverAccountDisabled,
        serverMessage: serverTexts.accountDisabled,
        serverText: 'accountDisabled',
      });
      expect(isAccountDisabledError(error)).toBe(true);
    });

    it('is found from meta.is_deleted even when the text differs', () => {
      const error = new FdkApiError(403, { serverMessage: 'User is deleted', body: { message: 'User is deleted', meta: { is_deleted: true } } });
      expect(errorMessage(error, resolveMessages({ serverAccountDisabled: 'Compte désactivé.' }))).toEqual({
        kind: 'account-disabled',
        retryable: false,
        message: 'Compte désactivé.',
        serverMessage: 'User is deleted',
      });
      expect(isAccountDisabledError(error)).toBe(true);
    });

    it.each([
      ['meta.is_deleted false', new FdkApiError(403, { serverMessage: 'Forbidden', body: { meta: { is_deleted: false } } })],
      ['meta.is_deleted "true"', new FdkApiError(403, { serverMessage: 'Forbidden', body: { meta: { is_deleted: 'true' } } })],
      ['a 5xx with the text', new FdkApiError(503, { serverMessage: serverTexts.accountDisabled, body: { meta: { is_deleted: true } } })],
      ['another error', new FdkNetworkError()],
      ['a plain object', { meta: { is_deleted: true }, status: 403 }],
    ])('is not %s', (_label, error) => {
      expect(isAccountDisabledError(error)).toBe(false);
      expect(errorMessage(error).kind).not.toBe('account-disabled');
    });
  });
});
