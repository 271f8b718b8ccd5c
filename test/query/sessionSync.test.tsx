import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileScreen, useAuth, UserKitProvider, userKeys, type SignInRequiredEvent } from '../../src/index';
import { createFakeUserKit } from '../../src/testing/index';
import { settle, valueOf } from '../helpers/dom';
import { setupFakeKit, TEST_BASE_URL } from '../helpers/kit';
import { http } from 'msw';
import { userMethods } from '../../src/client/methods';

/*
 * One session across the tabs of a browser and across the back button: two providers on one page stand for two
 * tabs (two QueryClients, one BroadcastChannel name, the same fake service and cookie).
 */

const fake = setupFakeKit();

function Tab({ name }: { name: string }) {
  const auth = useAuth();
  return (
    <section aria-label={name}>
      <p>{auth.status}</p>
      <button type="button" onClick={() => void auth.logout()}>
        Sign out
      </button>
    </section>
  );
}

async function twoTabs() {
  const kit = await fake.start();
  const other = createFakeUserKit({ service: kit.service, baseUrl: TEST_BASE_URL });
  const heard = { a: vi.fn<(event: SignInRequiredEvent) => void>(), b: vi.fn<(event: SignInRequiredEvent) => void>() };
  render(
    <>
      <UserKitProvider {...kit.providerProps} onSignInRequired={heard.a}>
        <Tab name="Tab A" />
      </UserKitProvider>
      <UserKitProvider {...other.providerProps} onSignInRequired={heard.b}>
        <Tab name="Tab B" />
      </UserKitProvider>
    </>,
  );
  const tab = (name: string) => within(screen.getByRole('region', { name }));
  await waitFor(() => expect([tab('Tab A').getByRole('paragraph').textContent, tab('Tab B').getByRole('paragraph').textContent]).toEqual(['signedIn', 'signedIn']), { timeout: 8_000 });
  // Each provider starts listening once its `import('./sessionSync')` settles, which can come after both tabs show the
  // session on a busy machine: wait for that module (the providers' own imports of it settle first), then a tick.
  await import('../../src/query/sessionSync');
  await settle(0);
  return { kit, other, heard, tab };
}

describe('the session across tabs', { timeout: 15_000 }, () => {
  it('a logout in one tab signs the other out once, and tells its onSignInRequired once', async () => {
    const { heard, tab, other } = await twoTabs();
    await userEvent.click(tab('Tab A').getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(tab('Tab B').getByText('signedOut')).toBeTruthy());
    expect(tab('Tab A').getByText('signedOut')).toBeTruthy();
    await settle(100);
    expect(heard.a.mock.calls).toEqual([[expect.objectContaining({ reason: 'logout' })]]);
    expect(heard.b.mock.calls).toEqual([[{ reason: 'logout' }]]);
    expect(other.queryClient.getQueryData(userKeys.session())).toBeNull();
    expect(fake.count('logout')).toBe(1);
  });

  it('a sign-in in one tab makes the other check the session again', async () => {
    const { kit, tab } = await twoTabs();
    await userEvent.click(tab('Tab A').getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(tab('Tab B').getByText('signedOut')).toBeTruthy());
    const before = fake.count('getLoggedInUser');
    // Tab A signs in again (its cache learns the user from the login answer).
    const { executeMutation } = await import('../../src/query/executeMutation');
    await act(() => executeMutation('loginWithEmailAndPassword', { body: { username: 'ana@example.com', password: 'Passw0rd!' } }, { client: kit.client, queryClient: kit.queryClient, onSignInRequired: () => {} }));
    await waitFor(() => expect(tab('Tab B').getByText('signedIn')).toBeTruthy());
    expect(fake.count('getLoggedInUser')).toBeGreaterThan(before);
  });
});

