/**
 * Masks a secret (the application token, a test password) for output: its last 4 characters after `****` when
 * it has 12 or more, else `****` alone, so that short secrets show nothing of themselves.
 * @example
 * maskSecret('fake-application-token'); // '****oken'
 * maskSecret('abc'); // '****'
 */
export function maskSecret(secret: string): string {
  return secret.length >= 12 ? `****${secret.slice(-4)}` : '****';
}

/**
 * Replaces every occurrence of the given secrets in a text by their mask: a last guard before anything reaches
 * the terminal (a server may echo a header back in an error message). Secrets shorter than 5 characters are left
 * alone (a test password `test` would otherwise garble every "test" of the report; tokens have 5 or more).
 * @example
 * redactSecrets('token fake-application-token refused', ['fake-application-token']); // 'token ****oken refused'
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 5) result = result.split(secret).join(maskSecret(secret));
  return result;
}
