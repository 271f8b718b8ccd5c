import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeFromConfig } from '../../src/config/theme';
import type { PlatformSchema } from '../../src/schemas/config';
import { platformPresets } from '../../src/testing/presets';

const withBackground = (background_color: string): PlatformSchema => ({ look_and_feel: { background_color, card_position: 'center' } });

const withFlash = (text_color: string | undefined, background_color: string | undefined, text = 'Free shipping'): PlatformSchema => ({
  flash_card: { text, text_color, background_color },
});

/** Every value the kit writes must be inert in a style attribute. */
const expectInert = (style: Record<string, string>) => {
  for (const value of Object.values(style)) expect(value).not.toMatch(/[;{}<>]|expression|javascript|var\(/i);
};

describe('themeFromConfig: colours', () => {
  it.each<[string, string | undefined]>([
    // Accepted, written back in the kit's canonical form.
    ['#fff', '#ffffff'],
    ['#FFFFFF', '#ffffff'],
    ['  #fff  ', '#ffffff'],
    ['\t#0B3D2E\n', '#0b3d2e'],
    ['#f008', 'rgba(255, 0, 0, 0.533)'],
    ['#ff000080', 'rgba(255, 0, 0, 0.502)'],
    ['rgb(255, 0, 0)', '#ff0000'],
    ['rgba(0, 0, 255, 0.5)', 'rgba(0, 0, 255, 0.5)'],
    ['rgb(0 0 0 / 50%)', 'rgba(0, 0, 0, 0.5)'],
    ['rgb(100%, 0%, 0%)', '#ff0000'],
    // Out-of-range channels are clamped, as CSS does.
    ['rgb(300,0,0)', '#ff0000'],
    ['transparent', 'rgba(0, 0, 0, 0)'],
    // Refused.
    ['red;}body{display:none', undefined],
    ['url(javascript:alert(1))', undefined],
    ['expression(alert(1))', undefined],
    ['#ggg', undefined],
    ['#12345', undefined],
    ['var(--x)', undefined],
    ['inherit', undefined],
    ['currentColor', undefined],
    ['red !important', undefined],
    ['#fff;background:url(x)', undefined],
    ['</style><script>alert(1)</script>', undefined],
    ['rgb(255, 0, 0', undefined],
    ['rgb(255 0)', undefined],
    ['rgb(10%, 20, 30)', undefined],
    ['hsl(120 100% 50%)', undefined],
    ['RebeccaPurple', undefined],
    ['rgb(0,0,0)/**/', undefined],
    ['"#fff"', undefined],
    ['\\23 fff', undefined],
    ['color-mix(in srgb, red, blue)', undefined],
    ['notacolor', undefined],
    ['constructor', undefined],
  ])('background %j → %j', (input, expected) => {
    const { style, warnings } = themeFromConfig(withBackground(input));
    expect(style['--fdk-color-bg']).toBe(expected);
    expectInert(style);
    if (expected === undefined) {
      expect(style['--fdk-color-text']).toBeUndefined();
      expect(warnings).toEqual([expect.objectContaining({ code: 'invalid-color', path: 'look_and_feel.background_color' })]);
    } else {
      expect(warnings).toEqual([]);
    }
  });

  it('ignores a missing or blank colour without a warning', () => {
    for (const config of [{}, withBackground(''), withBackground('   ')]) {
      const { style, warnings } = themeFromConfig(config);
      expect(style['--fdk-color-bg']).toBeUndefined();
      expect(warnings).toEqual([]);
    }
  });

  it('picks #111111 or #ffffff as the text colour, whichever reads better on the background', () => {
    expect(themeFromConfig(withBackground('#F5F5F5')).style['--fdk-color-text']).toBe('#111111');
    expect(themeFromConfig(withBackground('#0B3D2E')).style['--fdk-color-text']).toBe('#ffffff');
    expect(themeFromConfig(withBackground('#000080')).style['--fdk-color-text']).toBe('#ffffff');
    expect(themeFromConfig(withBackground('#ffff00')).style['--fdk-color-text']).toBe('#111111');
    // A transparent page background shows white beneath.
    expect(themeFromConfig(withBackground('transparent')).style['--fdk-color-text']).toBe('#111111');
  });

  describe('with the browser check', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('drops a colour that options.supports refuses, and checks the trimmed value', () => {
      const supports = vi.fn((_property: string, value: string) => !value.startsWith('rgb'));
      const refused = themeFromConfig(withBackground(' rgb(0 128 0) '), { supports });
      expect(supports).toHaveBeenCalledWith('color', 'rgb(0 128 0)');
      expect(refused.style['--fdk-color-bg']).toBeUndefined();
      expect(refused.warnings.map((w) => w.code)).toEqual(['invalid-color']);
      expect(themeFromConfig(withBackground('#123456'), { supports }).style['--fdk-color-bg']).toBe('#123456');
    });

    it('uses globalThis.CSS.supports when there is one', () => {
      const supports = vi.fn(() => false);
      vi.stubGlobal('CSS', { supports });
      const { style, warnings } = themeFromConfig(withBackground('#123456'));
      expect(supports).toHaveBeenCalledWith('color', '#123456');
      expect(style['--fdk-color-bg']).toBeUndefined();
      expect(warnings.map((w) => w.code)).toEqual(['invalid-color']);
    });

    it('never asks the browser about a value its own parser refused', () => {
      const supports = vi.fn(() => true);
      const { style } = themeFromConfig(withBackground('red;}body{display:none'), { supports });
      expect(supports).not.toHaveBeenCalled();
      expect(style['--fdk-color-bg']).toBeUndefined();
    });
  });
});

