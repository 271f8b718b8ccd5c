/*
 * A tiny, strict CSS colour parser. Colours in the platform config are written by store admins (Fynd's admin
 * panel writes hex) and end up in CSS custom properties, so only a small, well-known subset of CSS colour syntax
 * is accepted, and the kit writes back its own canonical form (never the admin's string).
 *
 * Accepted (case-insensitive, surrounding whitespace ignored):
 * - hex: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`;
 * - `rgb()` / `rgba()` (aliases): comma syntax `rgb(255, 0, 0)` / `rgba(255, 0, 0, 0.5)` (all numbers or all
 *   percentages) and space syntax `rgb(255 0 0)` / `rgb(255 0 0 / 50%)`;
 * - `transparent`.
 *
 * Out-of-range numbers are clamped, as CSS does (`rgb(300, 0, 0)` is red, an alpha of 2 is 1): they are valid
 * CSS with a well-defined meaning and carry no risk. Everything else is refused (the screens then use their own
 * colours, and `checkPlatformConfig` says why): colour names (`red`) and `hsl()` — left out because every shopper
 * would download their tables and formulas (1.8 kB gzip) for a syntax Fynd's admin never writes —, `currentcolor`,
 * `inherit`, `var(--x)`, `color-mix()`, `url(...)`, `expression(...)`, `none`, exponents (`1e2`), and any string
 * with anything more: the grammar only lets through hex digits, numbers, `%`, `,`, `/`, spaces and the function's
 * parentheses, so `;`, `{`, `}`, `<`, `>`, `\` and quotes never get through.
 */

/** A colour as 8-bit red, green and blue channels (integers 0–255) and an alpha between 0 and 1. */
export interface RgbaColor {
  /** Red, 0–255. */
  r: number;
  /** Green, 0–255. */
  g: number;
  /** Blue, 0–255. */
  b: number;
  /** Opacity, 0 (transparent) to 1 (opaque). */
  a: number;
}

const MAX_LENGTH = 100;
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNCTION = /^rgba?\((.*)\)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))%$/;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Parses a CSS colour from the small subset described in this module, or returns `undefined` when the value is
 * anything else (including non-strings). Channels are rounded to integers; alpha is kept as is.
 * @example
 * parseColor('#ff000080'); // { r: 255, g: 0, b: 0, a: 0.5019607843137255 }
 * parseColor('rgb(0 0 0 / 50%)'); // { r: 0, g: 0, b: 0, a: 0.5 }
 * parseColor('red;}body{display:none'); // undefined
 */
export function parseColor(input: unknown): RgbaColor | undefined {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return undefined;
  const value = input.trim().toLowerCase();
  if (value.startsWith('#')) return parseHex(value);
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = FUNCTION.exec(value);
  if (!match) return undefined;
  const args = splitArguments(match[1] ?? '');
  return args && rgbFrom(args);
}

function parseHex(value: string): RgbaColor | undefined {
  const digits = HEX.exec(value)?.[1];
  if (digits === undefined) return undefined;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const alpha = full.length === 8 ? parseInt(full.slice(6, 8), 16) / 255 : 1;
  return fromHex(parseInt(full.slice(0, 6), 16), alpha);
}

function fromHex(rgb: number, a: number): RgbaColor {
  return { r: (rgb >> 16) & 0xff, g: (rgb >> 8) & 0xff, b: rgb & 0xff, a };
}

interface Arguments {
  /** Three channel tokens. */
  channels: [string, string, string];
  /** The alpha token, when given. */
  alpha: string | undefined;
  /** Whether the comma syntax was used. */
  legacy: boolean;
}

