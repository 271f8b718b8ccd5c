import type { PlatformSchema } from '../schemas/config';
import type { PlatformWarning } from './PlatformWarning';
import type { CardPosition, ResolvedTheme, ThemeOptions } from './resolveTheme';
import { resolveTheme } from './resolveTheme';
import { cssUrl } from './safeUrl';
import { themeWarning } from './themeWarnings';

export type { ThemeOptions } from './resolveTheme';

/** What {@link themeFromConfig} returns. */
export interface PlatformTheme {
  /** CSS custom properties to put on the screen's root element (`style={theme.style}`). */
  style: Record<string, string>;
  /** What was dropped or replaced, and why (for developers). */
  warnings: PlatformWarning[];
}

const JUSTIFY: Readonly<Record<CardPosition, string>> = { left: 'flex-start', center: 'center', right: 'flex-end' };

/**
 * Turns the look of a platform config into CSS custom properties, keeping only values that are safe:
 *
 * | property | from | when |
 * | --- | --- | --- |
 * | `--fdk-card-position` | `look_and_feel.card_position` (`left`/`center`/`right`) | always (`center` by default) |
 * | `--fdk-card-justify` | the same, as `flex-start`/`center`/`flex-end` | always |
 * | `--fdk-color-bg` | `look_and_feel.background_color` | the colour is valid |
 * | `--fdk-color-text` | `#111111` or `#ffffff`, whichever reads better on `--fdk-color-bg` | with `--fdk-color-bg` |
 * | `--fdk-color-bg-dark` | the same colour, for the dark scheme's page | `--fdk-color-bg` is opaque and dark (white text reads better) |
 * | `--fdk-flash-bg` | `flash_card.background_color` | the flash card has text and the colour is valid |
 * | `--fdk-flash-text` | `flash_card.text_color`, or `#000000`/`#ffffff` when it reads worse than 4.5:1 on the flash background; left out when there is no usable flash background and it reads worse than 4.5:1 on the stylesheet's (`#fff7d6`) | the flash card has text |
 * | `--fdk-image-desktop` / `--fdk-image-mobile` | `desktop_image` / `mobile_image` as `url("…")` | the URL is `https:` or a same-origin path |
 *
 * A colour is kept only when `parseColor` accepts it and, where `CSS.supports` exists (or `options.supports` is
 * given), the browser supports it; it is then written in the kit's canonical form (`#rrggbb` or `rgba()`), never
 * as the config's own text. Whatever is dropped or replaced is listed in `warnings`.
 *
 * Contrast is checked against what will be drawn: a translucent flash background over the page background of
 * the config (or the stylesheet's `#f5f5f5` when it has none or it is refused; a translucent page over white),
 * and, when the flash background is missing or refused, the stylesheet's `#fff7d6`.
 * @example
 * const { style } = themeFromConfig(platformConfig);
 * return <div className="fdk-auth" style={style as React.CSSProperties}>…</div>;
 */
export function themeFromConfig(config: PlatformSchema | undefined | null, options: ThemeOptions = {}): PlatformTheme {
  const theme = resolveTheme(config, options);
  return { style: themeStyle(theme), warnings: theme.findings.map(themeWarning) };
}

/**
 * The CSS custom properties of {@link themeFromConfig} alone, without its warnings: what the screens put on their
 * root (they never show warnings, so they do not carry their wording). Internal.
 * @example
 * <div className="fdk-auth" style={screenTheme(config) as React.CSSProperties}>…</div>
 */
export function screenTheme(config: PlatformSchema | undefined | null): Record<string, string> {
  return themeStyle(resolveTheme(config));
}

function themeStyle(theme: ResolvedTheme): Record<string, string> {
  const style: Record<string, string> = {
    '--fdk-card-position': theme.cardPosition,
    '--fdk-card-justify': JUSTIFY[theme.cardPosition],
  };
  if (theme.background !== undefined) style['--fdk-color-bg'] = theme.background;
  if (theme.text !== undefined) style['--fdk-color-text'] = theme.text;
  // A dark, opaque page colour suits the dark scheme too; a light one gives way to the dark palette's page.
  if (theme.background?.startsWith('#') && theme.text === '#ffffff') style['--fdk-color-bg-dark'] = theme.background;
  if (theme.flashCard?.backgroundColor !== undefined) style['--fdk-flash-bg'] = theme.flashCard.backgroundColor;
  if (theme.flashCard?.textColor !== undefined) style['--fdk-flash-text'] = theme.flashCard.textColor;
  if (theme.images.desktop !== undefined) style['--fdk-image-desktop'] = cssUrl(theme.images.desktop);
  if (theme.images.mobile !== undefined) style['--fdk-image-mobile'] = cssUrl(theme.images.mobile);
  return style;
}
