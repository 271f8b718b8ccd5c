/**
 * Request signing as the official Fynd SDK does it (`x-fp-date`, `x-fp-signature`): an AWS SigV4-style
 * canonical request, hashed and HMAC-ed with the SDK's fixed, public key. Web Crypto only, so it runs the same
 * in browsers and in Node 20.
 */

/** What {@link signRequest} needs to know about a request. */
export interface SignableRequest {
  /** HTTP verb (any case). */
  method: string;
  /** Full URL. Its query string, if any, is signed together with `query`. */
  url: string;
  /** Query parameters as sent; `undefined` values are skipped, others signed as their string. */
  query?: Record<string, string | number | boolean | undefined> | undefined;
  /** The exact body text sent, or `null`/`undefined` for none. */
  body?: string | null | undefined;
  /** Headers sent with the request; only `x-fp-*` ones are signed (`x-fp-date` is required). */
  headers: Record<string, string>;
}

const SIGNING_KEY = '1234567';
const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

let hmacKey: Promise<CryptoKey> | undefined;

async function hmacHex(text: string): Promise<string> {
  hmacKey ??= crypto.subtle.importKey('raw', encoder.encode(SIGNING_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', await hmacKey, encoder.encode(text)));
}

function canonicalPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment));
      } catch {
        return encodeURIComponent(segment);
      }
    })
    .join('/');
}

function canonicalQuery(url: URL, query: SignableRequest['query']): string {
  const pairs: [string, string][] = [];
  url.searchParams.forEach((value, key) => pairs.push([key, value]));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) pairs.push([key, String(value)]);
  }
  pairs.sort(([a, va], [b, vb]) => (a < b ? -1 : a > b ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/** Formats a date as `x-fp-date` wants it: `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSigningDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, '');
}

/**
 * Computes the `x-fp-signature` header value for a request, byte for byte as the official SDK does.
 *
 * @returns `v1.1:` followed by a hex HMAC-SHA256.
 * @example
 * const signature = await signRequest({
 *   method: 'GET',
 *   url: 'https://api.fynd.com/service/application/user/platform/v1.0/config',
 *   query: { name: 'Fynd' },
 *   headers: { 'x-fp-date': '20211019T101500Z' },
 * });
 */
export async function signRequest(request: SignableRequest): Promise<string> {
  const url = new URL(request.url);
  const signed = new Map<string, string>([['host', url.host]]);
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-fp-') && lower !== 'x-fp-signature') signed.set(lower, value.trim().replace(/\s+/g, ' '));
  }
  const date = signed.get('x-fp-date');
  if (!date) throw new TypeError('signRequest needs an x-fp-date header');
  const names = [...signed.keys()].sort();
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(url.pathname),
    canonicalQuery(url, request.query),
    names.map((name) => `${name}:${signed.get(name)}`).join('\n') + '\n',
    names.join(';'),
    await sha256Hex(request.body ?? ''),
  ].join('\n');
  const stringToSign = `${date}\n${await sha256Hex(canonicalRequest)}`;
  return `v1.1:${await hmacHex(stringToSign)}`;
}
