import * as z from 'zod/mini';

/*
 * How the kit reads what the server sends leniently. USER.md's examples disagree with its own schemas: nulls
 * where strings are declared, numbers where strings are declared (and the reverse), camelCase twins of
 * snake_case keys. Rather than wrapping every field in transforms (which would cost bundle size on every
 * storefront), a response goes through `normalizeResponse` once, and the schemas stay plain.
 */

/** camelCase spellings seen in USER.md's examples and the snake_case keys they stand for. */
export const responseKeyAliases: Readonly<Record<string, string>> = {
  resendToken: 'resend_token',
  userExists: 'user_exists',
  registerToken: 'register_token',
  appId: 'app_id',
};

/**
 * Normalises a parsed JSON response before validation: object properties that are `null` are dropped (read as
 * absent), and the camelCase aliases of {@link responseKeyAliases} are renamed to their snake_case key unless
 * that key is present too. Returns a new value; the input is not changed.
 * @example
 * normalizeResponse({ resendToken: 'x', mobile_image: null }); // { resend_token: 'x' }
 */
export function normalizeResponse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeResponse);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === null) continue;
    const canonical = responseKeyAliases[key];
    const target = canonical !== undefined && !(canonical in source) ? canonical : key;
    out[target] = normalizeResponse(item);
  }
  return out;
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
