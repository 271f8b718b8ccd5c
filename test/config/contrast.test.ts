import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../src/config/color';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import { STYLESHEET_COLORS } from '../../src/config/resolveTheme';
import { themeFromConfig } from '../../src/config/theme';
import type { PlatformSchema } from '../../src/schemas/config';

/*
 * Contrast is checked against what will actually be drawn behind the text: the stylesheet's colour where the
 * config's is refused or missing, and the config's page background beneath a translucent colour.
 */

const color = (value: string) => {
  const parsed = parseColor(value);
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return parsed;
};

const flash = (card: { text_color?: string; background_color?: string }, page?: string): PlatformSchema => ({
  flash_card: { text: 'Free shipping', ...card },
  ...(page === undefined ? {} : { look_and_feel: { background_color: page } }),
});

/** The contrast a reader gets for the flash card of `config`, as the kit resolves it. */
function drawnContrast(config: PlatformSchema): number {
  const { style } = themeFromConfig(config);
  const page = config.look_and_feel?.background_color ? color(style['--fdk-color-bg'] ?? STYLESHEET_COLORS.page) : color(STYLESHEET_COLORS.page);
  const background = color(style['--fdk-flash-bg'] ?? STYLESHEET_COLORS.flashBackground);
  const text = color(style['--fdk-flash-text'] ?? STYLESHEET_COLORS.flashText);
  return contrastRatio(text, background, page);
}

describe('the stylesheet colours the kit assumes', () => {
  it('are the ones styles.css draws', () => {
    const css = readFileSync(new URL('../../src/screens/styles.css', import.meta.url), 'utf8');
    expect(css).toContain(`var(--fdk-color-bg, ${STYLESHEET_COLORS.page})`);
    expect(css).toContain(`var(--fdk-flash-bg, ${STYLESHEET_COLORS.flashBackground})`);
    expect(css).toContain(`var(--fdk-flash-text, ${STYLESHEET_COLORS.flashText})`);
  });
});

describe('contrastRatio over a backdrop', () => {
  it('paints a translucent background over the backdrop given (white by default)', () => {
    const text = color('#111111');
    const tint = color('rgba(0, 0, 0, 0.1)');
    expect(contrastRatio(text, tint)).toBeGreaterThan(15);
    expect(contrastRatio(text, tint, color('#0b3d2e'))).toBeLessThan(1.5);
    // A translucent backdrop is itself painted over white.
    expect(contrastRatio(text, tint, color('rgba(11, 61, 46, 0)'))).toBeCloseTo(contrastRatio(text, tint), 5);
  });
});

describe('themeFromConfig: the flash card is checked against what is drawn', () => {
  it('a refused background: white text over the stylesheet default (1.08:1) is dropped, with a warning', () => {
    const config = flash({ text_color: '#FFFFFF', background_color: 'url(x)' });
    const { style, warnings } = themeFromConfig(config);
    expect(style['--fdk-flash-bg']).toBeUndefined();
    expect(style['--fdk-flash-text']).toBeUndefined();
    expect(warnings.map((warning) => `${warning.code} @ ${warning.path}`)).toEqual(['invalid-color @ flash_card.background_color', 'low-contrast @ flash_card.text_color']);
    expect(warnings[1]?.message).toMatch(/1\.08:1/);
    expect(drawnContrast(config)).toBeGreaterThanOrEqual(4.5);
  });

  it('no background at all: the same', () => {
    const { style, warnings } = themeFromConfig(flash({ text_color: '#FFFF00' }));
    expect(style['--fdk-flash-text']).toBeUndefined();
    expect(warnings.map((warning) => warning.code)).toEqual(['low-contrast']);
  });

  it('a refused or missing background keeps a text colour that reads on the stylesheet default', () => {
    expect(themeFromConfig(flash({ text_color: '#1A1A1A', background_color: 'url(x)' })).style['--fdk-flash-text']).toBe('#1a1a1a');
    expect(themeFromConfig(flash({ text_color: '#7a0000' })).style['--fdk-flash-text']).toBe('#7a0000');
  });

  it('a translucent flash background on a dark page: the text is checked on the page, not on white', () => {
    const config = flash({ text_color: '#111111', background_color: 'rgba(0, 0, 0, 0.1)' }, '#0B3D2E');
    const { style, warnings } = themeFromConfig(config);
    expect(style['--fdk-flash-text']).toBe('#ffffff');
    expect(warnings).toEqual([expect.objectContaining({ code: 'low-contrast', path: 'flash_card.text_color' })]);
    expect(drawnContrast(config)).toBeGreaterThanOrEqual(4.5);
  });

  it('a translucent flash background with no text colour picks black or white for the page beneath', () => {
    expect(themeFromConfig(flash({ background_color: 'rgba(255, 255, 255, 0.1)' }, '#0B3D2E')).style['--fdk-flash-text']).toBe('#ffffff');
    expect(themeFromConfig(flash({ background_color: 'rgba(255, 255, 255, 0.1)' }, '#FFFFFF')).style['--fdk-flash-text']).toBe('#000000');
  });

  it('a refused page background: the translucent flash background is drawn over the stylesheet page colour', () => {
    const config = flash({ text_color: '#111111', background_color: 'rgba(0, 0, 0, 0.1)' }, 'not-a-colour');
    const { style, warnings } = themeFromConfig(config);
    expect(style['--fdk-flash-text']).toBe('#111111');
    expect(warnings.map((warning) => warning.code)).toEqual(['invalid-color']);
  });

  it.each([
    [{ text_color: '#FFFFFF', background_color: 'url(x)' }, undefined],
    [{ text_color: '#FFFF00' }, undefined],
    [{ text_color: '#111111', background_color: 'rgba(0, 0, 0, 0.1)' }, '#0B3D2E'],
    [{ text_color: '#FFFFFF', background_color: 'rgba(255, 255, 255, 0.5)' }, '#FFFFFF'],
    [{ text_color: '#777777', background_color: '#FFFFFF' }, '#000000'],
    [{ background_color: 'rgba(0, 0, 0, 0.6)' }, 'rgba(255, 255, 255, 0.2)'],
  ] as const)('every resolved flash card reads at 4.5:1 or more: %j on page %j', (card, page) => {
    expect(drawnContrast(flash(card, page))).toBeGreaterThanOrEqual(4.5);
  });

  it('readPlatformConfig gives the same flash card', () => {
    expect(readPlatformConfig(flash({ text_color: '#FFFFFF', background_color: 'url(x)' })).flashCard).toEqual({ text: 'Free shipping', textColor: undefined, backgroundColor: undefined });
    expect(readPlatformConfig(flash({ text_color: '#111111', background_color: 'rgba(0, 0, 0, 0.1)' }, '#0B3D2E')).flashCard).toEqual({
      text: 'Free shipping',
      textColor: '#ffffff',
      backgroundColor: 'rgba(0, 0, 0, 0.1)',
    });
  });
});
