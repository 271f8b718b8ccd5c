// Builds the timing pages (bench/pages) with esbuild into bench/dist/pages: minified production bundles with React
// inside (one copy, react-dom's *profiling* build so that <Profiler onRender> counts commits), one stylesheet each.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, distDir } from './paths.mjs';

const requireFromBench = createRequire(path.join(benchDir, 'package.json'));

/** One React for every package (ours resolves from the root's node_modules, the others from bench's). */
const oneReact = {
  name: 'one-react',
  setup(builder) {
    builder.onResolve({ filter: /^(react|react\/jsx-runtime|react-dom|react-dom\/client|scheduler)$/ }, (args) => {
      // react-dom/profiling is react-dom/client with Profiler timings on; it takes its shared internals from react-dom.
      const target = args.path === 'react-dom/client' ? 'react-dom/profiling' : args.path;
      return { path: requireFromBench.resolve(target) };
    });
    builder.onResolve({ filter: /^fdk-user-react(\/styles\.css)?$/ }, (args) => ({
      path: path.join(distDir, args.path.endsWith('.css') ? 'styles.css' : 'index.js'),
    }));
  },
};

const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function html({ title, script, css, config }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${css ? `<link rel="stylesheet" href="${css}">\n` : ''}</head>
<body>
<main id="root"></main>
${config ? `<script id="platform-config" type="application/json">${escapeJson(config)}</script>\n` : ''}<script type="module" src="${script}"></script>
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
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(['fdk', 'supabase', 'floor'].map((name) => [name, path.join(benchDir, 'pages', `${name}.jsx`)])),
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [oneReact],
    absWorkingDir: benchDir,
    logLevel: 'error',
  });
  writeFileSync(path.join(dir, 'fdk.html'), html({ title: 'fdk-user-react AuthScreen', script: 'fdk.js', css: 'fdk.css' }));
  writeFileSync(path.join(dir, 'fdk-initial.html'), html({ title: 'fdk-user-react AuthScreen (initialConfig)', script: 'fdk.js', css: 'fdk.css', config: platformConfig }));
  writeFileSync(path.join(dir, 'supabase.html'), html({ title: 'Supabase Auth UI', script: 'supabase.js' }));
  writeFileSync(path.join(dir, 'floor.html'), html({ title: 'The floor: React and one <input>', script: 'floor.js' }));
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
