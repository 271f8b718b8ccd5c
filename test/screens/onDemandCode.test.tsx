import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { userMethods } from '../../src/client/methods';
import { redirectCheck } from '../../src/config/redirectCheck';
import { errorWording } from '../../src/i18n/errorMessageLoader';
import { AuthScreen, messages, useAuthFlow } from '../../src/index';
import { preloadMutations } from '../../src/query/callApi';
import { fakeSeedLogins } from '../../src/testing/index';
import { sendWrongPassword } from '../forms/helpers';
import { setupFakeKit, TEST_BASE_URL } from '../helpers/kit';

/*
 * Issue 17: what a shopper needs only after something happened — the wording of a failed call (`errorMessage` and
 * the texts of failures) and the redirect check of a sign-in (`safeRedirect`) — is not in the login route's
 * initial JS. The kit's calls fetch it with their own code. This file runs in a fresh module graph: nothing is
 * loaded when it starts, and the tests run in order.
 */

const fake = setupFakeKit();
const CONFIG_URL = `${TEST_BASE_URL}${userMethods.getPlatformConfig.path}`;
const ana = fakeSeedLogins.ana;

describe('code loaded on demand', () => {
  it('is not loaded before anything happened', () => {
    expect(errorWording.loaded()).toBeUndefined();
    expect(redirectCheck.loaded()).toBeUndefined();
  });

  it('a signedIn sent by the storefront before any call: the result comes a moment later, checked', async () => {
    const kit = await fake.start({ signedIn: false });
    const onSignedIn = vi.fn();
    const { result } = kit.renderKitHook(() => useAuthFlow({ redirectTo: '//evil.example/steal', onSignedIn }));
    const user = (await kit.client.loginWithEmailAndPassword({ body: { username: ana.email, password: ana.password } })).user!;
    act(() => result.current.send({ type: 'signedIn', user }));
    expect(result.current.state.step).toBe('done');
    expect(result.current.result).toBeUndefined();
    await waitFor(() => expect(result.current.result?.redirect).toBe('/'));
    expect(result.current.result?.user).toBe(user);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ redirect: '/' });
    expect(onSignedIn.mock.calls[0]?.[0].user).toBe(user);
  });

  it('the code of the calls brings the error wording with it', async () => {
    expect(errorWording.loaded()).toBeUndefined();
    await preloadMutations();
    await waitFor(() => expect(errorWording.loaded()).toBeTypeOf('function'));
  });

  it('a refused password is worded from the server text, with the password kept', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    kit.renderKit(<AuthScreen />);
    await sendWrongPassword(ana.email);
    expect((await screen.findByRole('alert')).textContent).toContain(messages.serverCredentialsIncorrect);
    expect(screen.getByLabelText<HTMLInputElement>(messages.fieldPassword).value).toBe('Wrong-pass1!');
  });

  it('a config that cannot be read: the screen says why once the wording is there, with Try again', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    fake.use(http.get(CONFIG_URL, () => HttpResponse.json({ message: 'upstream down' }, { status: 503 })));
    kit.renderKit(<AuthScreen />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(messages.errorServer);
    expect(screen.getByRole('button', { name: messages.commonRetry })).toBeTruthy();
  });
});
