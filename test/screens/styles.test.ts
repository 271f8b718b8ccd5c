import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/screens/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The stylesheet without its `@keyframes` blocks (their steps are not selectors). */
const rules = css.replace(/@keyframes\s+[\w-]+\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');

/** Every selector of every rule (inside @media too), split on commas. */
function selectors(text: string): string[] {
  const found: string[] = [];
  const rule = /([^{}@]+)\{[^{}]*\}/g;
  for (const match of text.matchAll(rule)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith('@') || prelude === '') continue;
    found.push(...prelude.split(',').map((selector) => selector.trim()));
  }
  return found;
}

describe('styles.css', () => {
  const all = selectors(rules);

  it('has rules', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it('scopes every selector under an .fdk- class (no global selectors)', () => {
    const unscoped = all.filter((selector) => !selector.startsWith('.fdk-'));
    expect(unscoped).toEqual([]);
  });

  it('uses logical properties for left/right spacing (RTL-safe)', () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\s*:/);
    expect(css).not.toMatch(/text-align:\s*(left|right)/);
  });

  it('names its animations with the fdk- prefix', () => {
    for (const match of css.matchAll(/@keyframes\s+([\w-]+)/g)) expect(match[1]).toMatch(/^fdk-/);
  });

  it('follows the dark colour scheme', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });
});
