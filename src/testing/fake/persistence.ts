import type { FakeStorage } from '../fakeStorage';

/** How the persistence reaches the service's state. */
export interface FakeStateIo {
  /** The whole state as text. */
  write(): string;
  /** Replaces the state with a stored text, all or nothing. */
  read(text: string): { ok: true } | { ok: false; reason: string };
  /** Back to the start (seeds, no sessions, codes, messages or faults). */
  fresh(): void;
}

/** Keeps a service's state in step with its storage, and tells listeners of changes. */
export interface FakePersistence {
  /** Reads the storage when its text changed since this service last read or wrote it (the first call always reads). */
  sync(): void;
  /** Writes the state when it changed, and tells the listeners. */
  save(): void;
  /** Reads the storage (when it changed), then runs `read`: for every read of the state. */
  reading<T>(read: () => T): T;
  /** Reads the storage (when it changed), makes the change, writes the state: for every change of the state. */
  changing<T>(change: () => T): T;
  /** Calls `listener` after each change of the state (here, or in the storage: another tab's). */
  subscribe(listener: () => void): () => void;
}

const PREFIX = '[fdk-user-react/testing]';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The persistence of a service: with no storage, memory only (listeners are told after each change); with one,
 * the state is read at the first `sync` (and whenever the stored text changed) and written by `save`. Stored data
 * that cannot be read (not JSON, another format or version, a malformed part) never throws: the service starts
 * fresh, writes over it and warns once (`console.warn`). A storage that throws keeps the state in memory, with a
 * warning once.
 */
export function createPersistence(storage: FakeStorage | undefined, io: FakeStateIo): FakePersistence {
  const listeners = new Set<() => void>();
  const warned = new Set<string>();
  let initialized = false;
  let seen: string | undefined;
  let stopWatching: (() => void) | undefined;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const warn = (kind: string, message: string) => {
    if (warned.has(kind)) return;
    warned.add(kind);
    console.warn(`${PREFIX} ${message}`);
  };

  /** Writes the state when it differs from what the storage holds; `true` when it wrote. */
  const put = (target: FakeStorage): boolean => {
    const text = io.write();
    if (text === seen) return false;
    // Seen before the write: a storage that tells of saves at once (memory) must not read this text back as news.
    const previous = seen;
    seen = text;
    try {
      target.save(text);
    } catch (error) {
      seen = previous;
      warn('save', `The fake User service could not write its storage (${messageOf(error)}); its state lasts in this page or process only.`);
    }
    return true;
  };

  const sync = (): void => {
    if (!storage) return;
    let text: string | undefined;
    try {
      text = storage.load();
    } catch (error) {
      warn('load', `The fake User service could not read its storage (${messageOf(error)}); it keeps its state in memory.`);
      return;
    }
    if (initialized && text === seen) return;
    const first = !initialized;
    initialized = true;
    seen = text;
    const result = text === undefined ? undefined : io.read(text);
    if (!result?.ok) {
      // Nothing stored (at creation the state is already fresh; later someone cleared the storage), or data this
      // service cannot read: start fresh and write that, so that every reader of the storage shares it.
      if (result) warn('corrupt', `The fake User service's storage holds data it cannot read (${result.reason}): it starts fresh and writes over it.`);
      if (result || !first) io.fresh();
      put(storage);
    }
    if (!first) notify();
  };

  const save = () => {
    if (!storage || put(storage)) notify();
  };

  return {
    sync,
    save,
    reading(read) {
      sync();
      return read();
    },
    changing(change) {
      sync();
      const result = change();
      save();
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && storage?.subscribe) stopWatching = storage.subscribe(sync);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopWatching?.();
          stopWatching = undefined;
        }
      };
    },
  };
}
