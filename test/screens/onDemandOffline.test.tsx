import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userMethods } from '../../src/client/methods';
import { redirectCheck } from '../../src/config/redirectCheck';
import { errorWording } from '../../src/i18n/errorMessageLoader';
import { AuthScreen, messages, useAuthFlow } from '../../src/index';
import { fakeSeedLogins } from '../../src/testing/index';
import { sendWrongPassword } from '../forms/helpers';
import { setupFakeKit, TEST_BASE_URL } from '../helpers/kit';

/*
 * Issue 17: the error wording and the redirect check load on demand. When their code cannot be downloaded (the
 * network went away after the page loaded), nothing is swallowed and nothing unchecked is used: a failure is shown
 * with the offline text, and a sign-in goes to the provider's fallback.
 */

const fake = setupFakeKit();
const CONFIG_URL = `${TEST_BASE_URL}${userMethods.getPlatformConfig.path}`;
const ana = fakeSeedLogins.ana;
const downloadFailed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

beforeEach(() => {
  vi.spyOn(errorWording, 'load').mockImplementation(downloadFailed);
  vi.spyOn(redirectCheck, 'load').mockImplementation(downloadFailed);
  return () => vi.restoreAllMocks();
});

describe('code on demand that cannot be downloaded', () => {
  it('a refused sign-in says to check the connection, and keeps what was typed', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    kit.renderKit(<AuthScreen />);
    await sendWrongPassword(ana.email);
    expect((await screen.findByRole('alert')).textContent).toContain(messages.errorOffline);
    expect(screen.getByLabelText<HTMLInputElement>(messages.loginIdentifierLabel).value).toBe(ana.email);
    expect(screen.getByLabelText<HTMLInputElement>(messages.fieldPassword).value).toBe('Wrong-pass1!');
    expect(errorWording.loaded()).toBeUndefined();
  });

  it('a config that cannot be read shows the offline text and Try again, not an endless loading state', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    fake.use(http.get(CONFIG_URL, () => HttpResponse.json({ message: 'upstream down' }, { status: 503 })));
    kit.renderKit(<AuthScreen />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(messages.errorOffline);
    expect(screen.getByRole('button', { name: messages.commonRetry })).toBeTruthy();
    expect(screen.queryByText(messages.commonLoading)).toBeNull();
  });

  it('a sign-in goes to the provider’s fallback, never to a target that was not checked', async () => {
    const kit = await fake.start({ signedIn: false, provider: { redirect: { fallback: '/home' } } });
    const onSignedIn = vi.fn();
    const { result } = kit.renderKitHook(() => useAuthFlow({ redirectTo: '/account', onSignedIn }));
    const user = (await kit.client.loginWithEmailAndPassword({ body: { username: ana.email, password: ana.password } })).user!;
    act(() => result.current.send({ type: 'signedIn', user }));
    await waitFor(() => expect(result.current.result?.redirect).toBe('/home'));
    expect(result.current.result?.user).toBe(user);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ redirect: '/home' });
    expect(onSignedIn.mock.calls[0]?.[0].user).toBe(user);
  });
});
