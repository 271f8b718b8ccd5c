/** Options of {@link safeRedirect}. */
export interface SafeRedirectOptions {
  /**
   * Other origins the shopper may be sent to after signing in, such as `https://checkout.example.com`. Each is
   * compared by origin (scheme, host and port); entries that are not URLs are ignored.
   */
  allowedOrigins?: string[];
  /** What to return when the target is refused; `/` by default. Returned as given (it is yours, not the URL's). */
  fallback?: string;
  /** The page's own origin; `location.origin` by default where there is a `location` (browsers). */
  currentOrigin?: string;
}

const MAX_LENGTH = 2048;
/** Whitespace (Unicode included), C0/C1 control characters and backslashes. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f\\]/;
/** The same, minus the plain space, which a decoded path may hold (`/red%20shoes`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN_DECODED = /[^\S ]|[\u0000-\u001f\u007f-\u009f\\]/;
const BASE = 'https://fdk-redirect.invalid';

/** `location.origin` where there is one. */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** A `.` or `..` path segment. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
/** How many rounds of percent-decoding a path may need; one that needs more is refused. */
const MAX_DECODING_ROUNDS = 10;

/** Whether the URL parser keeps `path` on the page's origin, without a `//` path (`/..//evil.com` resolves to one). */
function staysOnOrigin(path: string): boolean {
  try {
    const parsed = new URL(path, BASE);
    return parsed.origin === BASE && !parsed.pathname.startsWith('//');
  } catch {
    return false;
  }
}

/**
 * Whether `path` (already free of whitespace, control characters and backslashes) is a same-origin path. Its path
 * part (before `?` or `#`) is percent-decoded again and again until it stops changing (at most 10 rounds: a path
 * that needs more is refused, as is a malformed `%` escape), and at every round, the raw one included, it must
 * start with one `/` not followed by another, hold no backslash, control character or whitespace other than a
 * plain space (`%20`), hold no `.` or `..` segment (`/.%2e/`, `/%252e%252e/` …), and stay on the page's origin
 * for the URL parser without a `//` path (a query or hash cannot change either).
 */
function isSafePath(path: string): boolean {
  let layer = path;
  for (let round = 0; ; round++) {
    layer = layer.split(/[?#]/, 1)[0] ?? '';
    if (!layer.startsWith('/') || layer[1] === '/' || FORBIDDEN_DECODED.test(layer) || DOT_SEGMENT.test(layer) || !staysOnOrigin(layer)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return false;
    }
    if (decoded === layer) return true;
    if (round === MAX_DECODING_ROUNDS) return false;
    layer = decoded;
  }
}

/**
 * Checks where to send the shopper after signing in (a `?redirect=` parameter, say) and returns a safe target,
 * or `options.fallback` (`/` by default) when the target is refused.
 *
 * Accepted:
 * - a same-origin path, `/` followed by anything but `/` or `\`: returned **exactly** as given, query and hash
 *   included (`/account?tab=orders#top`);
 * - an absolute `http:`/`https:` URL (written with `//`) on `currentOrigin`: returned as a **path**
 *   (path + query + hash), so the navigation stays on this origin;
 * - an absolute URL whose origin is in `allowedOrigins`: returned as the **full URL** (normalised `href`).
 *
 * Refused: non-strings, empty strings and strings over 2,048 characters; protocol-relative `//evil.com`,
 * `/\evil.com`, `\\evil.com`; `https:evil.com` (no `//`); encoded tricks such as `/%2F%2Fevil.com`,
 * `%2F%2Fevil.com`, `/%5Cevil.com` or `/%252F%252Fevil.com` (the path is decoded until nothing changes, at most 10
 * rounds, and checked at each step); `.` and `..` segments, plain or encoded (`/..//evil.com`, `/.%2e/%2fevil.com`,
 * `/%252e%252e//evil.com`); `javascript:`, `data:`
 * and every other scheme; `user@evil.com` and other relative paths without a leading `/`; URLs with credentials;
 * any whitespace, control character or backslash anywhere (`/\t/evil.com`, leading spaces), or in the decoded
 * path (`/%09/evil.com`; a percent-encoded plain space, `/red%20shoes`, is fine); any other origin.
 * @example
 * safeRedirect(new URLSearchParams(location.search).get('redirect')); // '/account?tab=orders#top' or '/'
 * safeRedirect('//evil.com'); // '/'
 * safeRedirect('https://shop.example/cart', { currentOrigin: 'https://shop.example' }); // '/cart'
 */
export function safeRedirect(target: unknown, options: SafeRedirectOptions = {}): string {
  const fallback = options.fallback ?? '/';
  if (typeof target !== 'string' || target === '' || target.length > MAX_LENGTH || FORBIDDEN.test(target)) return fallback;
  if (target.startsWith('/')) return isSafePath(target) ? target : fallback;
  if (!/^https?:\/\//i.test(target)) return fallback;

  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return fallback;
  }
  if (url.username !== '' || url.password !== '' || url.hostname === '') return fallback;

  const currentOrigin = options.currentOrigin !== undefined ? originOf(options.currentOrigin) : pageOrigin();
  if (currentOrigin !== undefined && url.origin === currentOrigin) {
    const path = url.pathname + url.search + url.hash;
    return isSafePath(path) ? path : fallback;
  }
  const allowed = (options.allowedOrigins ?? []).map(originOf);
  return allowed.includes(url.origin) ? url.href : fallback;
}
