import { expect } from 'storybook/test';
import { settled, vitestBrowser } from './vitestBrowser';

/** Options of {@link expectScreenshot}. */
export interface ExpectScreenshotOptions {
  /** The viewport's width in CSS pixels (the picture is the screen at this width). Default 420. */
  width?: number;
  /** The colour scheme the page reports (`prefers-color-scheme`). Default `light`. */
  scheme?: 'light' | 'dark';
  /** Also save the picture as `docs/images/<docs>.png` when `npm run screenshots` runs the stories. */
  docs?: string;
  /** Parts that change from run to run (a countdown): drawn as plain boxes in the picture. */
  mask?: Element[];
}

/**
 * Compares a picture of `element` (the screen) with its committed baseline, `test/screenshots/baselines/<name>.png`,
 * by pixelmatch with a tolerance (test/screenshots/browserCommands.ts). Deterministic: no caret, no animation or
 * transition, nothing focused, the page's system font stack, one device pixel per CSS pixel.
 * Update the baselines after a deliberate change with `npm run screenshots:update`.
 * Under Vitest only; in Storybook it does nothing.
 * @example
 * await expectScreenshot('auth-sign-in', canvasElement.querySelector('.fdk-auth')!, { width: 420 });
 */
export async function expectScreenshot(name: string, element: Element, { width = 420, scheme = 'light', docs, mask }: ExpectScreenshotOptions = {}): Promise<void> {
  const browser = await vitestBrowser();
  if (!browser) return;
  try {
    await browser.commands.emulateColorScheme(scheme);
    await browser.page.viewport(width, 900);
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await settled();
    // As tall as the screen: the whole of it in the picture, nothing below it.
    await browser.page.viewport(width, Math.max(200, Math.ceil(element.getBoundingClientRect().height)));
    await settled();
    const shoot = (masked: boolean) => browser.page.screenshot({ element, save: false, animations: 'disabled', caret: 'hide', scale: 'css', ...(masked && mask ? { mask, maskColor: '#9ca3af' } : {}) } as Parameters<typeof browser.page.screenshot>[0] & { save: false });
    const base64 = await shoot(true);
    // The README's picture shows the masked parts as they are.
    const docsApart = docs !== undefined && mask !== undefined && (await browser.commands.docsPicturesWanted());
    if (docsApart) await browser.commands.saveDocsImage(docs, await shoot(false));
    const result = await browser.commands.compareScreenshot(name, base64, { docs: docsApart ? undefined : docs });
    const help = `${name}: ${result.status} (${result.size}${result.baselineSize ? ` vs baseline ${result.baselineSize}` : ''}, ${result.differing} px differ, ${(result.ratio * 100).toFixed(3)}%)${result.diff ? `; see ${result.diff} and the .diff.png beside it` : ''}. After a deliberate change: npm run screenshots:update`;
    await expect(['same', 'written'], help).toContain(result.status);
  } finally {
    await browser.commands.emulateColorScheme('light');
  }
}
