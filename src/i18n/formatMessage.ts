/**
 * Fills `{name}` placeholders in a message with values, as plain text: a value is inserted with `String()` and
 * never read as markup or as another placeholder (a value of `'{seconds}'` stays `{seconds}`). Placeholders
 * without a value are left as they are, so a missing value is visible rather than silently empty. Names are
 * letters, digits and `_`.
 * @example
 * formatMessage('Too many attempts. Try again in {seconds} s.', { seconds: 30 });
 * // 'Too many attempts. Try again in 30 s.'
 */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
