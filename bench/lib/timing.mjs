// Timing in Chromium (Debian's, through playwright-core): for each page and network profile, several cold loads in
// fresh browser contexts (a first visit: empty localStorage, checked) or, for a repeat visit, a second load in the
// context whose first load stored the config (checked too), measuring
//  - requests before the user can type: fetch/XHR requests (resource timing) started before the identifier field
//    became interactive — the page's own HTML/JS/CSS are not counted;
//  - ms from navigation start (performance.timeOrigin) to the identifier field being in the DOM, visible, enabled
//    and not read-only (a MutationObserver installed before the page's scripts records performance.now());
//  - React commits per keystroke: <Profiler onRender> calls while typing 10 characters into the field.
import { launchChromium } from '../../scripts/chromium.mjs';

export const TYPED = 'ana@exampl'; // 10 characters, valid prefix of an email address for every kit

/** Network profiles. `slow4g` is Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU). */
export const profiles = [
  { id: 'loopback', name: 'loopback, no throttling' },
  { id: 'slow4g', name: 'Slow 4G (150 ms RTT, 1.6/0.75 Mbit/s) + 4× CPU slowdown', latency: 150, down: 1_600_000 / 8, up: 750_000 / 8, cpu: 4 },
];

/** Where the kit remembers a config (src/query/rememberedConfig.ts): `fdk-user-react:config:<applicationId>:<name>`. */
const rememberedPrefix = 'fdk-user-react:config:';
const rememberedCount = (prefix) => Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)).length;

/** Installed before any page script: counts the remembered configs, records when `selector` becomes an interactive field. */
function watchField({ selector, prefix }) {
  const bench = (window.__bench ??= { commits: 0, errors: [] });
  bench.selector = selector;
  try {
    bench.rememberedAtStart = Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)).length;
  } catch {
    bench.rememberedAtStart = -1; // storage unavailable
  }
  const check = () => {
    if (bench.interactiveAt != null) return;
    const field = document.querySelector(selector);
    if (field && !field.disabled && !field.readOnly && field.getClientRects().length > 0) {
      bench.interactiveAt = performance.now();
      bench.commitsAtInteractive = bench.commits;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

function isApi(entry) {
  return entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest' || entry.initiatorType === 'beacon';
}

async function loadOnce(browser, baseUrl, page, profile) {
  const context = await browser.newContext(); // a fresh context: empty localStorage, empty HTTP cache
  try {
    if (page.visit === 'repeat') {
      // The first visit (not timed, not throttled) in a tab of its own, closed once the kit has stored the config
      // it fetched: the timed visit then gets a tab (and renderer) of its own too, as the other pages do.
      const first = await context.newPage();
      await first.goto(`${baseUrl}/${page.file}`, { waitUntil: 'load' });
      await first.waitForFunction(rememberedCount, rememberedPrefix, { timeout: 30_000, polling: 50 });
      await first.close();
    }
    const tab = await context.newPage();
    if (profile.latency || profile.cpu) {
      const cdp = await context.newCDPSession(tab);
      if (profile.latency) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up });
      }
      if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    await tab.addInitScript(watchField, { selector: page.selector, prefix: rememberedPrefix });
    const consoleErrors = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => consoleErrors.push(String(error)));

    await tab.goto(`${baseUrl}/${page.file}`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__bench?.interactiveAt != null, null, { timeout: 30_000, polling: 50 });
    const field = tab.locator(page.selector);
    if (!(await field.isEditable())) throw new Error(`${page.id}: ${page.selector} is not editable`);
    const loaded = await tab.evaluate(() => ({
      rememberedAtStart: window.__bench.rememberedAtStart,
      interactiveAt: window.__bench.interactiveAt,
      commitsAtInteractive: window.__bench.commitsAtInteractive,
      fieldCommit: window.__bench.fieldCommit,
      resources: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, initiatorType: entry.initiatorType, startTime: entry.startTime })),
    }));
    const before = loaded.resources.filter((entry) => isApi(entry) && entry.startTime <= loaded.interactiveAt);
    // A first visit must start with nothing remembered, a repeat visit with the config stored, or the numbers lie.
    const expected = page.visit === 'repeat' ? loaded.rememberedAtStart > 0 : loaded.rememberedAtStart === 0;
    if (!expected) throw new Error(`${page.id}: ${loaded.rememberedAtStart} remembered config(s) in localStorage at the start of a ${page.visit} visit`);

    await field.focus();
    await tab.evaluate(() => {
      window.__bench.commits = 0;
      window.__bench.typingStartedAt = performance.now();
    });
    await tab.keyboard.type(TYPED, { delay: 50 });
    await tab.waitForTimeout(400);
    const typed = await tab.evaluate(() => ({
      commits: window.__bench.commits,
      value: document.activeElement?.value,
      errors: window.__bench.errors,
      during: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= window.__bench.typingStartedAt && (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest')).length,
      // Started after the field was usable and before typing ended (a remembered config's background revalidation).
      after: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime > window.__bench.interactiveAt && (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest'))
        .map((entry) => new URL(entry.name).pathname),
    }));
    if (typed.value !== TYPED) throw new Error(`${page.id}: typed "${TYPED}" but the field holds "${typed.value}"`);
    return {
      ms: loaded.interactiveAt,
      requests: before.length,
      requestUrls: before.map((entry) => new URL(entry.name).pathname),
      mountCommits: loaded.commitsAtInteractive,
      fieldCommit: loaded.fieldCommit,
      commitsPerKey: typed.commits / TYPED.length,
      requestsWhileTyping: typed.during,
      requestsAfterInteractive: typed.after,
      rememberedAtStart: loaded.rememberedAtStart,
      errors: [...typed.errors, ...consoleErrors],
    };
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, 150)); // let the closed context's renderer go away
  }
}

/**
 * Loads every page `runs` times per profile (interleaved, order rotated, after one discarded warm-up load each).
 * @returns {Promise<{ browserVersion: string, samples: Record<string, Record<string, Array<object>>> }>} samples[profile][page]
 */
export async function measureTiming({ baseUrl, pages, runs, log = () => {} }) {
  const browser = await launchChromium();
  const browserVersion = browser.version();
  const samples = {};
  try {
    for (const profile of profiles) {
      samples[profile.id] = Object.fromEntries(pages.map((page) => [page.id, []]));
      for (const page of pages) await loadOnce(browser, baseUrl, page, profile);
      for (let run = 0; run < runs; run++) {
        // Rotate the order so that no page always follows the same one.
        const order = pages.map((_, index) => pages[(index + run) % pages.length]);
        for (const page of order) samples[profile.id][page.id].push(await loadOnce(browser, baseUrl, page, profile));
        log(`  ${profile.id}: run ${run + 1}/${runs}`);
      }
    }
  } finally {
    await browser.close();
  }
  return { browserVersion, samples };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
