import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { userMethodNames, userMethods } from '../src/client/methods';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two set-up commands: install + demo, and the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').filter(Boolean).map((line) => line.split('#')[0]!.trim());
    expect(commands).toEqual(['npm install && npm run dev', 'npm test']);
  });

  it('lists every method of the table with its verb, path and hook (npm run docs:methods keeps it current)', () => {
    for (const name of userMethodNames) {
      const spec = userMethods[name];
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      expect(row).toContain(`${spec.http} \`…${spec.path.replace('/service/application/user', '')}\``);
    }
  });

  it('.ci/run runs the README test command', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(ci).toMatch(/^step test npm test$/m);
  });
});
