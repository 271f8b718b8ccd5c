/*
 * A tiny, strict CSS colour parser. Colours in the platform config are written by store admins and end up in
 * CSS custom properties, so only a small, well-known subset of CSS colour syntax is accepted, and the kit
 * writes back its own canonical form (never the admin's string).
 *
 * Accepted (case-insensitive, surrounding whitespace ignored):
 * - hex: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`;
 * - `rgb()` / `rgba()` (aliases): comma syntax `rgb(255, 0, 0)` / `rgba(255, 0, 0, 0.5)` (all numbers or all
 *   percentages) and space syntax `rgb(255 0 0)` / `rgb(255 0 0 / 50%)`;
 * - `hsl()` / `hsla()` (aliases): hue as a number or with `deg`, `rad`, `grad`, `turn`; saturation and lightness
 *   as percentages; comma or space syntax; alpha as a number or a percentage;
 * - the 148 CSS named colours and `transparent`.
 *
 * Out-of-range numbers are clamped, as CSS does (`rgb(300, 0, 0)` is red, an alpha of 2 is 1): they are valid
 * CSS with a well-defined meaning and carry no risk. Everything else is rejected: `currentcolor`, `inherit`,
 * `var(--x)`, `color-mix()`, `url(...)`, `expression(...)`, `none`, exponents (`1e2`), and any string with
 * anything more: the grammar only lets through letters of the names, hex digits, numbers, `%`, units, `,`, `/`,
 * spaces and the function's parentheses, so `;`, `{`, `}`, `<`, `>`, `\` and quotes never get through.
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

/** The CSS named colours (CSS Color 4: 148 names, `grey` spellings included), as 0xRRGGBB. */
const NAMED: Readonly<Record<string, number>> = {
  aliceblue: 0xf0f8ff, antiquewhite: 0xfaebd7, aqua: 0x00ffff, aquamarine: 0x7fffd4, azure: 0xf0ffff,
  beige: 0xf5f5dc, bisque: 0xffe4c4, black: 0x000000, blanchedalmond: 0xffebcd, blue: 0x0000ff,
  blueviolet: 0x8a2be2, brown: 0xa52a2a, burlywood: 0xdeb887, cadetblue: 0x5f9ea0, chartreuse: 0x7fff00,
  chocolate: 0xd2691e, coral: 0xff7f50, cornflowerblue: 0x6495ed, cornsilk: 0xfff8dc, crimson: 0xdc143c,
  cyan: 0x00ffff, darkblue: 0x00008b, darkcyan: 0x008b8b, darkgoldenrod: 0xb8860b, darkgray: 0xa9a9a9,
  darkgreen: 0x006400, darkgrey: 0xa9a9a9, darkkhaki: 0xbdb76b, darkmagenta: 0x8b008b, darkolivegreen: 0x556b2f,
  darkorange: 0xff8c00, darkorchid: 0x9932cc, darkred: 0x8b0000, darksalmon: 0xe9967a, darkseagreen: 0x8fbc8f,
  darkslateblue: 0x483d8b, darkslategray: 0x2f4f4f, darkslategrey: 0x2f4f4f, darkturquoise: 0x00ced1,
  darkviolet: 0x9400d3, deeppink: 0xff1493, deepskyblue: 0x00bfff, dimgray: 0x696969, dimgrey: 0x696969,
  dodgerblue: 0x1e90ff, firebrick: 0xb22222, floralwhite: 0xfffaf0, forestgreen: 0x228b22, fuchsia: 0xff00ff,
  gainsboro: 0xdcdcdc, ghostwhite: 0xf8f8ff, gold: 0xffd700, goldenrod: 0xdaa520, gray: 0x808080,
  green: 0x008000, greenyellow: 0xadff2f, grey: 0x808080, honeydew: 0xf0fff0, hotpink: 0xff69b4,
  indianred: 0xcd5c5c, indigo: 0x4b0082, ivory: 0xfffff0, khaki: 0xf0e68c, lavender: 0xe6e6fa,
  lavenderblush: 0xfff0f5, lawngreen: 0x7cfc00, lemonchiffon: 0xfffacd, lightblue: 0xadd8e6, lightcoral: 0xf08080,
  lightcyan: 0xe0ffff, lightgoldenrodyellow: 0xfafad2, lightgray: 0xd3d3d3, lightgreen: 0x90ee90,
  lightgrey: 0xd3d3d3, lightpink: 0xffb6c1, lightsalmon: 0xffa07a, lightseagreen: 0x20b2aa, lightskyblue: 0x87cefa,
  lightslategray: 0x778899, lightslategrey: 0x778899, lightsteelblue: 0xb0c4de, lightyellow: 0xffffe0,
  lime: 0x00ff00, limegreen: 0x32cd32, linen: 0xfaf0e6, magenta: 0xff00ff, maroon: 0x800000,
  mediumaquamarine: 0x66cdaa, mediumblue: 0x0000cd, mediumorchid: 0xba55d3, mediumpurple: 0x9370db,
  mediumseagreen: 0x3cb371, mediumslateblue: 0x7b68ee, mediumspringgreen: 0x00fa9a, mediumturquoise: 0x48d1cc,
  mediumvioletred: 0xc71585, midnightblue: 0x191970, mintcream: 0xf5fffa, mistyrose: 0xffe4e1, moccasin: 0xffe4b5,
  navajowhite: 0xffdead, navy: 0x000080, oldlace: 0xfdf5e6, olive: 0x808000, olivedrab: 0x6b8e23,
  orange: 0xffa500, orangered: 0xff4500, orchid: 0xda70d6, palegoldenrod: 0xeee8aa, palegreen: 0x98fb98,
  paleturquoise: 0xafeeee, palevioletred: 0xdb7093, papayawhip: 0xffefd5, peachpuff: 0xffdab9, peru: 0xcd853f,
  pink: 0xffc0cb, plum: 0xdda0dd, powderblue: 0xb0e0e6, purple: 0x800080, rebeccapurple: 0x663399,
  red: 0xff0000, rosybrown: 0xbc8f8f, royalblue: 0x4169e1, saddlebrown: 0x8b4513, salmon: 0xfa8072,
  sandybrown: 0xf4a460, seagreen: 0x2e8b57, seashell: 0xfff5ee, sienna: 0xa0522d, silver: 0xc0c0c0,
  skyblue: 0x87ceeb, slateblue: 0x6a5acd, slategray: 0x708090, slategrey: 0x708090, snow: 0xfffafa,
  springgreen: 0x00ff7f, steelblue: 0x4682b4, tan: 0xd2b48c, teal: 0x008080, thistle: 0xd8bfd8,
  tomato: 0xff6347, turquoise: 0x40e0d0, violet: 0xee82ee, wheat: 0xf5deb3, white: 0xffffff,
  whitesmoke: 0xf5f5f5, yellow: 0xffff00, yellowgreen: 0x9acd32,
};

