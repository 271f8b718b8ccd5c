import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { BrowserCommand } from 'vitest/node';

/*
 * Commands the stories call from the browser (Vitest browser mode runs them in Node, next to Playwright's page):
 * the colour scheme the page reports to CSS, and the comparison of a screenshot with its committed baseline.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
/** The committed baselines, one PNG per name. */
export const baselineDir = path.join(here, 'baselines');
/** What a failed comparison leaves behind for review (git-ignored): the screenshot taken and the diff. */
export const diffDir = path.join(here, '__diff__');

/** How close a screenshot must be to its baseline. */
export interface ScreenshotTolerance {
  /** pixelmatch's per-pixel colour threshold (YIQ distance, 0 strict … 1 lenient). */
  threshold: number;
  /** The largest share of differing pixels that still passes (0 … 1). */
  maxDiffRatio: number;
}

/** The tolerance of every comparison unless a story gives its own. */
export const defaultTolerance: ScreenshotTolerance = { threshold: 0.1, maxDiffRatio: 0.001 };

/** Options of {@link compareScreenshot}. */
export interface CompareScreenshotOptions extends Partial<ScreenshotTolerance> {
  /**
   * Rewrite the baseline with this screenshot. Default: when `UPDATE_SCREENSHOTS=1` or Vitest runs with `-u`
   * (`npm run screenshots:update`); `false` forces a comparison (the test that a visible change fails).
   */
  update?: boolean;
  /**
   * Also write the screenshot to `docs/images/<docs>.png` when `SCREENSHOTS_DOCS=1` (`npm run screenshots`: the
   * README's pictures).
   */
  docs?: string;
}

/** What {@link compareScreenshot} found. */
export interface ScreenshotComparison {
  /** `same` within the tolerance, `different`, `written` (baseline rewritten), `missing` (no baseline yet). */
  status: 'same' | 'different' | 'written' | 'missing';
  /** The screenshot's size, and the baseline's (when there is one). */
  size: string;
  baselineSize?: string;
  /** Differing pixels and their share of the picture (`1` when the sizes differ). */
  differing: number;
  ratio: number;
  /** The baseline's path, relative to the repository. */
  baseline: string;
  /** Where the screenshot and the diff were saved, when they differ. */
  diff?: string;
}

const root = path.resolve(here, '../..');
/** The README's pictures (`npm run screenshots`). */
export const docsDir = path.join(root, 'docs', 'images');
const relative = (file: string) => path.relative(root, file);
const sizeOf = (png: PNG) => `${png.width}×${png.height}`;

/**
 * Compares a PNG (base64, from `page.screenshot`) with `test/screenshots/baselines/<name>.png` by pixelmatch;
 * writes the baseline instead when updating. On a difference, saves `<name>.actual.png` and `<name>.diff.png` in
 * `test/screenshots/__diff__/`.
 */
export const compareScreenshot: BrowserCommand<[name: string, base64: string, options?: CompareScreenshotOptions], ScreenshotComparison> = (context, name, base64, options = {}) => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`compareScreenshot: the name "${name}" must be lower-case letters, digits and dashes`);
  const file = path.join(baselineDir, `${name}.png`);
  const actual = PNG.sync.read(Buffer.from(base64, 'base64'));
  if (options.docs) saveDocsPicture(options.docs, base64);
  const update = options.update ?? (process.env.UPDATE_SCREENSHOTS === '1' || context.project.config.snapshotOptions.updateSnapshot === 'all');
  const result = { size: sizeOf(actual), baseline: relative(file), differing: 0, ratio: 0 };
  rmSync(path.join(diffDir, `${name}.actual.png`), { force: true });
  rmSync(path.join(diffDir, `${name}.diff.png`), { force: true });
  if (update) {
    mkdirSync(baselineDir, { recursive: true });
    // Written again from the decoded pixels (the same picture always gives the same bytes), unfiltered: flat UI
    // colours compress best so.
    writeFileSync(file, PNG.sync.write(actual, { colorType: 2, deflateLevel: 9, deflateStrategy: 0, filterType: 0 }));
    return { ...result, status: 'written' };
  }
  if (!existsSync(file)) return { ...result, status: 'missing' };
  const expected = PNG.sync.read(readFileSync(file));
  const keep = (diff?: PNG) => {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(path.join(diffDir, `${name}.actual.png`), PNG.sync.write(actual));
    if (diff) writeFileSync(path.join(diffDir, `${name}.diff.png`), PNG.sync.write(diff));
    return relative(path.join(diffDir, `${name}.actual.png`));
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { ...result, status: 'different', baselineSize: sizeOf(expected), differing: actual.width * actual.height, ratio: 1, diff: keep() };
  }
  const { threshold, maxDiffRatio } = { ...defaultTolerance, ...options };
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold });
  const ratio = differing / (actual.width * actual.height);
  const same = ratio <= maxDiffRatio;
  return { ...result, status: same ? 'same' : 'different', baselineSize: sizeOf(expected), differing, ratio, ...(same ? {} : { diff: keep(diff) }) };
};

/** Whether `npm run screenshots` runs the stories (`SCREENSHOTS_DOCS=1`): the README's pictures are wanted. */
export const docsPicturesWanted: BrowserCommand<[]> = () => process.env.SCREENSHOTS_DOCS === '1';

/** Writes `docs/images/<name>.png` when the README's pictures are wanted (see {@link docsPicturesWanted}). */
function saveDocsPicture(name: string, base64: string): void {
  if (process.env.SCREENSHOTS_DOCS !== '1') return;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`the docs picture's name "${name}" must be lower-case letters, digits and dashes`);
  mkdirSync(docsDir, { recursive: true });
  writeFileSync(path.join(docsDir, `${name}.png`), PNG.sync.write(PNG.sync.read(Buffer.from(base64, 'base64')), { colorType: 2, deflateLevel: 9, deflateStrategy: 0, filterType: 0 }));
}

/** Saves a picture for the README (`docs/images/<name>.png`) when they are wanted; nothing otherwise. */
export const saveDocsImage: BrowserCommand<[name: string, base64: string]> = (_context, name, base64) => {
  saveDocsPicture(name, base64);
};

/** Makes the page report `prefers-color-scheme: light` or `dark` to CSS (Playwright's media emulation). */
export const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark']> = async (context, scheme) => {
  if (!('page' in context)) throw new Error('emulateColorScheme needs the Playwright provider');
  await context.page.emulateMedia({ colorScheme: scheme });
};

/** The commands, for `test.browser.commands` of the storybook projects. */
export const browserCommands = { compareScreenshot, emulateColorScheme, docsPicturesWanted, saveDocsImage };

declare module 'vitest/browser' {
  interface BrowserCommands {
    compareScreenshot: (name: string, base64: string, options?: CompareScreenshotOptions) => Promise<ScreenshotComparison>;
    emulateColorScheme: (scheme: 'light' | 'dark') => Promise<void>;
    docsPicturesWanted: () => Promise<boolean>;
    saveDocsImage: (name: string, base64: string) => Promise<void>;
  }
}
