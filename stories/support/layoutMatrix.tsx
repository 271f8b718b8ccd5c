import { useSyncExternalStore, type ReactNode } from 'react';
import type { Messages } from '../../src/i18n/messages';
import { loadMessages } from '../../src/i18n/loadMessages';
import { layoutProblems } from './expectFits';
import { settled, vitestBrowser } from './vitestBrowser';
import { expect } from 'storybook/test';

/** The widths every screen is checked at (px): small and common phones, a tablet, a laptop. */
export const layoutWidths = [320, 360, 768, 1280] as const;

/**
 * The looks every screen is checked in: the colour scheme the browser reports (`prefers-color-scheme`, emulated)
 * and the writing direction (RTL with the kit's Arabic messages).
 */
export const layoutLooks = [
  { scheme: 'light', direction: 'ltr' },
  { scheme: 'dark', direction: 'ltr' },
  { scheme: 'light', direction: 'rtl' },
  { scheme: 'dark', direction: 'rtl' },
] as const;

/** One look of {@link layoutLooks}. */
export type LayoutLook = (typeof layoutLooks)[number];

let current: LayoutLook = layoutLooks[0];
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Switches the {@link LayoutFrame} of the story to a look. */
function showLook(look: LayoutLook): void {
  current = look;
  for (const listener of listeners) listener();
}

/**
 * The story's loader of the Arabic messages (`loaders: [arabicLoader]`): the frame gives them to the screen in RTL.
 * @example
 * export const Login: Story = { loaders: [arabicLoader], render: (_, { loaded }) => <LayoutFrame arabic={loaded.arabic}>… };
 */
export async function arabicLoader(): Promise<{ arabic: Partial<Messages> }> {
  return { arabic: await loadMessages('ar') };
}

/**
 * Renders the screen of a layout story in the current look: `children(messages)` gets the Arabic messages in RTL
 * (give them to the screen's `messages`), `undefined` in LTR; a design of the app's own follows the frame's `dir`.
 * The screen keeps its state across looks.
 */
export function LayoutFrame({ arabic, children }: { arabic: Partial<Messages> | undefined; children: (messages: Partial<Messages> | undefined) => ReactNode }) {
  const look = useSyncExternalStore(subscribe, () => current);
  return (
    <div dir={look.direction} data-layout-look={`${look.scheme} ${look.direction}`}>
      {children(look.direction === 'rtl' ? arabic : undefined)}
    </div>
  );
}

/**
 * Checks the layout rule (`layoutProblems`: no sideways scroll, no control past its container or the viewport, no
 * overlapping controls) of the story's screen in every look × width, and fails once with every problem found.
 * Under Vitest only (it resizes the viewport); in Storybook it checks the current viewport and look.
 * @example
 * play: async ({ canvasElement }) => {
 *   await canvas.findByRole('button', { name: 'Sign in' });
 *   await expectLayoutsHold(canvasElement);
 * }
 */
export async function expectLayoutsHold(canvasElement: HTMLElement, { ready }: { ready?: () => Promise<unknown> } = {}): Promise<void> {
  const browser = await vitestBrowser();
  if (!browser) {
    await expect(layoutProblems(canvasElement)).toEqual([]);
    return;
  }
  const problems: string[] = [];
  try {
    for (const look of layoutLooks) {
      await browser.commands.emulateColorScheme(look.scheme);
      showLook(look);
      await settled();
      // The screens take their direction from the messages' language.
      for (const screen of canvasElement.querySelectorAll('.fdk-auth, .fdk-profile')) await expect(screen).toHaveAttribute('dir', look.direction);
      await ready?.();
      for (const width of layoutWidths) {
        await browser.page.viewport(width, 900);
        await settled();
        problems.push(...layoutProblems(canvasElement).map((problem) => `${width}px ${look.scheme} ${look.direction}: ${problem}`));
      }
    }
  } finally {
    showLook(layoutLooks[0]);
    await browser.commands.emulateColorScheme('light');
  }
  await expect(problems).toEqual([]);
}
