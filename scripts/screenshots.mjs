#!/usr/bin/env node
// Saves a PNG of chosen stories with Chromium, for docs and review:
//   npm run screenshots                       (the default list below)
//   npm run screenshots -- screens-authscreen--default config-theme--branded
// Builds Storybook first when storybook-static/ is missing. PNGs go to screenshots/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const defaults = [
  'screens-authscreen--default',
  'screens-authscreen--branded',
  'screens-authscreen--otp-only',
  'screens-authscreen--no-sign-in-method',
  'config-theme--hostile-colours',
  'config-messages--french-override',
];
const ids = process.argv.slice(2).length ? process.argv.slice(2) : defaults;
const out = path.resolve('screenshots');

if (!existsSync('storybook-static/index.json')) execFileSync('npm', ['run', 'build-storybook'], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const site = await serveStatic('storybook-static');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  for (const id of ids) {
    await page.goto(`${site.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
    await page.waitForTimeout(300);
    const file = path.join(out, `${id}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`saved ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
  await site.close();
}
