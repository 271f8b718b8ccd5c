#!/usr/bin/env node
// Makes sure Debian's Chromium is on the machine for the browser tests (stories, end-to-end). Browsers are never
// downloaded by a test tool here: `npx playwright install` cannot reach its CDN. Set CHROMIUM_PATH to use another.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`ensure-chromium: CHROMIUM_PATH=${path} does not exist`);
  process.exit(1);
}
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const run = (args) => execFileSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
console.log('ensure-chromium: installing Debian chromium (apt-get) for the browser tests…');
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
} catch (error) {
  console.error('ensure-chromium: could not install chromium with apt-get:', error instanceof Error ? error.message : error);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`ensure-chromium: apt-get finished but ${path} is still missing`);
  process.exit(1);
}
