#!/usr/bin/env node
// Pictures of the stories, with Debian's Chromium:
//   npm run screenshots        the README's pictures, docs/images/*.png: the screenshot stories
//                              (stories/visual/Screenshots.stories.tsx) run under Vitest with SCREENSHOTS_DOCS=1; they
//                              also compare with their baselines, so a run that changed the look fails (then
//                              `npm run screenshots:update` if the change was meant)
//   npm run screenshots -- screens-authscreen--default config-theme--branded
//                              any stories by id, full page at 1100 px, into screenshots/ (git-ignored; builds
//                              Storybook first when storybook-static/ is missing)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ids = process.argv.slice(2);

if (ids.length === 0) {
  execFileSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'storybook', 'stories/visual'], { stdio: 'inherit', env: { ...process.env, SCREENSHOTS_DOCS: '1' } });
  const dir = path.resolve('docs/images');
  if (existsSync(dir)) for (const file of readdirSync(dir).filter((name) => name.endsWith('.png')).sort()) console.log(`docs/images/${file}  ${(statSync(path.join(dir, file)).size / 1024).toFixed(1)} kB`);
  process.exit(run.status ?? 1);
}

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