describe('themeFromConfig: flash card', () => {
  it('keeps a readable text colour', () => {
    const { style, warnings } = themeFromConfig(platformPresets.branded);
    expect(style['--fdk-flash-text']).toBe('#1a1a1a');
    expect(style['--fdk-flash-bg']).toBe('#ffd54f');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['#FFFFFF', '#FFEB3B', '#000000'],
    ['#777777', '#FFFFFF', '#000000'],
    ['#000000', '#0B3D2E', '#ffffff'],
    ['#FFFFFF', '#EF5350', '#000000'],
    ['rgba(0, 0, 0, 0.2)', '#FFFFFF', '#000000'],
  ])('replaces %s on %s (under 4.5:1) with %s and warns', (text, background, replacement) => {
    const { style, warnings } = themeFromConfig(withFlash(text, background));
    expect(style['--fdk-flash-text']).toBe(replacement);
    expect(warnings).toEqual([expect.objectContaining({ code: 'low-contrast', path: 'flash_card.text_color' })]);
  });

  it('picks black or white when the text colour is missing or refused', () => {
    expect(themeFromConfig(withFlash(undefined, '#0B3D2E'))).toEqual({
      style: expect.objectContaining({ '--fdk-flash-text': '#ffffff', '--fdk-flash-bg': '#0b3d2e' }),
      warnings: [],
    });
    const refused = themeFromConfig(withFlash('red;}', '#FFFFFF'));
    expect(refused.style['--fdk-flash-text']).toBe('#000000');
    expect(refused.warnings.map((w) => w.code)).toEqual(['invalid-color']);
  });

  it('keeps a valid text colour when the background is missing or refused', () => {
    const { style, warnings } = themeFromConfig(withFlash('#1A1A1A', 'url(x)'));
    expect(style['--fdk-flash-text']).toBe('#1a1a1a');
    expect(style['--fdk-flash-bg']).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code: 'invalid-color', path: 'flash_card.background_color' })]);
  });

  it('sets nothing and warns about nothing when the flash card has no text', () => {
    for (const text of ['', '   ']) {
      const { style, warnings } = themeFromConfig(withFlash('#FFFFFF', '#FFFFFF', text));
      expect(style['--fdk-flash-text']).toBeUndefined();
      expect(style['--fdk-flash-bg']).toBeUndefined();
      expect(warnings).toEqual([]);
    }
  });
});

