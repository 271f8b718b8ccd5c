import type { TestProject } from 'vitest/node';
import { prepareNextExample, startNextExample } from '../../scripts/next-example.mjs';
import { fakeApplication, startFakeUserServer } from '../../src/testing/index';

declare module 'vitest' {
  export interface ProvidedContext {
    nextUrl: string;
    nextFakeUrl: string;
  }
}

/**
 * Builds examples/next-app-router (kit, npm ci, next build: each skipped when up to date) and starts it with
 * `next start` on 127.0.0.1 in front of a strict fake User service (credentials and signatures checked, so the
 * proxy's re-signing and the server's own client are checked too).
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  prepareNextExample(log);
  const fake = await startFakeUserServer({ strict: true });
  const started = performance.now();
  const site = await startNextExample({ apiOrigin: fake.url, ...fakeApplication });
  log(`next-example: next start ready in ${((performance.now() - started) / 1000).toFixed(1)} s on ${site.url} (fake User service ${fake.url})`);
  project.provide('nextUrl', site.url);
  project.provide('nextFakeUrl', fake.url);
  return async () => {
    await site.close();
    await fake.close();
    if (process.env.NEXT_EXAMPLE_LOG) log(site.output());
  };
}
