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

/**
 * The page's `localStorage` or `sessionStorage` where it may use it, else `undefined` (server rendering, a sandboxed
 * frame, privacy modes that throw on access).
 * @example
 * webStorage('sessionStorage')?.setItem(key, value);
 */
export function webStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    return undefined;
  }
}
