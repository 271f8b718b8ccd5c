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

/**
 * The CSS named colours (CSS Color 4: 148 names, `grey` spellings included) and their `rrggbb`, written as one
 * string of `name rrggbb` pairs (shorter in the bundle than an object of numbers).
 */
const NAMED_TABLE =
  'aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc ' +
  'bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a ' +
  'burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 ' +
  'cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b ' +
  'darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b ' +
  'darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 ' +
  'darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f ' +
  'darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff ' +
  'dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 ' +
  'forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520 ' +
  'gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 ' +
  'indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 ' +
  'lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff ' +
  'lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 ' +
  'lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 ' +
  'lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 ' +
  'linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd ' +
  'mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee ' +
  'mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 ' +
  'mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 ' +
  'olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa ' +
  'palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 ' +
  'peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 ' +
  'rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 ' +
  'seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd ' +
  'slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c ' +
  'teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff ' +
  'whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32';

/** {@link NAMED_TABLE} as a map from name to 0xRRGGBB. */
const NAMED: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ NAMED_TABLE.split(' ').flatMap((item, index, items) => (index % 2 === 0 ? [[item, parseInt(items[index + 1] ?? '', 16)] as const] : [])),
);

/** The names {@link parseColor} accepts as keywords: the 148 CSS named colours and `transparent`. */
export const cssColorNames: readonly string[] = /* @__PURE__ */ [...NAMED.keys(), 'transparent'];

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
  const named = NAMED.get(value);
  if (named !== undefined) return fromHex(named, 1);
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