describe('themeFromConfig: card position', () => {
  it.each([
    ['left', 'left', 'flex-start'],
    ['center', 'center', 'center'],
    ['right', 'right', 'flex-end'],
    [' RIGHT ', 'right', 'flex-end'],
    [undefined, 'center', 'center'],
    ['', 'center', 'center'],
  ])('%j → %s / %s', (card_position, position, justify) => {
    const { style, warnings } = themeFromConfig({ look_and_feel: { card_position } });
    expect(style['--fdk-card-position']).toBe(position);
    expect(style['--fdk-card-justify']).toBe(justify);
    expect(warnings).toEqual([]);
  });

  it.each(['top', 'centre', 'left;}', 'constructor'])('%j is unknown: center, with a warning', (card_position) => {
    const { style, warnings } = themeFromConfig({ look_and_feel: { card_position } });
    expect(style['--fdk-card-position']).toBe('center');
    expect(style['--fdk-card-justify']).toBe('center');
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-card-position', path: 'look_and_feel.card_position' })]);
  });

  it('centres the card with no config at all', () => {
    expect(themeFromConfig(undefined)).toEqual({ style: { '--fdk-card-position': 'center', '--fdk-card-justify': 'center' }, warnings: [] });
    expect(themeFromConfig(null).style).toEqual({ '--fdk-card-position': 'center', '--fdk-card-justify': 'center' });
  });
});

describe('themeFromConfig: images', () => {
  it('writes https images as url("…")', () => {
    const { style } = themeFromConfig(platformPresets.branded);
    expect(style['--fdk-image-desktop']).toBe('url("https://cdn.example.com/acme/login-desktop.jpg")');
    expect(style['--fdk-image-mobile']).toBe('url("https://cdn.example.com/acme/login-mobile.jpg")');
  });

  it('accepts same-origin paths and escapes what the URL parser left', () => {
    const { style, warnings } = themeFromConfig({ desktop_image: '/img/login.png', mobile_image: 'https://cdn.example.com/a"b).png' });
    expect(style['--fdk-image-desktop']).toBe('url("/img/login.png")');
    expect(style['--fdk-image-mobile']).toBe('url("https://cdn.example.com/a%22b).png")');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['http://cdn.example.com/a.jpg', 'insecure-image-url'],
    ['HTTP://cdn.example.com/a.jpg', 'insecure-image-url'],
    ['javascript:alert(1)', 'unsafe-image-url'],
    ['data:image/png;base64,AAAA', 'unsafe-image-url'],
    ['//evil.com/a.jpg', 'unsafe-image-url'],
    ['a.jpg") ; background: red', 'unsafe-image-url'],
  ])('drops %j with %s', (desktop_image, code) => {
    const { style, warnings } = themeFromConfig({ desktop_image });
    expect(style['--fdk-image-desktop']).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code, path: 'desktop_image' })]);
  });

  it('ignores a missing or blank image without a warning', () => {
    expect(themeFromConfig({ desktop_image: '', mobile_image: '  ' })).toEqual({
      style: { '--fdk-card-position': 'center', '--fdk-card-justify': 'center' },
      warnings: [],
    });
  });
});

describe('themeFromConfig: presets', () => {
  it('gives every preset a theme without warnings', () => {
    for (const config of Object.values(platformPresets)) {
      const { style, warnings } = themeFromConfig(config);
      expect(warnings).toEqual([]);
      expectInert(style);
    }
  });

  it('themes the branded preset fully', () => {
    expect(themeFromConfig(platformPresets.branded).style).toEqual({
      '--fdk-card-position': 'right',
      '--fdk-card-justify': 'flex-end',
      '--fdk-color-bg': '#0b3d2e',
      '--fdk-color-text': '#ffffff',
      '--fdk-flash-bg': '#ffd54f',
      '--fdk-flash-text': '#1a1a1a',
      '--fdk-image-desktop': 'url("https://cdn.example.com/acme/login-desktop.jpg")',
      '--fdk-image-mobile': 'url("https://cdn.example.com/acme/login-mobile.jpg")',
    });
  });
});