/** Splits `255, 0, 0, .5` or `255 0 0 / 50%` into tokens; `undefined` when the shape is wrong. */
function splitArguments(inner: string): Arguments | undefined {
  const legacy = inner.includes(',');
  let tokens: string[];
  let alpha: string | undefined;
  if (legacy) {
    if (inner.includes('/')) return undefined;
    tokens = inner.split(',').map((token) => token.trim());
    if (tokens.length === 4) alpha = tokens.pop();
  } else {
    const parts = inner.split('/');
    if (parts.length > 2) return undefined;
    tokens = (parts[0] ?? '').trim().split(/ +/);
    if (parts.length === 2) alpha = (parts[1] ?? '').trim();
  }
  const [first, second, third] = tokens;
  if (tokens.length !== 3 || first === undefined || second === undefined || third === undefined) return undefined;
  if ([first, second, third, alpha].some((token) => token !== undefined && (token === '' || token.includes(' ')))) return undefined;
  return { channels: [first, second, third], alpha, legacy };
}

function parseAlpha(token: string | undefined): number | undefined {
  if (token === undefined) return 1;
  if (NUMBER.test(token)) return clamp(Number(token), 0, 1);
  const percent = PERCENT.exec(token)?.[1];
  return percent === undefined ? undefined : clamp(Number(percent) / 100, 0, 1);
}

function rgbFrom({ channels, alpha, legacy }: Arguments): RgbaColor | undefined {
  const values = channels.map((token) => {
    if (NUMBER.test(token)) return { value: clamp(Number(token), 0, 255), percent: false };
    const percent = PERCENT.exec(token)?.[1];
    return percent === undefined ? undefined : { value: (clamp(Number(percent), 0, 100) / 100) * 255, percent: true };
  });
  const [r, g, b] = values;
  const a = parseAlpha(alpha);
  if (!r || !g || !b || a === undefined) return undefined;
  // The comma syntax does not allow mixing numbers and percentages.
  if (legacy && !(r.percent === g.percent && g.percent === b.percent)) return undefined;
  return { r: Math.round(r.value), g: Math.round(g.value), b: Math.round(b.value), a };
}

/**
 * Writes a colour back as CSS: `#rrggbb` when opaque, `rgba(r, g, b, a)` otherwise (alpha to 3 decimals).
 * @example
 * formatColor({ r: 255, g: 0, b: 0, a: 1 }); // '#ff0000'
 * formatColor({ r: 0, g: 0, b: 0, a: 0.5 }); // 'rgba(0, 0, 0, 0.5)'
 */
export function formatColor(color: RgbaColor): string {
  const r = Math.round(clamp(color.r, 0, 255));
  const g = Math.round(clamp(color.g, 0, 255));
  const b = Math.round(clamp(color.b, 0, 255));
  const a = Math.round(clamp(color.a, 0, 1) * 1000) / 1000;
  if (a === 1) return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

const WHITE: RgbaColor = { r: 255, g: 255, b: 255, a: 1 };

/** Paints `top` over `bottom` (source-over), giving an opaque colour when `bottom` is opaque. */
function composite(top: RgbaColor, bottom: RgbaColor): RgbaColor {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
function luminance({ r, g, b }: RgbaColor): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG 2 contrast ratio (1 to 21) of `foreground` drawn on `background`, as a reader sees it: a translucent
 * background is first painted over `backdrop` (what lies beneath it: white by default; a translucent backdrop is
 * itself painted over white), and a translucent foreground over that. WCAG AA asks for at least 4.5 for body text.
 * @example
 * contrastRatio(parseColor('#000')!, parseColor('#fff')!); // 21
 * contrastRatio(parseColor('#111')!, parseColor('rgba(0, 0, 0, 0.1)')!, parseColor('#0b3d2e')!); // 1.3: a tint on a dark page
 */
export function contrastRatio(foreground: RgbaColor, background: RgbaColor, backdrop: RgbaColor = WHITE): number {
  const bottom = background.a < 1 ? composite(background, backdrop.a < 1 ? composite(backdrop, WHITE) : backdrop) : background;
  const top = foreground.a < 1 ? composite(foreground, bottom) : foreground;
  const [light, dark] = [luminance(top), luminance(bottom)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