/** The names {@link parseColor} accepts as keywords: the 148 CSS named colours and `transparent`. */
export const cssColorNames: readonly string[] = /* @__PURE__ */ [...Object.keys(NAMED), 'transparent'];

const MAX_LENGTH = 100;
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const FUNCTION = /^(rgba?|hsla?)\((.*)\)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))%$/;
const HUE = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))(deg|rad|grad|turn)?$/;

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
  if (Object.hasOwn(NAMED, value)) return fromHex(NAMED[value] ?? 0, 1);
  const match = FUNCTION.exec(value);
  if (!match) return undefined;
  const args = splitArguments(match[2] ?? '');
  if (!args) return undefined;
  return match[1]?.startsWith('rgb') ? rgbFrom(args) : hslFrom(args);
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

const TURNS_PER_UNIT: Readonly<Record<string, number>> = { deg: 1 / 360, rad: 1 / (2 * Math.PI), grad: 1 / 400, turn: 1 };

function hslFrom({ channels, alpha }: Arguments): RgbaColor | undefined {
  const [hueToken, saturationToken, lightnessToken] = channels;
  const hue = HUE.exec(hueToken);
  const saturation = PERCENT.exec(saturationToken)?.[1];
  const lightness = PERCENT.exec(lightnessToken)?.[1];
  const a = parseAlpha(alpha);
  if (!hue || saturation === undefined || lightness === undefined || a === undefined) return undefined;
  const turns = Number(hue[1]) * (TURNS_PER_UNIT[hue[2] ?? 'deg'] ?? 0);
  const h = ((turns % 1) + 1) % 1;
  const s = clamp(Number(saturation), 0, 100) / 100;
  const l = clamp(Number(lightness), 0, 100) / 100;
  // CSS Color 4, "Converting HSL colors to sRGB colors".
  const channel = (n: number) => {
    const k = (n + h * 12) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return { r: Math.round(channel(0) * 255), g: Math.round(channel(8) * 255), b: Math.round(channel(4) * 255), a };
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
