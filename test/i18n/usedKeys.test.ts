import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';

const srcDir = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    // The translations (i18n/locales) name every key, as the English set does: they are not uses.
    if (file.endsWith(path.join('i18n', 'locales'))) return [];
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !file.endsWith(path.join('i18n', 'messages.ts')) ? [readFileSync(file, 'utf8')] : [];
  });
}

describe('message keys', () => {
  it('are each used by the kit (no dead strings to translate)', () => {
    const code = sources(srcDir).join('\n');
    // The contact lists build their keys from a prefix and a name (`emails` + `Deleted`, `${kind}NotFound`).
    const contactNames = [...readFileSync(path.join(srcDir, 'forms/profile/contactEntries.ts'), 'utf8').matchAll(/\| '(\w+)'/g)].map((match) => match[1]!);
    const ruleNames = [...readFileSync(path.join(srcDir, 'forms/profile/contactRules.ts'), 'utf8').matchAll(/\$\{kind\}(\w+)/g)].map((match) => match[1]!);
    const built = new Set([...contactNames, ...ruleNames].flatMap((name) => [`emails${name}`, `phones${name}`]));
    const unused = Object.keys(messages).filter((key) => !built.has(key) && !new RegExp(`\\b${key}\\b`).test(code));
    expect(unused).toEqual([]);
  });
});
