import { act, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { userMethods } from '../../src/client/methods';
import { redirectCheck } from '../../src/config/redirectCheck';
import { errorWording } from '../../src/i18n/errorMessageLoader';
import { AuthScreen, messages } from '../../src/index';
import { setupFakeKit, TEST_BASE_URL } from '../helpers/kit';

/*
 * Issue 17: on a first visit, nothing but the config is fetched until the form shows — the next steps' code (and
 * what a call needs after its answer) is fetched when the browser is idle once the form is there, so that it never
 * slows down the config's answer on a slow network. Its own module graph: nothing is loaded when it starts.
 */

const fake = setupFakeKit();
const CONFIG_URL = `${TEST_BASE_URL}${userMethods.getPlatformConfig.path}`;
/** Longer than `whenIdle`'s wait where there is no requestIdleCallback (jsdom): 1.2 s. */
const IDLE_WAIT_MS = 1500;

describe('the idle prefetch of a first visit', () => {
  it('waits for the form: nothing is fetched while the config is on its way, then the rest once idle', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    fake.use(
      http.get(CONFIG_URL, async () => {
        await held;
        return undefined;
      }),
    );
    kit.renderKit(<AuthScreen />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS)));
    expect(screen.getByRole('status').textContent).toContain(messages.commonLoading);
    expect(errorWording.loaded()).toBeUndefined();
    expect(redirectCheck.loaded()).toBeUndefined();
    release();
    expect(await screen.findByLabelText(messages.loginIdentifierLabel)).toBeTruthy();
    await waitFor(() => expect(redirectCheck.loaded()).toBeTypeOf('function'), { timeout: IDLE_WAIT_MS * 3 });
    expect(errorWording.loaded()).toBeTypeOf('function');
  });
});
