/** A screen's colour scheme: `system` follows `prefers-color-scheme`; `light` or `dark` forces one. */
export type ColorScheme = 'system' | 'light' | 'dark';

/**
 * The screen root's `data-color-scheme` for a `colorScheme` prop (styles.css reads it): nothing for `system`.
 * @example
 * <section className="fdk-auth" data-color-scheme={schemeAttribute('dark')} />
 */
export function schemeAttribute(scheme: ColorScheme | undefined): 'light' | 'dark' | undefined {
  return scheme === 'light' || scheme === 'dark' ? scheme : undefined;
}
