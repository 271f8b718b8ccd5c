import { userMethodNames } from 'fdk-user-react';
import type { FakeFault, FakeInboxMessage, FakeUserService, PlatformPresetName } from 'fdk-user-react/testing';

/**
 * What the dev panel does to the fake User service, wherever it runs: in this page (MSW, its state in
 * localStorage) or behind the dev server's proxy (`npm run dev:server`: the `/_fake/*` control routes over HTTP).
 */
export interface FakeControl {
  /** `page`: the fake answers in this page (MSW); `server`: the fake server answers on this origin (a proxy). */
  mode: 'page' | 'server';
  presetName(): Promise<PlatformPresetName | undefined>;
  setPreset(name: PlatformPresetName): Promise<void>;
  /** The fault on every call but the config, or `undefined` for none. */
  fault(): Promise<FakeFault | undefined>;
  setFault(fault: FakeFault | undefined): Promise<void>;
  /** Calls `onInbox` with the inbox now and after each change; returns the stop. */
  watchInbox(onInbox: (messages: readonly FakeInboxMessage[]) => void): () => void;
  /** Back to the seeds: no sessions, codes, messages or faults (the preset is kept). */
  reset(): Promise<void>;
  /** Resolves once the control changes asked for so far are in place: the demo's client waits for it before each call. */
  settled(): Promise<void>;
}

/** The methods a dev-panel fault applies to: all but the config, so that the screens still load. */
const faultedMethods = userMethodNames.filter((name) => name !== 'getPlatformConfig');

/** The fake service of this page (MSW). Its changes are synchronous; the shared state is read on each use. */
export function pageControl(service: FakeUserService): FakeControl {
  return {
    mode: 'page',
    presetName: () => Promise.resolve(service.presetName),
    setPreset: (name) => Promise.resolve(service.setPreset(name)),
    fault: () => Promise.resolve(service.faults.list()[0]?.fault),
    setFault(fault) {
      service.faults.clear();
      if (fault) for (const method of faultedMethods) service.faults.inject(method, fault, { times: 'always' });
      return Promise.resolve();
    },
    watchInbox(onInbox) {
      onInbox(service.inbox);
      // Changes here, and those of the other tabs (localStorage `storage` events).
      return service.subscribe(() => onInbox(service.inbox));
    },
    reset: () => Promise.resolve(service.reset()),
    settled: () => Promise.resolve(),
  };
}

async function call<T>(origin: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}/_fake/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} /_fake/${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The fake server behind this origin's proxy (`/_fake/*` control routes). Changes are sent in order; the demo's
 * client waits for them (`settled`), so that a call made just after choosing a fault meets the fault.
 */
export function serverControl(origin: string): FakeControl {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (change: () => Promise<unknown>): Promise<void> => {
    const next = queue.then(change);
    queue = next.catch(() => undefined);
    return next.then(() => undefined);
  };
  return {
    mode: 'server',
    presetName: () => call<{ name: PlatformPresetName | null }>(origin, 'GET', 'preset').then((answer) => answer.name ?? undefined),
    setPreset: (name) => enqueue(() => call(origin, 'POST', 'preset', { name })),
    fault: () => call<{ faults: { fault: FakeFault }[] }>(origin, 'GET', 'faults').then((answer) => answer.faults[0]?.fault),
    setFault: (fault) =>
      enqueue(async () => {
        await call(origin, 'DELETE', 'faults');
        if (fault) await Promise.all(faultedMethods.map((route) => call(origin, 'POST', 'faults', { route, fault, times: 'always' })));
      }),
    watchInbox(onInbox) {
      let last = '';
      const read = () =>
        call<{ messages: FakeInboxMessage[] }>(origin, 'GET', 'inbox')
          .then(({ messages }) => {
            const text = JSON.stringify(messages);
            if (text !== last) onInbox(messages);
            last = text;
          })
          .catch(() => undefined);
      void read();
      // No push from a server: ask twice a second.
      const id = setInterval(() => void read(), 500);
      return () => clearInterval(id);
    },
    reset: () => enqueue(() => call(origin, 'POST', 'reset')),
    settled: () => queue.then(() => undefined),
  };
}
