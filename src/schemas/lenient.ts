import * as z from 'zod/mini';

/*
 * How the kit reads what the server sends leniently. USER.md's examples disagree with its own schemas: nulls
 * where strings are declared, numbers where strings are declared (and the reverse), camelCase twins of
 * snake_case keys. Rather than wrapping every field in transforms (which would cost bundle size on every
 * storefront), a response goes through `normalizeResponse` once, and the schemas stay plain. When the schema
 * still finds a field of the wrong type, `repairResponse` fixes that field alone (from the issues zod reports)
 * and the answer is parsed again, so one mistyped field never sinks a whole answer.
 */

/** camelCase spellings seen in USER.md's examples and the snake_case keys they stand for. */
export const responseKeyAliases: Readonly<Record<string, string>> = {
  resendToken: 'resend_token',
  userExists: 'user_exists',
  registerToken: 'register_token',
  appId: 'app_id',
};

/** Sets an own property, even one named `__proto__` (plain assignment would replace the prototype). */
const setOwn = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Normalises a parsed JSON response before validation: object properties that are `null` are dropped (read as
 * absent), and the camelCase aliases of {@link responseKeyAliases} are renamed to their snake_case key unless
 * that key is present too. No other key is ever renamed: `constructor`, `toString`, `__proto__` … stay as they
 * are (as own properties; `__proto__` never changes a prototype). Returns a new value; the input is not changed.
 * @example
 * normalizeResponse({ resendToken: 'x', mobile_image: null }); // { resend_token: 'x' }
 */
export function normalizeResponse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeResponse);
  if (typeof value !== 'object' || value === null) return value;
  const out = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === null) continue;
    const canonical = Object.hasOwn(responseKeyAliases, key) && responseKeyAliases[key];
    setOwn(out, canonical && !Object.hasOwn(source, canonical) ? canonical : key, normalizeResponse(item));
  }
  return out;
}

/**
 * One field that {@link repairResponse} changed: where, what the schema wanted, what was there and what it became.
 * @example
 * const repair: ResponseRepair = { path: ['resend_timer'], expected: 'number', received: '30', value: 30 };
 */
export interface ResponseRepair {
  /** Path of the field, such as `['user', 'first_name']`. */
  path: PropertyKey[];
  /** The type the schema wanted (`string`, `number`, `boolean`, `object`, `array` …). */
  expected: string;
  /** The value received. */
  received: unknown;
  /** What it became: the coerced value, or `undefined` when it was dropped. */
  value: unknown;
}

/**
 * The value at `path` in a parsed JSON value, or `undefined`.
 * @example
 * valueAt({ user: { emails: [{ email: 'a@example.com' }] } }, ['user', 'emails', 0, 'email']); // 'a@example.com'
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return node;
}

/** `"30"` → 30 for numbers, `"true"`/`"false"` → booleans, a number → string for strings; `undefined` (drop it) otherwise. */
function coerce(value: unknown, expected: string): unknown {
  if (typeof value === 'string') {
    const text = value.trim();
    if (expected === 'number' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return Number(text);
    // `true` has 4 letters, `false` 5.
    if (expected === 'boolean' && /^(true|false)$/i.test(text)) return text.length === 4;
  } else if (expected === 'string' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Repairs, in place, a normalised response that failed its schema: each field zod reports is coerced where the
 * meaning is plain (see `coerce`) or else removed (an array item is taken out of its array), so that the field
 * reads as absent. Returns what was changed, or `undefined` when an issue is about the whole answer (not an
 * object at all), which cannot be repaired.
 * @example
 * const body = normalizeResponse({ resend_timer: '30' });
 * repairResponse(body, SendOtpResponse.safeParse(body).error!.issues); // body is now { resend_timer: 30 }
 */
export function repairResponse(root: unknown, issues: readonly z.core.$ZodIssue[]): ResponseRepair[] | undefined {
  const repairs: ResponseRepair[] = [];
  // Zod reports issues in document order, so going backwards lets an array item be spliced out without moving
  // an item that is still to be repaired.
  for (let index = issues.length - 1; index >= 0; index--) {
    const issue = issues[index] as z.core.$ZodIssue;
    const path = issue.path;
    if (path.length === 0) return undefined;
    const parent = valueAt(root, path.slice(0, -1)) as Record<PropertyKey, unknown> | undefined;
    const key = path[path.length - 1] as PropertyKey;
    if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, key)) continue;
    const received = parent[key];
    const expected = 'expected' in issue ? String(issue.expected) : issue.code;
    const value = coerce(received, expected);
    repairs.unshift({ path, expected, received, value });
    if (value !== undefined) parent[key] = value;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  }
  return repairs;
}

/**
 * Copies the own `__proto__` properties of a normalised response onto the parsed result (zod leaves them out of
 * its output, so that they cannot replace a prototype), so that an answer's keys come back as they were sent.
 * @example
 * keepProtoKeys(normalized, parsed);
 */
export function keepProtoKeys(from: unknown, to: unknown): void {
  if (!from || !to || typeof from !== 'object' || typeof to !== 'object') return;
  for (const key of Object.keys(from)) {
    const value = (from as Record<string, unknown>)[key];
    if (key === '__proto__') setOwn(to, key, value);
    else keepProtoKeys(value, (to as Record<string, unknown>)[key]);
  }
}

/** An optional string field. */
export const str = /* @__PURE__ */ z.optional(z.string());
/** An optional boolean field. */
export const bool = /* @__PURE__ */ z.optional(z.boolean());
/** An optional number field. */
export const num = /* @__PURE__ */ z.optional(z.number());
/** An optional number that may arrive as a numeric string (`91`, `"91"`, `"+91"`). */
export const numberish = /* @__PURE__ */ z.optional(z.coerce.number());
/** An optional string that may arrive as a number (`"91"`, `91`). */
export const stringish = /* @__PURE__ */ z.optional(z.coerce.string());
