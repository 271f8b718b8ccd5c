import type { z } from 'zod/mini';
import {
  FdkApiError,
  FdkRateLimitError,
  FdkResponseValidationError,
  FdkUnauthorizedError,
  type FdkErrorContext,
  type FdkIssue,
} from './errors';
import { normalizeResponse } from '../schemas/lenient';

/** Turns zod issues into the kit's `{ path, message }` list. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): FdkIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // An unknown key is reported on its parent; name each key instead (`body.mobil`, not `body`).
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    return [{ path: path.join('.'), message: issueMessage(issue) }];
  });
}

/** A readable message for an issue (zod/mini ships no English messages: `Invalid input` otherwise). */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? `required ${issue.expected}` : `expected ${issue.expected}, got ${issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  return issue.message;
}

/** Reads a body as JSON without throwing: `{ ok: false }` for empty or invalid JSON. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The server's human-readable `message`, when the body is a JSON object with a sensible one. */
function serverMessageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const message = (body as { message?: unknown }).message;
  if (typeof message !== 'string') return undefined;
  const trimmed = message.trim();
  if (trimmed === '' || trimmed.length > 500 || /<\/?[a-z!][^>]*>/i.test(trimmed)) return undefined;
  return trimmed;
}

/** Seconds from a `Retry-After` header (seconds or HTTP date) or a body's `retry_after`/`retryAfter`. */
export function retryAfterSeconds(header: string | null, body: unknown, now = Date.now()): number | undefined {
  if (header !== null && header.trim() !== '') {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  if (typeof body === 'object' && body !== null) {
    const value = (body as Record<string, unknown>).retry_after ?? (body as Record<string, unknown>).retryAfter;
    const seconds = typeof value === 'string' ? Number(value) : value;
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  }
  return undefined;
}

/** Maps a non-2xx response to the right error class. */
export async function errorFromResponse(response: Response, context: FdkErrorContext): Promise<FdkApiError> {
  let bodyText = '';
  try {
    bodyText = await response.text();
  } catch {
    bodyText = '';
  }
  const parsed = parseJsonText(bodyText);
  const body = parsed.ok ? parsed.value : undefined;
  const details = { ...context, body, bodyText, serverMessage: serverMessageOf(body) };
  if (response.status === 401) return new FdkUnauthorizedError(details);
  if (response.status === 429) {
    return new FdkRateLimitError({ ...details, retryAfter: retryAfterSeconds(response.headers.get('retry-after'), body) });
  }
  return new FdkApiError(response.status, details);
}

/** Parses a 2xx body with the method's response schema (an empty body reads as `{}`). */
export function parseSuccess<T extends z.ZodMiniType>(schema: T, status: number, text: string, context: FdkErrorContext): z.output<T> {
  const json = text.trim() === '' ? { ok: true as const, value: {} } : parseJsonText(text);
  if (!json.ok) {
    throw new FdkResponseValidationError(status, text.slice(0, 2000), [{ path: '', message: 'the body is not JSON' }], context);
  }
  const result = schema.safeParse(normalizeResponse(json.value));
  if (!result.success) throw new FdkResponseValidationError(status, json.value, toIssues(result.error.issues), context);
  return result.data;
}
