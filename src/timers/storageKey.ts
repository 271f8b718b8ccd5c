/**
 * A storage key that carries no personal data: the part that names a shopper (a request id, a phone number, an
 * email address) is replaced by a short hash (FNV-1a, 32 bits, hex), so the key still tells records apart.
 * @example
 * storageKey('fdk-user-react:resend:', 'email:ana@example.com'); // 'fdk-user-react:resend:1f0c…'
 */
export function storageKey(prefix: string, name: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}${hash.toString(16).padStart(8, '0')}`;
}

/** `sessionStorage` where the page may use it, else `undefined` (SSR, privacy modes that throw on access). */
export function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
