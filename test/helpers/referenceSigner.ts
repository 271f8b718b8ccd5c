import { createHash, createHmac } from 'node:crypto';
import type { RecordedRequest } from './recordingServer';

/*
 * An independent implementation of the request signing described in the spec's request-signing.md, written
 * with node:crypto and nothing from src/, used to check what the kit signs and sends.
 */

/** Inputs of the signing scheme, as request-signing.md names them. */
export interface ReferenceSigningInput {
  method: string;
  /** Full URL (its query string, if any, is part of the query). */
  url: string;
  /** Query parameters as sent; `undefined` values are dropped, others signed as their string. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Exact body text, or null/undefined for none. */
  body?: string | null;
  /** Headers the request carries; `host` comes from the URL, only `x-fp-*` ones are signed. */
  headers: Record<string, string>;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Compares two strings by Unicode code point (not UTF-16 unit). */
function byCodePoint(a: string, b: string): number {
  const left = Array.from(a, (char) => char.codePointAt(0) ?? 0);
  const right = Array.from(b, (char) => char.codePointAt(0) ?? 0);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const diff = (left[index] ?? 0) - (right[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/** The canonical request of request-signing.md, steps 1 to 6. */
export function referenceCanonicalRequest(input: ReferenceSigningInput): string {
  const url = new URL(input.url);
  const path = url.pathname
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
    .join('/');

  const pairs: [string, string][] = [];
  for (const [key, value] of url.searchParams) pairs.push([key, value]);
  for (const [key, value] of Object.entries(input.query ?? {})) if (value !== undefined) pairs.push([key, String(value)]);
  pairs.sort(([a, va], [b, vb]) => byCodePoint(a, b) || byCodePoint(va, vb));
  const query = pairs.map(([key, value]) => `${key}=${value}`).join('&');

  const signed: [string, string][] = [['host', url.host]];
  for (const [name, value] of Object.entries(input.headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-fp-') && lower !== 'x-fp-signature') signed.push([lower, value.trim().replace(/\s+/g, ' ')]);
  }
  signed.sort(([a], [b]) => byCodePoint(a, b));
  const canonicalHeaders = signed.map(([name, value]) => `${name}:${value}`).join('\n');
  const signedHeaders = signed.map(([name]) => name).join(';');

  return [input.method.toUpperCase(), path, query, `${canonicalHeaders}\n`, signedHeaders, sha256Hex(input.body ?? '')].join('\n');
}

/** `x-fp-signature` as request-signing.md defines it, steps 7 and 8. */
export function referenceSign(input: ReferenceSigningInput): string {
  const date = Object.entries(input.headers).find(([name]) => name.toLowerCase() === 'x-fp-date')?.[1];
  if (date === undefined) throw new Error('referenceSign needs an x-fp-date header');
  const stringToSign = `${date}\n${sha256Hex(referenceCanonicalRequest(input))}`;
  return `v1.1:${createHmac('sha256', '1234567').update(stringToSign, 'utf8').digest('hex')}`;
}

/**
 * Recomputes, server side, the signature a recorded request should carry: host from the `Host` header, the
 * path and the decoded query as received, every `x-fp-*` header received, and the body text.
 */
export function expectedSignatureOf(request: RecordedRequest): string {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return referenceSign({
    method: request.method,
    url: `http://${request.headers.host ?? ''}${request.url}`,
    body: request.body === '' ? null : request.body,
    headers,
  });
}
