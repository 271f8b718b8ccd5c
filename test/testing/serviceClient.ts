import { createUserClient, type UserClient } from '../../src/client/createUserClient';
import { fakeApplication, FAKE_SESSION_COOKIE, type FakeUserService } from '../../src/testing/index';

/** A client whose calls a fake service answers in process, with one browser's cookie jar. */
export interface Browser {
  client: UserClient;
  /** The session cookie this "browser" holds, if any. */
  session(): string | undefined;
  /** Answers the next calls from another service (another page load, another tab) with the same cookies. */
  use(service: FakeUserService): void;
}

/**
 * A "browser" on a storefront whose API a fake service answers (no network): requests go to `service.handle`,
 * `Set-Cookie` answers land in its jar and the jar goes with every request, as a browser's would.
 */
export function browserOn(first: FakeUserService, origin = 'http://shop.test'): Browser {
  let service = first;
  const jar = new Map<string, string>();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const answer = await service.handle({
      method: request.method,
      url: request.url,
      headers: request.headers,
      bodyText: request.method === 'GET' ? null : await request.text(),
      cookies: Object.fromEntries(jar),
    });
    if (answer.clearCookie) jar.delete(answer.clearCookie);
    if (answer.setCookie) jar.set(answer.setCookie.name, answer.setCookie.value);
    return new Response(answer.text ?? JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  return {
    client: createUserClient({ baseUrl: origin, ...fakeApplication, fetch, retry: 0 }),
    session: () => jar.get(FAKE_SESSION_COOKIE),
    use(next) {
      service = next;
    },
  };
}

/** A `Storage` (the Web Storage API) in memory, for Node tests: what `localStorage` is to the tabs of one origin. */
export class MemoryWebStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}
