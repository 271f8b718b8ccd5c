import type * as VitestBrowser from 'vitest/browser';

/**
 * Vitest browser mode's API (`page`, `commands` …) when the story runs as a test (`vitest --project storybook`),
 * `undefined` when it is shown in Storybook (where `vitest/browser` cannot load): the layout and screenshot checks
 * need Vitest to resize the viewport and to reach Node, and are skipped in Storybook.
 */
export async function vitestBrowser(): Promise<typeof VitestBrowser | undefined> {
  if (!(globalThis as { __vitest_browser__?: unknown }).__vitest_browser__) return undefined;
  return import('vitest/browser');
}

/** Two animation frames: styles, layout and paint have followed the last change. */
export function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
