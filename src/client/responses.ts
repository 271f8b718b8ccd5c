import type { z } from 'zod/mini';
import {
  FdkApiError,
  FdkRateLimitError,
  FdkResponseValidationError,
  FdkUnauthorizedError,
  type FdkErrorContext,
  type FdkIssue,
} from './errors';
import { keepProtoKeys, normalizeResponse, repairResponse, valueAt, type ResponseRepair } from '../schemas/lenient';

/** Turns zod issues into the kit's `{ path, message }` list; `input` is the value parsed (for the type received). */
export function toIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): FdkIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // An unknown key is reported on its parent; name each key instead (`body.mobil`, not `body`).
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    return [{ path: path.join('.'), message: issueMessage(issue, valueAt(input, issue.path)) }];
  });
}

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * A readable message for an issue (zod/mini ships no English messages: `Invalid input` otherwise). The kit's
 * schemas hold no enums or literals, so a wrong type is the only issue a call's arguments can have.
 */
function issueMessage(issue: z.core.$ZodIssue, received: unknown): string {
  if (issue.code === 'invalid_type') return received === undefined ? `required ${issue.expected}` : `expected ${issue.expected}, got ${typeName(received)}`;
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

/** The server's `message` as sent, when the body is a JSON object with a string one (`FdkApiError` decides what to show). */
function serverMessageOf(body: unknown): string | undefined {
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
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

const repairMessage = (repair: ResponseRepair) => `expected ${repair.expected}, got ${typeName(repair.received)}`;

/**
 * Parses a 2xx body with the method's response schema (an empty body reads as `{}`), leniently: the body is
 * normalised once (`normalizeResponse`); when the schema still finds fields of the wrong type, those fields alone
 * are coerced where the meaning is plain or dropped (`repairResponse`, from the issues zod reported) and the body
 * is parsed again, with a development-only warning naming the method and each field. The call fails only when
 * the body is not a JSON object, or one of `needs` (the dotted paths the method cannot work without,
 * `responseNeeds` in the methods table) is absent or unreadable.
 * @example
 * parseSuccess(SendOtpResponse, 200, '{"request_id":"r1","resend_timer":"30"}', { method: 'loginWithOTP' }, ['request_id']);
 * // { request_id: 'r1', resend_timer: 30 } (and, in development, a console warning about resend_timer)
 */
export function parseSuccess<T extends z.ZodMiniType>(schema: T, status: number, text: string, context: FdkErrorContext, needs: readonly string[] = []): z.output<T> {
  const json = text.trim() === '' ? { ok: true as const, value: {} } : parseJsonText(text);
  const fail = (issues: FdkIssue[]) => new FdkResponseValidationError(status, json.ok ? json.value : text.slice(0, 2000), issues, context);
  if (!json.ok) throw fail([{ path: '', message: 'the body is not JSON' }]);
  const body = normalizeResponse(json.value);
  let result = schema.safeParse(body);
  let repairs: ResponseRepair[] | undefined = [];
  if (!result.success && (repairs = repairResponse(body, result.error.issues))) result = schema.safeParse(body);
  if (!result.success) throw fail(toIssues(result.error.issues, body));
  // Spelled exactly like this so that bundlers fold it away in production builds (see `warnPlatformConfigOnce`).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && repairs?.length) {
    console.warn(
      `[fdk-user-react] ${context.method ?? 'A call'}: the answer had ${repairs.length} field${repairs.length === 1 ? '' : 's'} of the wrong type, read leniently:\n` +
        repairs.map((repair) => `- ${repair.path.join('.')}: ${repairMessage(repair)}${repair.value === undefined ? ', dropped' : `, read as ${JSON.stringify(repair.value)}`}`).join('\n'),
    );
  }
  const missing = needs.filter((path) => valueAt(result.data, path.split('.')) === undefined);
  if (missing.length > 0) throw fail(missing.map((path) => ({ path, message: 'required, and absent or unreadable' })));
  keepProtoKeys(body, result.data);
  return result.data;
}
