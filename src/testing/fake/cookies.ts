import type { FakeResponse } from './types';

/** Name of the session cookie the fake service sets. */
export const FAKE_SESSION_COOKIE = 'fdk_session';

/** Parses a `Cookie` request header into a record (first value of a name wins). */
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (name === '' || name in cookies) continue;
    const raw = part.slice(index + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

/**
 * The `Set-Cookie` header values of an answer (a new session, or the clearing of one), with the given attributes
 * (`Path=/; HttpOnly; SameSite=Lax` on the real server).
 */
export function setCookieHeaders(response: Pick<FakeResponse, 'setCookie' | 'clearCookie'>, attributes: string): string[] {
  const headers: string[] = [];
  if (response.clearCookie !== undefined) {
    headers.push(`${response.clearCookie}=; ${attributes}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);
  }
  if (response.setCookie) headers.push(`${response.setCookie.name}=${encodeURIComponent(response.setCookie.value)}; ${attributes}`);
  return headers;
}
