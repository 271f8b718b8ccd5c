import { afterEach, describe, expect, it } from 'vitest';
import { createFakeUserService, FAKE_STORAGE_KEY, fakeWebStorage } from '../../src/testing/index';
import { browserOn } from './serviceClient';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** What the browser does in the other tabs of the origin when one tab writes `localStorage`. */
function storageEventFromAnotherTab(key: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
}

describe('fakeWebStorage in a browser', () => {
  it('keeps the state in localStorage under its key, for the next page load', async () => {
    const first = createFakeUserService({ storage: fakeWebStorage(localStorage) });
    const browser = browserOn(first);
    await browser.client.loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
    expect(JSON.parse(localStorage.getItem(FAKE_STORAGE_KEY)!)).toMatchObject({ sessions: [{ id: 'session_1', token: browser.session() }] });
    browser.use(createFakeUserService({ storage: fakeWebStorage(localStorage) }));
    expect((await browser.client.getLoggedInUser()).user?.first_name).toBe('Ana');
  });

  it('sessionStorage works the same (one tab, across its reloads); its own key keeps services apart', async () => {
    const shop = createFakeUserService({ storage: fakeWebStorage(sessionStorage, 'shop-a') });
    const other = createFakeUserService({ storage: fakeWebStorage(sessionStorage, 'shop-b') });
    shop.setPreset('otpOnly');
    expect(createFakeUserService({ storage: fakeWebStorage(sessionStorage, 'shop-a') }).presetName).toBe('otpOnly');
    expect(other.presetName).toBe('default');
    expect(localStorage.length).toBe(0);
  });

  it('a storage event of its key (another tab wrote) tells the listeners at once, with the new state read', async () => {
    const here = createFakeUserService({ storage: fakeWebStorage(localStorage) });
    const inboxSizes: number[] = [];
    const stop = here.subscribe(() => inboxSizes.push(here.inbox.length));

    // "Another tab": a service of its own on the same localStorage (in a real browser, its page's).
    const there = createFakeUserService({ storage: fakeWebStorage(localStorage) });
    await browserOn(there).client.loginWithOTP({ body: { mobile: '9876543210', country_code: '91' } });
    expect(inboxSizes).toEqual([]);
    storageEventFromAnotherTab(FAKE_STORAGE_KEY);
    expect(inboxSizes).toEqual([1]);

    // Events of other keys or other storages are not news; a cleared storage (key null) is: a fresh start.
    storageEventFromAnotherTab('something-else');
    window.dispatchEvent(new StorageEvent('storage', { key: FAKE_STORAGE_KEY, storageArea: sessionStorage }));
    expect(inboxSizes).toEqual([1]);
    localStorage.clear();
    storageEventFromAnotherTab(null);
    expect(inboxSizes).toEqual([1, 0]);
    expect(JSON.parse(localStorage.getItem(FAKE_STORAGE_KEY)!)).toMatchObject({ inbox: [] });

    // After the unsubscribe, nothing more is heard.
    stop();
    await browserOn(there).client.loginWithOTP({ body: { mobile: '9123456780', country_code: '91' } });
    storageEventFromAnotherTab(FAKE_STORAGE_KEY);
    expect(inboxSizes).toEqual([1, 0]);
  });
});
