import { describe, expect, it } from 'vitest';
import { contrastRatio, formatColor, parseColor } from '../../src/config/color';
import type { RgbaColor } from '../../src/config/color';

const rgba = (r: number, g: number, b: number, a = 1): RgbaColor => ({ r, g, b, a });

describe('parseColor', () => {
  it.each<[string, RgbaColor]>([
    ['#fff', rgba(255, 255, 255)],
    ['#FFFFFF', rgba(255, 255, 255)],
    ['#0b3d2e', rgba(11, 61, 46)],
    ['#f008', rgba(255, 0, 0, 0x88 / 255)],
    ['#ff000080', rgba(255, 0, 0, 0x80 / 255)],
    ['  #abc  ', rgba(0xaa, 0xbb, 0xcc)],
    ['rgb(255, 0, 0)', rgba(255, 0, 0)],
    ['RGB( 1 , 2 , 3 )', rgba(1, 2, 3)],
    ['rgba(0, 0, 255, 0.5)', rgba(0, 0, 255, 0.5)],
    ['rgb(0, 0, 255, 25%)', rgba(0, 0, 255, 0.25)],
    ['rgba(0 128 0)', rgba(0, 128, 0)],
    ['rgb(0 0 0 / 50%)', rgba(0, 0, 0, 0.5)],
    ['rgb(0 0 0 / .25)', rgba(0, 0, 0, 0.25)],
    ['rgb(100%, 50%, 0%)', rgba(255, 128, 0)],
    ['rgb(255 50% 0)', rgba(255, 128, 0)],
    ['rgb(300, -20, 0)', rgba(255, 0, 0)],
    ['rgba(0, 0, 0, 2)', rgba(0, 0, 0, 1)],
    ['transparent', rgba(0, 0, 0, 0)],
  ])('reads %j', (input, expected) => {
    const parsed = parseColor(input);
    expect(parsed).toBeDefined();
    expect(parsed?.r).toBe(expected.r);
    expect(parsed?.g).toBe(expected.g);
    expect(parsed?.b).toBe(expected.b);
    expect(parsed?.a).toBeCloseTo(expected.a, 3);
  });

  it.each([
    'red;}body{display:none',
    'url(javascript:alert(1))',
    'expression(alert(1))',
    'var(--x)',
    'inherit',
    'initial',
    'currentColor',
    'none',
    '#ggg',
    '#12345',
    '#',
    'fff',
    'red !important',
    '"red"',
    '\\72 ed',
    'rgb(255, 0, 0',
    'rgb(255 0)',
    'rgb(1, 2, 3, 4, 5)',
    'rgb(1 2 3 / 4 / 5)',
    'rgb(1, 2 3)',
    'rgb(10%, 20, 30)',
    'rgb(1e2, 0, 0)',
    'rgb(1., 0, 0)',
    // Colour names and hsl() are left out on purpose (bytes every shopper would download; Fynd's admin writes hex).
    'red',
    'RebeccaPurple',
    'grey',
    'hsl(120 100% 50%)',
    'hsla(240, 100%, 50%, .3)',
    'color-mix(in srgb, red, blue)',
    'lab(50% 40 59)',
    'constructor',
    '__proto__',
    'toString',
    'red\u0000',
    're d',
    '',
    '   ',
    `#${'f'.repeat(200)}`,
  ])('refuses %j', (input) => {
    expect(parseColor(input)).toBeUndefined();
  });

  it.each([undefined, null, 0xffffff, {}, ['#fff']])('refuses the non-string %j', (input) => {
    expect(parseColor(input)).toBeUndefined();
  });
});

describe('formatColor', () => {
  it('writes opaque colours as #rrggbb and translucent ones as rgba()', () => {
    expect(formatColor(rgba(255, 0, 16))).toBe('#ff0010');
    expect(formatColor(rgba(0, 0, 0))).toBe('#000000');
    expect(formatColor(rgba(1, 2, 3, 0.5))).toBe('rgba(1, 2, 3, 0.5)');
    expect(formatColor(rgba(1, 2, 3, 0x80 / 255))).toBe('rgba(1, 2, 3, 0.502)');
  });

  it('clamps and rounds what it is given', () => {
    expect(formatColor(rgba(300, -5, 12.6, 3))).toBe('#ff000d');
  });
});

describe('contrastRatio', () => {
  const black = rgba(0, 0, 0);
  const white = rgba(255, 255, 255);

  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(rgba(120, 30, 200), rgba(120, 30, 200))).toBe(1);
  });

  it('matches known WCAG values', () => {
    // #777 on white is the classic "just fails AA" grey; #767676 just passes.
    expect(contrastRatio(rgba(0x77, 0x77, 0x77), white)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgba(0x76, 0x76, 0x76), white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(white, rgba(0xef, 0x53, 0x50))).toBeCloseTo(3.49, 2);
  });

  it('paints translucent colours over what is beneath them', () => {
    expect(contrastRatio(rgba(0, 0, 0, 0), white)).toBe(1);
    // A transparent background counts as white.
    expect(contrastRatio(black, rgba(0, 0, 0, 0))).toBeCloseTo(21, 5);
    const halfBlack = contrastRatio(rgba(0, 0, 0, 0.5), white);
    expect(halfBlack).toBeGreaterThan(3);
    expect(halfBlack).toBeLessThan(5);
  });
});
