// Builds the timing pages (bench/pages) into bench/dist/pages as a storefront's Vite build would ship them: Vite
// (Rolldown), one build per page from its HTML (modulepreload links for the chunks the entry imports statically,
// `import()` chunks left to load on demand), minified, production, with React bundled — one copy, react-dom's
// *profiling* build so that <Profiler onRender> counts commits — and the page's stylesheet linked.
import { build } from 'vite';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, distDir } from './paths.mjs';

const requireFromBench = createRequire(path.join(benchDir, 'package.json'));
const exact = (name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`);

/** One React for every package (ours resolves from the root's node_modules, the others from bench's). */
const alias = [
  // react-dom/profiling is react-dom/client with Profiler timings on; it takes its shared internals from react-dom.
  { find: exact('react-dom/client'), replacement: requireFromBench.resolve('react-dom/profiling') },
  ...['react', 'react/jsx-runtime', 'react-dom', 'scheduler'].map((name) => ({ find: exact(name), replacement: requireFromBench.resolve(name) })),
  { find: exact('fdk-user-react/styles.css'), replacement: path.join(distDir, 'styles.css') },
  { find: exact('fdk-user-react'), replacement: path.join(distDir, 'index.js') },
];

const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function html({ title, script }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
</head>
<body>
<main id="root"></main>
<script type="module" src="../../pages/${script}"></script>
</body>
</html>
`;
}

/**
 * @param {{ platformConfig: object }} options the PlatformSchema the fake service answers (inlined in fdk-initial.html).
 * @returns {Promise<{ dir: string, pages: Array<{ id: string, name: string, file: string, selector: string, visit: 'first' | 'repeat', ours?: boolean, configKnown?: boolean }> }>}
 *   `visit: 'first'`: a fresh browser context (empty localStorage); `'repeat'`: the same context, loaded a second
 *   time after the first load stored the config. `configKnown`: the screen has its config at mount.
 */
export async function buildPages({ platformConfig }) {
  const dir = path.join(benchDir, 'dist', 'pages');
  const sources = path.join(benchDir, 'dist', 'pages-src'); // the HTML entries; their scripts are bench/pages/*.jsx
  rmSync(dir, { recursive: true, force: true });
  rmSync(sources, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  const write = (file, options) => writeFileSync(path.join(sources, file), html(options));
  write('fdk.html', { title: 'fdk-user-react AuthScreen', script: 'fdk.jsx' });
  write('supabase.html', { title: 'Supabase Auth UI', script: 'supabase.jsx' });
  write('floor.html', { title: 'The floor: React and one <input>', script: 'floor.jsx' });
  // One build per page, so that no chunk is shared between pages.
  for (const inputs of [['fdk.html'], ['supabase.html'], ['floor.html']]) {
    await build({
      configFile: false,
      root: sources,
      base: '/',
      logLevel: 'error',
      resolve: { alias },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        reportCompressedSize: false,
        rolldownOptions: { input: Object.fromEntries(inputs.map((file) => [file.replace('.html', ''), path.join(sources, file)])) },
      },
    });
  }
  // fdk-initial.html: the built fdk.html (the very same chunks) with the PlatformSchema inline, as a server-rendered
  // storefront passes it to `initialConfig`.
  const inline = `<script id="platform-config" type="application/json">${escapeJson(platformConfig)}</script>\n`;
  writeFileSync(path.join(dir, 'fdk-initial.html'), readFileSync(path.join(dir, 'fdk.html'), 'utf8').replace('</body>', `${inline}</body>`));
  return {
    dir,
    pages: [
      { id: 'fdk', name: 'fdk-user-react `AuthScreen`, first visit (config fetched)', file: 'fdk.html', selector: 'input[name="identifier"]', visit: 'first', ours: true, configKnown: false },
      { id: 'fdk-repeat', name: 'fdk-user-react `AuthScreen`, repeat visit (remembered config)', file: 'fdk.html', selector: 'input[name="identifier"]', visit: 'repeat', ours: true, configKnown: true },
      { id: 'fdk-initial', name: 'fdk-user-react `AuthScreen` with `initialConfig`', file: 'fdk-initial.html', selector: 'input[name="identifier"]', visit: 'first', ours: true, configKnown: true },
      { id: 'supabase', name: 'Supabase Auth UI `<Auth>` (reference)', file: 'supabase.html', selector: 'input[name="email"]', visit: 'first' },
      { id: 'floor', name: 'The floor: React + one bare `<input>`', file: 'floor.html', selector: 'input[name="identifier"]', visit: 'first' },
    ],
  };
}
