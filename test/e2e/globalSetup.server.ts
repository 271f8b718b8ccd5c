import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { serveStatic } from '../../scripts/static-server.mjs';
import { startFakeUserServer } from '../../src/testing/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fake User server behind the demo's origin (project `e2e-server` only; the `e2e` project has none). */
    fakeUrl?: string;
  }
}

/**
 * The `e2e-server` project: the demo built in its `fake-server` mode (demo/.env.fake-server: it calls its own
 * origin, no MSW), served on 127.0.0.1 with `/service/*` and `/_fake/*` proxied to a fake User server, as a
 * storefront's origin fronts its API: real HTTP, the real `HttpOnly` cookie.
 */
export default async function setup(project: TestProject) {
  // Its own build folder: the `e2e` project builds the in-page (MSW) demo into demo-dist at the same time.
  const outDir = await mkdtemp(path.join(tmpdir(), 'fdk-demo-server-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'demo/vite.config.ts'), logLevel: 'warn', mode: 'fake-server', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const fake = await startFakeUserServer();
  const site = await serveStatic(outDir, { spa: true, proxy: { '/service/': fake.url, '/_fake/': fake.url } });
  project.provide('demoUrl', site.url);
  project.provide('fakeUrl', fake.url);
  return async () => {
    await site.close();
    await fake.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
