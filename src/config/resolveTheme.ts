import type { PlatformSchema } from '../schemas/config';
import type { PlatformWarning } from './PlatformWarning';
import type { RgbaColor } from './color';
import { contrastRatio, formatColor, parseColor } from './color';
import { safeImageUrl } from './safeUrl';

/*
 * The one place that reads the presentational part of a platform config (colours, card position, flash card,
 * images) and decides what is safe to use. `themeFromConfig` turns the result into CSS custom properties,
 * `readPlatformConfig` copies it into its view model, and `checkPlatformConfig` reports its warnings, so the
 * three always agree. Internal: not exported from the package.
 */

/** Where the login card sits on a wide screen. */
export type CardPosition = 'left' | 'center' | 'right';

/** Options of {@link themeFromConfig} (and of the checks that share its rules). */
export interface ThemeOptions {
  /**
   * The browser's check of a CSS value, `CSS.supports` by default when the environment has it (browsers),
   * nothing otherwise (Node, jsdom). A colour the browser does not support is dropped with a warning.
   */
  supports?: (property: string, value: string) => boolean;
}

/** The presentational part of a platform config, checked. Colours are canonical CSS (`#rrggbb` / `rgba()`). */
export interface ResolvedTheme {
  /** The page background (`look_and_feel.background_color`), when valid. */
  background: string | undefined;
  /** `#111111` or `#ffffff`, whichever reads better on `background`; `undefined` without a background. */
  text: string | undefined;
  /** The card position; `center` when absent or unknown. */
  cardPosition: CardPosition;
  /** The flash card, when its text is not blank. */
  flashCard: { text: string; textColor: string | undefined; backgroundColor: string | undefined } | undefined;
  /** Safe image URLs (see `safeImageUrl`). */
  images: { desktop: string | undefined; mobile: string | undefined };
  /** What was dropped or replaced, and why. */
  warnings: PlatformWarning[];
}

/**
 * The colours `styles.css` draws where the config gives none (or one the kit refused): the page
 * (`--fdk-color-bg`'s fallback), the flash card's background and its text. Contrast is checked against these
 * when the config's own colour is not used. Internal.
 * @example
 * STYLESHEET_COLORS.flashBackground; // '#fff7d6'
 */
export const STYLESHEET_COLORS = { page: '#f5f5f5', flashBackground: '#fff7d6', flashText: '#111111' } as const;

const BLACK: RgbaColor = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: RgbaColor = { r: 255, g: 255, b: 255, a: 1 };
const NEAR_BLACK: RgbaColor = { r: 17, g: 17, b: 17, a: 1 };
/** WCAG AA contrast for body text. */
const MIN_TEXT_CONTRAST = 4.5;
const CARD_POSITIONS: readonly CardPosition[] = ['left', 'center', 'right'];

const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function defaultSupports(): ThemeOptions['supports'] {
  const css = (globalThis as { CSS?: { supports?: unknown } }).CSS;
  if (typeof css?.supports !== 'function') return undefined;
  const supports = css.supports as (property: string, value: string) => boolean;
  return (property, value) => supports.call(css, property, value);
}

/** Picks, of `candidates`, the one with the highest contrast on `background` (painted over `backdrop`). */
function mostReadable(background: RgbaColor, candidates: readonly RgbaColor[], backdrop?: RgbaColor): RgbaColor {
  let best = candidates[0] ?? BLACK;
  for (const candidate of candidates) if (contrastRatio(candidate, background, backdrop) > contrastRatio(best, background, backdrop)) best = candidate;
  return best;
}

/**
 * Reads and checks the presentational part of a platform config.
 * @example
 * resolveTheme({ look_and_feel: { background_color: '#0B3D2E' } }).text; // '#ffffff'
 */
export function resolveTheme(config: PlatformSchema | undefined | null, options: ThemeOptions = {}): ResolvedTheme {
  const warnings: PlatformWarning[] = [];
  const supports = options.supports ?? defaultSupports();

  const color = (value: string | undefined, path: string): RgbaColor | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const parsed = parseColor(value);
    if (parsed && (!supports || supports('color', value.trim()))) return parsed;
    warnings.push({
      code: 'invalid-color',
      path,
      message: `${path} is not a colour the kit accepts (${quote(value)}): use hex (#rrggbb) or rgb(). It is ignored.`,
    });
    return undefined;
  };

  const image = (value: string | undefined, path: string): string | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const safe = safeImageUrl(value);
    if (safe !== undefined) return safe;
    const insecure = /^http:/i.test(value.trim());
    warnings.push({
      code: insecure ? 'insecure-image-url' : 'unsafe-image-url',
      path,
      message: insecure
        ? `${path} is an http: URL (${quote(value)}); browsers block or flag it on https pages. Use https:. It is ignored.`
        : `${path} is not an https: URL or a same-origin path (${quote(value)}). It is ignored.`,
    });
    return undefined;
  };

  const lookAndFeel = config?.look_and_feel;
  const background = color(lookAndFeel?.background_color, 'look_and_feel.background_color');

  let cardPosition: CardPosition = 'center';
  const position = lookAndFeel?.card_position?.trim().toLowerCase();
  if (position !== undefined && position !== '') {
    const known = CARD_POSITIONS.find((candidate) => candidate === position);
    if (known) cardPosition = known;
    else
      warnings.push({
        code: 'unknown-card-position',
        path: 'look_and_feel.card_position',
        message: `look_and_feel.card_position is ${quote(lookAndFeel?.card_position ?? '')}; expected left, center or right. center is used.`,
      });
  }

  let flashCard: ResolvedTheme['flashCard'];
  const flash = config?.flash_card;
  const flashText = flash?.text?.trim();
  if (flashText) {
    const flashBackground = color(flash?.background_color, 'flash_card.background_color');
    let flashTextColor = color(flash?.text_color, 'flash_card.text_color');
    // What is drawn behind the text: the config's flash colour over the page (the config's page colour, else the
    // stylesheet's), or, when the config's flash colour is missing or refused, the stylesheet's.
    const page = background ?? (parseColor(STYLESHEET_COLORS.page) as RgbaColor);
    const drawn = flashBackground ?? (parseColor(STYLESHEET_COLORS.flashBackground) as RgbaColor);
    const ratio = flashTextColor ? contrastRatio(flashTextColor, drawn, page) : 0;
    if (ratio < MIN_TEXT_CONTRAST) {
      // Without a usable flash colour the stylesheet draws its own background and text colour, which read: the
      // config's text colour is dropped. With one, black or white (whichever reads better) replaces it.
      const replacement = flashBackground && mostReadable(drawn, [BLACK, WHITE], page);
      if (flashTextColor)
        warnings.push({
          code: 'low-contrast',
          path: 'flash_card.text_color',
          message: `flash_card.text_color ${quote(flash?.text_color ?? '')} on ${formatColor(drawn)} has a contrast of ${ratio.toFixed(2)}:1 (at least ${MIN_TEXT_CONTRAST}:1 is needed). ${replacement ? formatColor(replacement) : 'The default text colour'} is used.`,
        });
      flashTextColor = replacement;
    }
    flashCard = {
      text: flashText,
      textColor: flashTextColor && formatColor(flashTextColor),
      backgroundColor: flashBackground && formatColor(flashBackground),
    };
  }

  const images = {
    desktop: image(config?.desktop_image, 'desktop_image'),
    mobile: image(config?.mobile_image, 'mobile_image'),
  };

  return {
    background: background && formatColor(background),
    text: background && formatColor(mostReadable(background, [NEAR_BLACK, WHITE])),
    cardPosition,
    flashCard,
    images,
    warnings,
  };
}
