/** Fields of a request body that hold a credential: none of them stays in memory once the call is over. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'old_password',
  'new_password',
  'otp',
  'code',
  'token',
  'captcha_code',
  'register_token',
  'access_token',
  'refresh_token',
  'identity_token',
]);

/**
 * Deletes the credentials from a call's arguments, in place (`body.password`, `body.otp`, tokens …, at any depth),
 * so that the mutation cache, which keeps a mutation's variables for minutes, no longer holds them once it settled.
 * @example
 * scrubSecrets(variables); // variables.body.password is gone
 */
export function scrubSecrets(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 4) return;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (SECRET_FIELDS.has(key) && typeof item === 'string') delete (value as Record<string, unknown>)[key];
    else scrubSecrets(item, depth + 1);
  }
}
