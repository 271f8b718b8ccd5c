import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mutationHooksSource, readmeWithTable } from '../../scripts/docs/methodDocs';
import { userMethodNames } from '../../src/client/methods';
import * as hooks from '../../src/query/hooks/mutationHooks';
import { describeCacheEffect, methodGuide } from '../../src/query/methodGuide';
import { queryMethodNames } from '../../src/query/mutations';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('what the methods table and its guide drive', () => {
  it('the mutation hooks file is the one the guide makes (run `npm run docs:methods` after changing the guide)', () => {
    expect(read('src/query/hooks/mutationHooks.ts')).toBe(mutationHooksSource());
  });

  it('the README’s methods table is the one the guide makes', () => {
    const readme = read('README.md');
    expect(readmeWithTable(readme)).toBe(readme);
  });

  it('has a guide row for each of the 33 methods, and a hook of that name for each mutation', () => {
    expect(Object.keys(methodGuide).sort()).toEqual([...userMethodNames].sort());
    for (const name of userMethodNames) {
      if ((queryMethodNames as readonly string[]).includes(name)) continue;
      expect(typeof (hooks as Record<string, unknown>)[methodGuide[name].hook], name).toBe('function');
    }
  });

  it('words each cache effect from the effect table itself', () => {
    expect(describeCacheEffect('logout')).toMatch(/signs out in the cache/);
    expect(describeCacheEffect('updateProfile')).toBe('writes the answer’s user into the session; shows the change at once and rolls it back if the call fails');
    expect(describeCacheEffect('registerWithForm')).toBe('makes the session stale');
    expect(describeCacheEffect('loginWithOTP')).toBe('none');
  });
});
