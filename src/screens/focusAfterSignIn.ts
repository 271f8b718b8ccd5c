/**
 * After a sign-in the storefront usually navigates; if nothing took focus by the next frames (focus is on the
 * page's body, or on an element that is gone), it goes to the page's main heading (`main h1`, else the first
 * `h1`), made focusable for it, so that keyboard and screen-reader users start from the new page's top.
 */
export function focusMainHeadingSoon(): void {
  if (typeof window === 'undefined') return;
  window.setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, 60);
}
