import { act, cleanup as cleanupScreen, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { userMethods } from '../../src/client/methods';
import { AuthScreen, messages, usePlatformConfig } from '../../src/index';
import { useUserKit } from '../../src/query/userKit';
import { userQueries } from '../../src/query/queries';
import { forgetRememberedConfigs, rememberedConfigKey } from '../../src/query/rememberedConfig';
import { platformPresets } from '../../src/testing/index';
import { APPLICATION_ID, setupFakeKit, TEST_BASE_URL } from '../helpers/kit';

/*
 * Issue 17: the PlatformSchema is public, so the kit keeps the last one per application in localStorage and a
 * returning shopper's screen renders from it at once, revalidating in the background.
 */

const fake = setupFakeKit();
const KEY = rememberedConfigKey(APPLICATION_ID, 'Fynd');
const CONFIG_URL = `${TEST_BASE_URL}${userMethods.getPlatformConfig.path}`;
const identifier = () => screen.queryByLabelText(messages.loginIdentifierLabel);
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

/** A returning visit: what this page read is forgotten, what was stored stays (a new page load). */
const nextVisit = () => forgetRememberedConfigs();

/** Holds the config's answer until `release()` (the fake answers then). */
function holdConfig() {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  fake.use(
    http.get(CONFIG_URL, async () => {
      await held;
      return undefined;
    }),
  );
  return () => release();
}

describe('the remembered config', () => {
  it('a first visit waits for the config, then remembers the one fetched', async () => {
    const kit = await fake.start({ signedIn: false, preset: 'branded' });
    kit.renderKit(<AuthScreen />);
    expect(identifier()).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(messages.commonLoading);
    expect(await screen.findByLabelText(messages.loginIdentifierLabel)).toBeTruthy();
    await waitFor(() => expect(stored()).toMatchObject({ display: 'Welcome to Acme Store', look_and_feel: { background_color: '#0B3D2E' } }));
    expect(fake.count('getPlatformConfig')).toBe(1);
  });

  it('a returning visit renders the form on the first commit, then revalidates in the background', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...platformPresets.default, display: 'Yesterday’s Store' }));
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    const release = holdConfig();
    kit.renderKit(<AuthScreen />);
    // Synchronously after the first render: the field is there, nothing loads, nothing was waited for.
    expect(identifier()).toBeTruthy();
    expect(screen.queryByText(messages.commonLoading)).toBeNull();
    expect(screen.getByText('Yesterday’s Store')).toBeTruthy();
    await waitFor(() => expect(fake.count('getPlatformConfig')).toBe(1));
    release();
    expect(await screen.findByText('Fynd')).toBeTruthy();
    expect(screen.queryByText('Yesterday’s Store')).toBeNull();
  });

  it('a changed config applies when it arrives, and what the shopper typed stays', async () => {
    localStorage.setItem(KEY, JSON.stringify(platformPresets.default));
    const kit = await fake.start({ signedIn: false, preset: 'branded' });
    const release = holdConfig();
    kit.renderKit(<AuthScreen />);
    const user = userEvent.setup({ delay: null });
    await user.type(identifier() as HTMLElement, 'ana@example.com');
    expect(screen.queryByText('Free shipping on your first order')).toBeNull();
    release();
    expect(await screen.findByText('Free shipping on your first order')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(messages.loginIdentifierLabel).value).toBe('ana@example.com');
    expect(document.activeElement).toBe(screen.getByLabelText(messages.loginIdentifierLabel));
    await waitFor(() => expect(stored()).toMatchObject({ display: 'Welcome to Acme Store' }));
  });

  it('a returning visit while offline keeps the remembered form instead of "Try again"', async () => {
    localStorage.setItem(KEY, JSON.stringify(platformPresets.default));
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    fake.use(http.get(CONFIG_URL, () => HttpResponse.error()));
    kit.renderKit(<AuthScreen />);
    await waitFor(() => expect(fake.count('getPlatformConfig')).toBe(1));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(identifier()).toBeTruthy();
    expect(screen.queryByRole('button', { name: messages.commonRetry })).toBeNull();
    expect(stored()).toEqual(platformPresets.default);
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '"default"'],
    ['an array', '[1, 2]'],
  ])('a stored value that is %s is dropped: the screen fetches as on a first visit', async (_, value) => {
    localStorage.setItem(KEY, value);
    const kit = await fake.start({ signedIn: false, preset: 'default' });
    kit.renderKit(<AuthScreen />);
    expect(identifier()).toBeNull();
    expect(await screen.findByLabelText(messages.loginIdentifierLabel)).toBeTruthy();
    await waitFor(() => expect(stored()).toMatchObject({ name: 'Fynd' }));
  });

  it('a stored config with fields of the wrong type is read leniently, as the server’s answer is', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...platformPresets.passwordOnly, login: { password: 'true', otp: 'no' }, social: ['google'] }));
    const kit = await fake.start({ signedIn: false, preset: 'passwordOnly' });
    holdConfig();
    kit.renderKit(<AuthScreen />);
    expect(identifier()).toBeTruthy();
    expect(screen.getByLabelText(messages.fieldPassword)).toBeTruthy();
  });

  it('is left alone with rememberConfig={false}: nothing read, nothing written', async () => {
    localStorage.setItem(KEY, JSON.stringify(platformPresets.default));
    const kit = await fake.start({ signedIn: false, preset: 'branded', provider: { rememberConfig: false } });
    kit.renderKit(<AuthScreen />);
    expect(identifier()).toBeNull();
    expect(await screen.findByText('Free shipping on your first order')).toBeTruthy();
    expect(stored()).toEqual(platformPresets.default);
  });

  it('initialConfig wins over a remembered config, and no request is made', async () => {
    localStorage.setItem(KEY, JSON.stringify(platformPresets.branded));
    const kit = await fake.start({ signedIn: false, preset: 'default', provider: { initialConfig: platformPresets.default } });
    kit.renderKit(<AuthScreen />);
    expect(identifier()).toBeTruthy();
    expect(screen.queryByText('Free shipping on your first order')).toBeNull();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fake.count('getPlatformConfig')).toBe(0);
  });

  it('the next visit uses what the last one fetched', async () => {
    const first = await fake.start({ signedIn: false, preset: 'branded' });
    const view = first.renderKit(<AuthScreen />);
    await waitFor(() => expect(stored()).toMatchObject({ display: 'Welcome to Acme Store' }));
    view.unmount();
    nextVisit();
    const second = await fake.start({ signedIn: false, preset: 'branded' });
    holdConfig();
    second.renderKit(<AuthScreen />);
    expect(screen.getByText('Free shipping on your first order')).toBeTruthy();
    expect(identifier()).toBeTruthy();
  });

  /** Renders the screen counting React commits; returns the commit at which the identifier field first existed. */
  async function commitsUntilField(kit: Awaited<ReturnType<typeof fake.start>>) {
    let commits = 0;
    let usableAt: number | undefined;
    kit.renderKit(
      <Profiler
        id="auth"
        onRender={() => {
          commits++;
          if (usableAt === undefined && identifier()) usableAt = commits;
        }}
      >
        <AuthScreen />
      </Profiler>,
    );
    await screen.findByLabelText(messages.loginIdentifierLabel);
    return usableAt;
  }

  it('the field is usable on the first commit of a returning visit, and by the second on a first visit', async () => {
    const first = await fake.start({ signedIn: false, preset: 'default' });
    expect(await commitsUntilField(first)).toBeLessThanOrEqual(2);
    await waitFor(() => expect(stored()).toMatchObject({ name: 'Fynd' }));
    cleanupScreen();
    nextVisit();
    const again = await fake.start({ signedIn: false, preset: 'default' });
    holdConfig();
    expect(await commitsUntilField(again)).toBe(1);
  });

  /** The config query's own fetch status, read during the first render of a component below the hook. */
  function fetchStatusInFirstRender(kit: Awaited<ReturnType<typeof fake.start>>) {
    const seen: (string | undefined)[] = [];
    function Probe() {
      usePlatformConfig();
      const { queryClient, client } = useUserKit();
      seen.push(queryClient.getQueryState(userQueries.platformConfig(client, 'Fynd').queryKey)?.fetchStatus);
      return null;
    }
    kit.renderKit(<Probe />);
    return seen[0];
  }

  it('a first visit asks for the config during its first render, not after the first commit; a returning visit does not', async () => {
    const first = await fake.start({ signedIn: false, preset: 'default' });
    expect(fetchStatusInFirstRender(first)).toBe('fetching');
    await waitFor(() => expect(stored()).toMatchObject({ name: 'Fynd' }));
    expect(fake.count('getPlatformConfig')).toBe(1);
    cleanupScreen();
    nextVisit();
    const again = await fake.start({ signedIn: false, preset: 'default' });
    holdConfig();
    expect(fetchStatusInFirstRender(again)).toBe('idle');
  });
});
