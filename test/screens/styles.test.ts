import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type RgbaColor } from '../../src/config/color';

const css = readFileSync(new URL('../../src/screens/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The stylesheet without its `@keyframes` blocks (their steps are not selectors). */
const rules = css.replace(/@keyframes\s+[\w-]+\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');

/** Every rule (inside @media too): its selectors, split on top-level commas, and its declarations. */
function parseRules(text: string): Array<{ selectors: string[]; body: string }> {
  const found: Array<{ selectors: string[]; body: string }> = [];
  for (const match of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith('@') || prelude === '') continue;
    found.push({ selectors: splitSelectors(prelude), body: match[2]! });
  }
  return found;
}

/** `a, :where(b, c) d` → `['a', ':where(b, c) d']`. */
function splitSelectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    if (prelude[i] === '(') depth++;
    else if (prelude[i] === ')') depth--;
    else if (prelude[i] === ',' && depth === 0) {
      parts.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts;
}

/** The custom properties a rule declares. */
function tokensOf(body: string): Record<string, string> {
  return Object.fromEntries([...body.matchAll(/(--fdk-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

const SCOPE = ':where(.fdk-auth, .fdk-profile)';
const all = parseRules(rules);
const light = tokensOf(all.find((rule) => rule.selectors.join() === SCOPE)!.body);
const darkRules = all.filter((rule) => rule.selectors[0]!.startsWith(SCOPE) && /color-scheme:\s*dark/.test(rule.body));

describe('styles.css', () => {
  const selectors = all.flatMap((rule) => rule.selectors);

  it('has rules', () => {
    expect(selectors.length).toBeGreaterThan(100);
  });

  it('scopes every selector under an .fdk- class (no global selectors)', () => {
    const unscoped = selectors.filter((selector) => !selector.startsWith('.fdk-') && !selector.startsWith(`${SCOPE}`));
    expect(unscoped).toEqual([]);
  });

  it('styles the parts inside a screen only: a part rule is scoped to .fdk-auth / .fdk-profile', () => {
    // Parts composed in a design of the app's own (outside the screens) keep none of the kit's look.
    for (const part of ['.fdk-input', '.fdk-button', '.fdk-field', '.fdk-label', '.fdk-form', '.fdk-card', '.fdk-link-button', '.fdk-method']) {
      const unscoped = selectors.filter((selector) => selector.split(/[\s>+~]+/).some((compound) => compound.startsWith(part) && !compound.startsWith(`${part}-`)) && !selector.startsWith(SCOPE));
      expect(unscoped, part).toEqual([]);
    }
  });

  it('uses logical properties for left/right spacing (RTL-safe)', () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\s*:/);
    expect(css).not.toMatch(/(^|[\s;{])(left|right)\s*:/);
    expect(css).not.toMatch(/text-align:\s*(left|right)/);
    expect(css).not.toMatch(/(^|[\s;{])(width|height)\s*:/);
  });

  it('names its animations with the fdk- prefix, and moves only for shoppers who do not ask for less motion', () => {
    const names = [...css.matchAll(/@keyframes\s+([\w-]+)/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^fdk-/);
    const outsideMotionQuery = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    expect(outsideMotionQuery).not.toMatch(/animation:|transition:/);
  });

  it('follows the dark colour scheme, and a scheme forced by data-color-scheme on the screen or an ancestor', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:where\(\.fdk-auth, \.fdk-profile\):where\(:not\(\[data-color-scheme='light'\], \[data-color-scheme='light'\] \*\)\)/);
    expect(darkRules.map((rule) => rule.selectors.join(', '))).toContain(`${SCOPE}:where([data-color-scheme='dark'], [data-color-scheme='dark'] *):where(:not([data-color-scheme='light']))`);
  });

  it('has one dark palette: the media query and the forced scheme declare the same tokens, for every light token', () => {
    expect(darkRules).toHaveLength(2);
    const [followed, forced] = darkRules.map((rule) => tokensOf(rule.body));
    expect(followed).toEqual(forced);
    // The dark scheme changes colours only; the light scheme's other tokens (font, radius, gap) stay.
    const colours = Object.keys(light).filter((name) => !/font|radius|gap/.test(name));
    expect(Object.keys(followed!).sort()).toEqual(colours.sort());
  });
});

/** `#rrggbb`, or `var(--fdk-color-…, #rrggbb)`: the stylesheet's own colour. */
function color(value: string): RgbaColor {
  const own = /^var\(--fdk-[\w-]+, (#[0-9a-f]{6})\)$/i.exec(value)?.[1] ?? value;
  const parsed = parseColor(own);
  if (!parsed) throw new Error(`not a colour: ${value}`);
  return parsed;
}

/** `color-mix(in srgb, a p%, b)`, as the stylesheet mixes its tints. */
function mix(a: RgbaColor, percent: number, b: RgbaColor): RgbaColor {
  const part = percent / 100;
  return { r: a.r * part + b.r * (1 - part), g: a.g * part + b.g * (1 - part), b: a.b * part + b.b * (1 - part), a: 1 };
}

describe.each([
  ['light', light],
  ['dark', tokensOf(darkRules[0]?.body ?? '')],
])('the %s palette reads', (_scheme, tokens) => {
  const t = (name: string) => color(tokens[`--fdk-${name}`] ?? '');
  const surface = t('surface');

  it.each([
    ['page text on the page', 'ink', 'page'],
    ['card text on the card', 'surface-ink', 'surface'],
    ['hints on the card', 'muted', 'surface'],
    ['hints on the page', 'muted', 'page'],
    ['links on the card', 'accent', 'surface'],
    ['a primary button', 'accent-ink', 'accent'],
    ['a primary button, hovered', 'accent-ink', 'accent-hover'],
    ['errors on the card', 'danger', 'surface'],
    ['success on the card', 'success', 'surface'],
    ['a danger button (card colour on danger)', 'surface', 'danger'],
  ])('text at 4.5:1 or more: %s', (_what, foreground, background) => {
    expect(contrastRatio(t(foreground), t(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['an error box', 'danger'],
    ['a notice', 'success'],
  ])('card text on %s (10%% tint) at 4.5:1 or more', (_what, tint) => {
    expect(contrastRatio(t('surface-ink'), mix(t(tint), 10, surface))).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['input borders on the card', 'field-border', 'surface'],
    ['input borders on the input', 'field-border', 'field-bg'],
    ['the focus ring on the card', 'focus', 'surface'],
    ['the focus ring on the page', 'focus', 'page'],
  ])('controls at 3:1 or more: %s', (_what, foreground, background) => {
    expect(contrastRatio(t(foreground), t(background))).toBeGreaterThanOrEqual(3);
  });
});
