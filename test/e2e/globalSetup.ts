import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

/** Builds the demo storefront and serves it on 127.0.0.1 for the end-to-end tests. */
export default async function setup(project: TestProject) {
  // A production build, as a storefront ships it (Vitest sets NODE_ENV=test, which Vite would otherwise keep).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'demo/vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const site = await serveStatic(path.join(root, 'demo-dist'), { spa: true });
  project.provide('demoUrl', site.url);
  return () => site.close();
}
