import react from '@vitejs/plugin-react';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(dirname, '..');

/** The paths the fake server answers: the User API and its control routes. */
const fakePaths = ['/service/application/', '/_fake/'];

/**
 * Runs `npm run fake-server` (scripts/fake-server.ts, with the environment's PRESET, STRICT, STATE_FILE) on a free
 * port of 127.0.0.1; resolves with its URL once it listens, and a way to stop it.
 */
function runFakeServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'fake-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    // The IPC channel closes when this process ends, however it ends: the fake server then stops too.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const stop = () => void child.kill();
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    });
    child.once('exit', (code) => reject(new Error(`npm run fake-server ended (exit code ${String(code)}) before it listened`)));
  });
}

/**
 * `npm run dev:server` (mode `fake-server`): the dev server proxies the User API and the control routes to the fake
 * server, so the page calls its own origin as a storefront does (flows.md F15), over real HTTP with the real
 * `HttpOnly` cookie. The proxy keeps the `Host` (no `changeOrigin`): the inbox links are on the page's origin.
 * The fake server is started with the dev server, unless FDK_FAKE_SERVER_URL names one already running.
 */
function fakeServerProxy(): Plugin {
  let stop: (() => void) | undefined;
  return {
    name: 'demo-fake-server-proxy',
    apply: 'serve',
    async config(_config, { mode }) {
      if (mode !== 'fake-server') return undefined;
      let target = process.env.FDK_FAKE_SERVER_URL;
      if (!target) ({ url: target, stop } = await runFakeServer());
      console.log(`The demo calls its own origin; /service/application/* and /_fake/* go to the fake server at ${target}.`);
      const proxy: Record<string, ProxyOptions> = Object.fromEntries(fakePaths.map((prefix) => [prefix, { target, changeOrigin: false }]));
      return { server: { proxy } };
    },
    configureServer(server) {
      server.httpServer?.once('close', () => stop?.());
    },
  };
}

// The demo storefront: `npm run dev` serves it on 127.0.0.1:5173 with the fake User service in the page (MSW);
// `npm run dev:server` with the fake server behind the dev server's proxy (demo/.env.fake-server).
export default defineConfig({
  root: dirname,
  publicDir: path.join(root, 'public'),
  plugins: [react(), fakeServerProxy()],
  resolve: { alias: { 'fdk-user-react/testing': path.join(root, 'src', 'testing', 'index.ts'), 'fdk-user-react': path.join(root, 'src', 'index.ts') } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: path.join(root, 'demo-dist'), emptyOutDir: true, target: 'es2022' },
});
