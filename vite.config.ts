/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Debian's Chromium (installed by scripts/ensure-chromium.mjs) with the project's flags; browsers are never downloaded.
import { react18 } from './test/helpers/react18.ts';
import { chromiumArgs, chromiumPath as chromium } from './scripts/chromium.mjs';
import { browserCommands } from './test/screenshots/browserCommands.ts';
import { kitAliases } from './.storybook/aliases.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'ky',
  'zod',
  'zod/mini',
  'react-hook-form',
  '@hookform/resolvers',
  '@hookform/resolvers/zod',
  'msw',
  'msw/node',
  'msw/browser',
];

/** The jsdom tests (`*.test.tsx`, `*.dom.test.ts`). */
const domTests = {
  environment: 'jsdom',
  include: ['test/**/*.test.tsx', 'test/**/*.dom.test.ts'],
  exclude: ['test/e2e/**'],
  setupFiles: ['test/setup-dom.ts'],
  // Above the 5 s that `findBy…`/`waitFor` wait (test/helpers/kit.tsx): an expectation that never holds fails with
  // its own message, not with the test's timeout.
  testTimeout: 15_000,
};

/**
 * A project running every story (and its play function) in headless Chromium, with the commands of the layout and
 * screenshot stories (test/screenshots/browserCommands.ts). The page is larger than any story's viewport (1280 px at
 * most), so that the test iframe is never scaled down: screenshots are taken at one device pixel per CSS pixel.
 */
function storybookProject(name: string, { plugins = [], groupOrder = 0, exclude = [] }: { plugins?: Plugin[]; groupOrder?: number; exclude?: string[] } = {}) {
  return {
    plugins: [react(), storybookTest({ configDir: path.join(dirname, '.storybook'), tags: { exclude } }), ...plugins],
    resolve: { alias: kitAliases },
    test: {
      name,
      sequence: { groupOrder },
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumArgs }, contextOptions: { viewport: { width: 1600, height: 1400 } } }),
        instances: [{ browser: 'chromium' as const }],
        commands: browserCommands,
      },
    },
  };
}

/** Emits the optional stylesheet as dist/styles.css (`import 'fdk-user-react/styles.css'`). */
const stylesheet: Plugin = {
  name: 'fdk-stylesheet',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(path.join(dirname, 'src/screens/styles.css'), 'utf8') });
  },
};

export default defineConfig({
  plugins: [react(), stylesheet],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', cli: 'src/doctor/cli.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => external.includes(id) || id.startsWith('node:') || id.startsWith('libphonenumber-js/'),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.dom.test.ts', 'test/e2e/**', 'test/next/**'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      // The jsdom tests, on React 19 and again on React 18.3 (test/helpers/react18.ts).
      { extends: true, test: { name: 'dom', ...domTests, provide: { reactMajor: '19' } } },
      {
        extends: true,
        plugins: [react18()],
        test: {
          name: 'dom-react18',
          ...domTests,
          provide: { reactMajor: '18' },
          // After the other projects, not beside them: run together they starve each other and time out.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      // The same end-to-end tests on the demo built for the fake server behind its origin's proxy (same origin, real
      // HTTP, the real HttpOnly cookie, no MSW). One fake server: the files run one at a time, each test from a reset.
      {
        test: {
          name: 'e2e-server',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/globalSetup.server.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        // examples/next-app-router: npm ci, next build and next start in front of the fake (scripts/next-example.mjs)
        test: {
          name: 'next',
          environment: 'node',
          include: ['test/next/**/*.next.test.ts'],
          globalSetup: ['test/next/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      // The stories' play functions in Chromium, on React 19 and (after the others, see dom-react18) on React 18.3;
      // the layout matrix and the screenshots (tag `browser-matrix`: CSS, not React) on React 19 only.
      storybookProject('storybook'),
      storybookProject('storybook-react18', { plugins: [react18()], groupOrder: 1, exclude: ['browser-matrix'] }),
    ],
  },
});
