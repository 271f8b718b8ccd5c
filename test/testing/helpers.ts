import { createUserClient, type UserClient, type UserClientOptions } from '../../src/client/createUserClient';
import { fakeApplication } from '../../src/testing/index';

/** One cookie as a browser would keep it, with its attributes. */
export interface StoredCookie {
  value: string;
  /** Attribute names and values as sent (`HttpOnly` → `''`, `SameSite` → `'Lax'`), keys lower-cased. */
  attributes: Record<string, string>;
}

/** A `fetch` with a tiny cookie jar (Node's `fetch` has none): stores `Set-Cookie`, sends `Cookie`. */
export interface CookieFetch {
  fetch: typeof globalThis.fetch;
  jar: Map<string, StoredCookie>;
  /** Every raw `Set-Cookie` header value received. */
  received: string[];
}

function parseSetCookie(header: string): { name: string; cookie: StoredCookie; expired: boolean } {
  const [pair = '', ...parts] = header.split(';');
  const index = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const part of parts) {
    const [key = '', ...rest] = part.trim().split('=');
    attributes[key.toLowerCase()] = rest.join('=');
  }
  const expired = attributes['max-age'] === '0';
  return { name: pair.slice(0, index).trim(), cookie: { value: decodeURIComponent(pair.slice(index + 1).trim()), attributes }, expired };
}

/** Makes a cookie-keeping fetch. */
export function cookieFetch(): CookieFetch {
  const jar = new Map<string, StoredCookie>();
  const received: string[] = [];
  const wrapped: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (jar.size > 0) request.headers.set('cookie', [...jar].map(([name, cookie]) => `${name}=${encodeURIComponent(cookie.value)}`).join('; '));
    const response = await fetch(request);
    for (const header of response.headers.getSetCookie()) {
      received.push(header);
      const { name, cookie, expired } = parseSetCookie(header);
      if (expired) jar.delete(name);
      else jar.set(name, cookie);
    }
    return response;
  };
  return { fetch: wrapped, jar, received };
}

/** A client for the fake server with its own cookie jar; no retries (tests count calls). */
export function fakeClient(baseUrl: string, options: Partial<UserClientOptions> = {}): UserClient & { cookies: CookieFetch } {
  const cookies = cookieFetch();
  const client = createUserClient({ baseUrl, ...fakeApplication, fetch: cookies.fetch, retry: 0, ...options });
  return Object.assign(Object.create(null) as object, client, { cookies }) as UserClient & { cookies: CookieFetch };
}

/** A clock to move by hand. */
export function manualClock(start = Date.parse('2025-03-01T10:00:00.000Z')) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Catches the rejection of a promise (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, it succeeded');
}
