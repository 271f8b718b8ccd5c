/*
 * URL checks for images named by the platform config (`desktop_image`, `mobile_image`), and their writing as a
 * CSS `url()` value.
 */

const MAX_LENGTH = 2048;
/** Whitespace (Unicode included), C0/C1 control characters and backslashes: never part of an accepted URL. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f\\]/;
const BASE = 'https://fdk-image.invalid';

/**
 * Returns the image URL in normalised form when it is safe to load, or `undefined`:
 * - an absolute `https:` URL without credentials (`https://cdn.example.com/a.jpg`), returned as the URL
 *   parser's `href` (so characters such as `"` or spaces come back percent-encoded);
 * - a same-origin path starting with one `/` (`/img/a.jpg`), returned as path + query + hash.
 *
 * Refused: `http:` (mixed content), `javascript:`, `data:`, `blob:` and every other scheme, protocol-relative
 * `//host/x`, paths that resolve to `//host` (`/..//host`), relative paths without a leading `/` (they would
 * depend on the page's address), anything holding whitespace, control characters or a backslash after
 * trimming, and values longer than 2,048 characters. Surrounding whitespace is trimmed.
 * @example
 * safeImageUrl('https://cdn.example.com/login.jpg'); // 'https://cdn.example.com/login.jpg'
 * safeImageUrl('/assets/login.jpg'); // '/assets/login.jpg'
 * safeImageUrl('javascript:alert(1)'); // undefined
 */
export function safeImageUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const value = url.trim();
  if (value === '' || value.length > MAX_LENGTH || FORBIDDEN.test(value)) return undefined;
  try {
    if (value.startsWith('/')) {
      const parsed = new URL(value, BASE);
      if (parsed.origin !== BASE || parsed.pathname.startsWith('//')) return undefined;
      return parsed.pathname + parsed.search + parsed.hash;
    }
    if (!/^https:\/\//i.test(value)) return undefined;
    const parsed = new URL(value);
    if (parsed.protocol !== 'https:' || parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * Writes a URL as a CSS `url("…")` value, escaping every character that could end the string or the
 * declaration (`"`, `\`, newlines and other control characters) as a CSS hex escape. Pass it URLs that
 * {@link safeImageUrl} accepted: escaping keeps the CSS well-formed, it does not make a URL safe to load.
 * @example
 * cssUrl('https://cdn.example.com/a.jpg'); // 'url("https://cdn.example.com/a.jpg")'
 * cssUrl('/a"b.jpg'); // 'url("/a\\22 b.jpg")'
 */
export function cssUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
  const escaped = url.replace(/["\\\u0000-\u001f\u007f-\u009f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `url("${escaped}")`;
}
