/**
 * Where a fake User service keeps its state so that it lasts: across page reloads and tabs (`localStorage`),
 * one tab (`sessionStorage`), a file (Node), or memory shared by services of one process. The service writes
 * the whole state as one text (a versioned JSON document) after each request or control change, and reads it
 * back when it is made and whenever the stored text changed.
 *
 * @example
 * // A storage of your own (an IndexedDB mirror, a test double …): three small functions.
 * let text: string | undefined;
 * const storage: FakeStorage = { load: () => text, save: (data) => { text = data; } };
 * createFakeUserService({ storage });
 */
export interface FakeStorage {
  /** The stored text, or `undefined` when nothing is stored yet. */
  load(): string | undefined;
  /** Stores the text: the whole state, in place of what was there. */
  save(data: string): void;
  /**
   * Optional: calls `onChange` when another writer (another tab, another service) changed the stored text, so
   * that the service reads it at once and tells its own listeners (`service.subscribe`); returns
   * the unsubscribe. Without it a change is read before the next call.
   */
  subscribe?(onChange: () => void): () => void;
}

/**
 * The key {@link fakeWebStorage} keeps the state under by default.
 * @example
 * localStorage.removeItem(FAKE_STORAGE_KEY); // what the next page load of the demo sees: a fresh fake
 */
export const FAKE_STORAGE_KEY = 'fdk-user-react:fake-user-service';

/**
 * A storage in memory that several services of one process can share (each sees the others' changes; listeners
 * are told of every save). The default of `createFakeUserService` is plain memory, one service's own.
 * @example
 * const storage = fakeMemoryStorage();
 * const first = createFakeUserService({ storage });
 * const second = createFakeUserService({ storage }); // the same users, sessions, codes and inbox as `first`
 */
export function fakeMemoryStorage(initial?: string): FakeStorage {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    load: () => text,
    save(data) {
      text = data;
      for (const listener of [...listeners]) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** The part of `window` a web storage listens on (`storage` events), where there is one. */
interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

function eventSource(): StorageEventSource | undefined {
  const candidate = (globalThis as { window?: Partial<StorageEventSource> }).window;
  return typeof candidate?.addEventListener === 'function' && typeof candidate.removeEventListener === 'function' ? (candidate as StorageEventSource) : undefined;
}

/**
 * A browser storage for the fake's state: `window.localStorage` (shared by the tabs of one origin, which see each
 * other's changes through `storage` events: a sign-in in one tab is a sign-in in all) or `window.sessionStorage`
 * (one tab; kept across its reloads). The state is one item under `key` (default {@link FAKE_STORAGE_KEY}).
 * Reading or writing may throw where the browser refuses storage (a sandboxed frame, a full quota): the service
 * then keeps its state in memory and says so once.
 * @example
 * import { createFakeUserKit, fakeWebStorage } from 'fdk-user-react/testing';
 * const kit = createFakeUserKit({ storage: fakeWebStorage(window.localStorage) });
 */
export function fakeWebStorage(storage: Storage, key: string = FAKE_STORAGE_KEY): FakeStorage {
  return {
    load: () => storage.getItem(key) ?? undefined,
    save: (data) => storage.setItem(key, data),
    subscribe(onChange) {
      const source = eventSource();
      if (!source) return () => undefined;
      // `storage` events fire in the other tabs of the origin; `key` is null when the whole storage was cleared.
      const listener = (event: StorageEvent) => {
        if (event.storageArea === storage && (event.key === key || event.key === null)) onChange();
      };
      source.addEventListener('storage', listener);
      return () => source.removeEventListener('storage', listener);
    },
  };
}
