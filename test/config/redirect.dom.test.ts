import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../src/config/redirect';

describe('safeRedirect in a browser', () => {
  it('takes the current origin from location.origin', () => {
    const here = `${location.origin}/account?tab=orders#top`;
    expect(safeRedirect(here)).toBe('/account?tab=orders#top');
    expect(safeRedirect('https://evil.com/account')).toBe('/');
  });

  it('lets options.currentOrigin override location.origin', () => {
    expect(safeRedirect(`${location.origin}/account`, { currentOrigin: 'https://shop.example' })).toBe('/');
    expect(safeRedirect('https://shop.example/account', { currentOrigin: 'https://shop.example' })).toBe('/account');
  });

  it('sends the browser where it says: a kept path resolves on this origin', () => {
    for (const target of ['/account?tab=orders#top', '/a//b', '/@brand/store', '//evil.com', '/\\evil.com', '/%2F%2Fevil.com']) {
      const resolved = new URL(safeRedirect(target), location.href);
      expect(resolved.origin).toBe(location.origin);
    }
  });
});
