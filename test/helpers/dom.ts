import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** The value of an input or select. */
export const valueOf = (element: Element | null | undefined) => (element as HTMLInputElement | null | undefined)?.value;

/** Waits until the element has focus. */
export async function expectFocus(element: Element | null | undefined) {
  await waitFor(() => expect(document.activeElement).toBe(element));
}

/** The text of the elements an element's `aria-describedby` points at. */
export function descriptionOf(element: Element | null | undefined): string {
  const ids = element?.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** The text of the one `role="alert"` on the page, once there is one. */
export async function alertText(): Promise<string> {
  return (await screen.findByRole('alert')).textContent ?? '';
}

/** Waits `ms` of real time (to show that nothing more happens). */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));