describe('the session across tabs without BroadcastChannel (issue 13, case 7: the storage event fallback)', { timeout: 15_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  /** What a browser does in every other tab of the origin when one tab writes to localStorage. */
  const storageEventFromAnotherTab = (key: string) =>
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue: null, newValue: localStorage.getItem(key), storageArea: localStorage, url: window.location.href })));

  it('a logout in one tab signs the other out once, through localStorage, and tells its onSignInRequired once', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { heard, tab, other } = await twoTabs();
    await userEvent.click(tab('Tab A').getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(tab('Tab A').getByText('signedOut')).toBeTruthy());
    // Tab A told the others the only way left: a write to localStorage (a storage event, in a browser, in every other tab).
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('fdk-user-react:session:'));
    expect(keys).toHaveLength(1);
    expect(tab('Tab B').getByText('signedIn')).toBeTruthy();
    storageEventFromAnotherTab(keys[0]!);
    await waitFor(() => expect(tab('Tab B').getByText('signedOut')).toBeTruthy());
    // The same event again (another write, a late duplicate) changes nothing.
    storageEventFromAnotherTab(keys[0]!);
    await settle(100);
    expect(heard.a.mock.calls).toEqual([[expect.objectContaining({ reason: 'logout' })]]);
    expect(heard.b.mock.calls).toEqual([[{ reason: 'logout' }]]);
    expect(other.queryClient.getQueryData(userKeys.session())).toBeNull();
    expect(fake.count('logout')).toBe(1);
  });
});

describe('the back/forward cache', { timeout: 20_000 }, () => {
  it('a page restored from it (pageshow, persisted) hides private data until the session is checked again', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    const checks = fake.count('getLoggedInUser');
    kit.service.faults.inject('getLoggedInUser', { type: 'latency', ms: 200 });

    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    // While the check is in flight (the fake answers in 200 ms), nothing private is on screen.
    await waitFor(() => expect(screen.queryByLabelText('First name')).toBeNull());
    expect(document.body.textContent).not.toContain('Ana');
    expect(screen.getByRole('status').textContent).toContain('Loading…');

    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    expect(fake.count('getLoggedInUser')).toBe(checks + 1);
  });

  it('a session ended meanwhile shows the signed-out state, not the old data', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    await kit.client.logout();
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    expect(await screen.findByText('Sign in to see your profile.')).toBeTruthy();
    expect(screen.queryByLabelText('First name')).toBeNull();
  });

  it('an ordinary pageshow (not from the cache) changes nothing', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    const checks = fake.count('getLoggedInUser');
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
    expect(valueOf(screen.getByLabelText('First name'))).toBe('Ana');
    await settle(50);
    expect(fake.count('getLoggedInUser')).toBe(checks);
  });
});

describe('a tab coming back into view (issue 13, case 8)', { timeout: 20_000 }, () => {
  let visibility: DocumentVisibilityState = 'visible';
  afterEach(() => {
    visibility = 'visible';
    Reflect.deleteProperty(document, 'visibilityState');
  });
  /** What a browser does when the shopper leaves the tab or comes back to it. */
  const becomes = (state: DocumentVisibilityState) => {
    visibility = state;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    act(() => void document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  };

  it('checks the session again when the tab is visible again: a session ended meanwhile shows the signed-out state, not the old data', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    const checks = fake.count('getLoggedInUser');
    becomes('hidden');
    // Meanwhile, elsewhere (another device, a server-side logout), the session ends.
    await kit.client.logout();
    await settle(50);
    expect(fake.count('getLoggedInUser')).toBe(checks);
    becomes('visible');
    expect(await screen.findByText('Sign in to see your profile.')).toBeTruthy();
    expect(screen.queryByLabelText('First name')).toBeNull();
    expect(document.body.textContent).not.toContain('Ana');
    expect(fake.count('getLoggedInUser')).toBe(checks + 1);
  });

  it('after an absence longer than the session stays fresh, private data is hidden until the session is checked', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake.use(
      http.get(`${TEST_BASE_URL}${userMethods.getLoggedInUser.path}`, async () => {
        await held;
        return undefined;
      }),
    );
    const start = Date.now();
    becomes('hidden');
    const clock = vi.spyOn(Date, 'now').mockReturnValue(start + 61_000);
    try {
      becomes('visible');
      // While the check runs: nothing of Ana's on screen.
      await waitFor(() => expect(screen.queryByLabelText('First name')).toBeNull());
      expect(document.body.textContent).not.toContain('Ana');
      release();
      await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    } finally {
      clock.mockRestore();
    }
  });

  it('a session still valid: one check, and the data stays', async () => {
    const kit = await fake.start();
    kit.renderKit(<ProfileScreen sections={['profile']} />);
    await waitFor(() => expect(valueOf(screen.queryByLabelText('First name'))).toBe('Ana'));
    const checks = fake.count('getLoggedInUser');
    becomes('hidden');
    becomes('visible');
    await waitFor(() => expect(fake.count('getLoggedInUser')).toBe(checks + 1));
    await settle(50);
    expect(valueOf(screen.getByLabelText('First name'))).toBe('Ana');
    expect(fake.count('getLoggedInUser')).toBe(checks + 1);
  });
});
