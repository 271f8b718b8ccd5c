import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../../src/config/redirect';

const options = { currentOrigin: 'https://shop.example', allowedOrigins: ['https://checkout.example'] };

describe('safeRedirect: refused targets fall back to /', () => {
  it.each([
    '//evil.com',
    '//evil.com/account',
    '///evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    '\\/evil.com',
    '/%2F%2Fevil.com',
    '/%2f/evil.com',
    '%2F%2Fevil.com',
    '/%252F%252Fevil.com',
    '/%25252F%25252Fevil.com',
    `/${'%25'.repeat(1) + '25'.repeat(8)}2F%2Fevil.com`,
    '/%5Cevil.com',
    '/%5C%5Cevil.com',
    '/%09/evil.com',
    '/%0d%0aSet-Cookie:x=1',
    '/%E2%80%A8/evil.com',
    '/%C2%A0/evil.com',
    '/..//evil.com',
    '/.//evil.com',
    'https:evil.com',
    'https:/evil.com',
    'https://evil.com',
    'HTTPS://EVIL.COM/account',
    'http://shop.example/account',
    'https://shop.example.evil.com/',
    'https://shop.example@evil.com/',
    'https://user:pass@shop.example/account',
    'https://evil.com#@shop.example',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'javascript://shop.example/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'user@evil.com',
    'evil.com',
    'account',
    './account',
    '../account',
    '?next=//evil.com',
    '#top',
    '/\t/evil.com',
    '/\n/evil.com',
    '/account\r\n',
    ' /account',
    '  //evil.com',
    '\u0000/account',
    '/\u2028/evil.com',
    '/account\u00a0',
    '/100%',
    '/search?q=a\\b',
    '',
    `/${'a'.repeat(2100)}`,
  ])('%j', (target) => {
    expect(safeRedirect(target, options)).toBe('/');
  });

  it.each([undefined, null, 42, true, {}, ['/account'], { toString: () => '/account' }, new URL('https://shop.example/account')])(
    'the non-string %j',
    (target) => {
      expect(safeRedirect(target, options)).toBe('/');
    },
  );
});

describe('safeRedirect: accepted targets', () => {
  it.each([
    '/',
    '/account',
    '/account?tab=orders#top',
    '/account/orders?page=2&sort=desc',
    '/search?q=%2F%2Fevil.com',
    '/search?q=100%25',
    '/search?q=100%',
    '/products/red%20shoes-42?ref=//x#section/2',
    '/%20/not-a-host',
    '/cart#',
    '/@brand/store',
    '/a//b',
  ])('keeps the path %j exactly', (target) => {
    expect(safeRedirect(target, options)).toBe(target);
  });

  it('returns a same-origin absolute URL as a path', () => {
    expect(safeRedirect('https://shop.example/account?tab=orders#top', options)).toBe('/account?tab=orders#top');
    expect(safeRedirect('HTTPS://SHOP.EXAMPLE', options)).toBe('/');
    expect(safeRedirect('https://shop.example:443/cart', options)).toBe('/cart');
  });

  it('refuses a same-origin absolute URL whose path is a trick', () => {
    expect(safeRedirect('https://shop.example//evil.com', options)).toBe('/');
    expect(safeRedirect('https://shop.example/%2F%2Fevil.com', options)).toBe('/');
  });

  it('returns an allowed origin as the full URL', () => {
    expect(safeRedirect('https://checkout.example/pay?id=1#x', options)).toBe('https://checkout.example/pay?id=1#x');
    expect(safeRedirect('https://checkout.example', options)).toBe('https://checkout.example/');
  });

  it('compares allowed origins by scheme, host and port', () => {
    expect(safeRedirect('http://checkout.example/pay', options)).toBe('/');
    expect(safeRedirect('https://checkout.example:8443/pay', options)).toBe('/');
    expect(safeRedirect('https://sub.checkout.example/pay', options)).toBe('/');
    expect(safeRedirect('https://checkout.example:8443/pay', { allowedOrigins: ['https://checkout.example:8443/any/path'] })).toBe(
      'https://checkout.example:8443/pay',
    );
  });

  it('ignores allowed origins that are not URLs', () => {
    expect(safeRedirect('https://checkout.example/pay', { allowedOrigins: ['checkout.example', '*', ''] })).toBe('/');
  });

  it('refuses every absolute URL when there is no current origin and no allowed origin', () => {
    expect(safeRedirect('https://shop.example/account')).toBe('/');
    expect(safeRedirect('/account')).toBe('/account');
  });
});

describe('safeRedirect: fallback', () => {
  it('returns the given fallback for refused targets only', () => {
    expect(safeRedirect('//evil.com', { fallback: '/home' })).toBe('/home');
    expect(safeRedirect(undefined, { fallback: '/home' })).toBe('/home');
    expect(safeRedirect('/account', { fallback: '/home' })).toBe('/account');
  });
});

describe('safeRedirect: encoded dot segments and other encodings', () => {
  // Each is decoded until it stops changing (at most 10 rounds) and judged at every round.
  it.each([
    '/.%2e/%2fevil.com',
    '/%252e%252e//evil.com',
    '/%2e%2e//evil.com',
    '/%2E%2E/%2F/evil.com',
    '/.%2E//evil.com',
    '/%2e./%2fevil.com',
    '/%25252e%25252e%25252f%25252fevil.com',
    '/a/%2e%2e/%2e%2e//evil.com',
    '/a/..//evil.com',
    '/..',
    '/a/%2e',
    '/%2e%2e%5c%5cevil.com',
    '/%2F%2fevil.com',
    '/%2f%2F%2Fevil.com',
    '/%5Cevil.com',
    '/%5c/evil.com',
    '/%255C%255Cevil.com',
    '/\\evil.com',
    '//evil.com',
    '/\t/evil.com',
    '/%09/evil.com',
    '/%0A/evil.com',
    '/%0d/evil.com',
    '/%2509/evil.com',
    '/%00/evil.com',
    `/${'%25'.repeat(1)}${'25'.repeat(11)}61`,
  ])('refuses %j', (target) => {
    expect(safeRedirect(target, options)).toBe('/');
  });

  it.each(['https://shop.example/.%2e/%2fevil.com', 'https://shop.example/%252e%252e//evil.com', 'https://shop.example/a/%2e%2e%2f%2fevil.com'])(
    'refuses the same-origin absolute URL %j',
    (target) => {
      expect(safeRedirect(target, options)).toBe('/');
    },
  );

  it.each(['/a.b/c', '/.well-known/x', '/..a/b', '/a%2Fb', '/%2561', '/file.%2e.txt'])('still keeps the path %j', (target) => {
    expect(safeRedirect(target, options)).toBe(target);
  });
});
