import type { Plugin } from 'vite';

/**
 * Runs a Vitest project on React 18.3 (the `react-18` / `react-dom-18` aliases in package.json) instead of React 19.
 *
 * Every `react…` / `react-dom…` import is swapped for the 18 copy by `resolve.alias`, and everything that imports React
 * (React itself, react-dom, Testing Library, TanStack Query, react-hook-form) is pre-bundled by Vite's optimizer, which
 * applies the same aliases inside those packages. Pre-bundling is what makes the swap reach them: a package Node loads
 * itself (Vitest's default for `node_modules` in jsdom projects) gets React 19 from `require('react')`, and so do the
 * CommonJS files of react-dom-18 and react-18/jsx-runtime, which `require('react')` / `require('react-dom')` by name.
 *
 * `test/components/reactVersion.test.tsx` checks in every jsdom project that one React, of the expected major, is loaded.
 * @example
 * { extends: true, plugins: [react18()], test: { name: 'dom-react18', environment: 'jsdom' } }
 */
export function react18(): Plugin {
  return {
    name: 'fdk-react18',
    config() {
      return {
        // Its own optimizer cache (the storybook plugin sets one for every storybook project: this plugin must come after
        // it): a cache shared with a React 19 project would serve the 19 copies under the same names.
        cacheDir: 'node_modules/.vite/react18',
        resolve: { alias: react18Aliases },
        optimizeDeps: { include: react18Deps },
        // jsdom projects: Vitest runs Vite's optimizer only when asked, with the rest of `optimizeDeps` from above.
        test: { deps: { optimizer: { client: { enabled: true, include: react18Deps } } } },
      };
    },
    configResolved(config) {
      // Vitest keeps `react` and the JSX runtimes out of its optimizer, for Node to load: that would be React 19 again.
      for (const environment of Object.values(config.environments)) {
        const { optimizeDeps } = environment;
        if (!optimizeDeps.include?.length) continue;
        optimizeDeps.exclude = (optimizeDeps.exclude ?? []).filter((id) => !/^react(-dom)?(-18)?(\/|$)/.test(id));
        optimizeDeps.include = [...new Set([...optimizeDeps.include, ...react18Deps])];
      }
    },
  };
}

/** `react`, `react/jsx-runtime`, `react-dom/client`… → the same entry of `react-18` / `react-dom-18`. */
const react18Aliases = [
  { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
  { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
];

/** What the jsdom tests and the stories import that is React or imports React: pre-bundled against the 18 copy. */
const react18Deps = [
  'react-18',
  'react-18/jsx-runtime',
  'react-18/jsx-dev-runtime',
  'react-dom-18',
  'react-dom-18/client',
  'react-dom-18/test-utils',
  '@testing-library/react',
  '@tanstack/react-query',
  'react-hook-form',
];
