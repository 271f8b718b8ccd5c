import { describe, expect, it } from 'vitest';
import { cssUrl, safeImageUrl } from '../../src/config/safeUrl';

describe('safeImageUrl', () => {
  it.each([
    ['https://cdn.example.com/login.jpg', 'https://cdn.example.com/login.jpg'],
    ['HTTPS://CDN.EXAMPLE.COM/Login.jpg', 'https://cdn.example.com/Login.jpg'],
    ['https://cdn.example.com:8443/a.png?v=2#x', 'https://cdn.example.com:8443/a.png?v=2#x'],
    ['  https://cdn.example.com/a.png  ', 'https://cdn.example.com/a.png'],
    ['https://cdn.example.com/a"b.png', 'https://cdn.example.com/a%22b.png'],
    ['/assets/login.jpg', '/assets/login.jpg'],
    ['/assets/login.jpg?v=3', '/assets/login.jpg?v=3'],
    ['/a/../b.png', '/b.png'],
  ])('accepts %j as %j', (input, expected) => {
    expect(safeImageUrl(input)).toBe(expected);
  });

  it.each([
    'http://cdn.example.com/login.jpg',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'blob:https://cdn.example.com/1234',
    'ftp://cdn.example.com/a.png',
    '//evil.com/a.png',
    '/\\evil.com/a.png',
    '\\\\evil.com\\a.png',
    '/..//evil.com/a.png',
    'https:evil.com/a.png',
    'https:/evil.com/a.png',
    'https://user:pass@cdn.example.com/a.png',
    'https://user@cdn.example.com/a.png',
    'https://:pass@cdn.example.com/a.png',
    'https://cdn.example.com/a b.png',
    'https://cdn.example.com/a\tb.png',
    '/a\nb.png',
    'login.jpg',
    'assets/login.jpg',
    '',
    '   ',
    `https://cdn.example.com/${'a'.repeat(3000)}.png`,
  ])('refuses %j', (input) => {
    expect(safeImageUrl(input)).toBeUndefined();
  });

  it.each([undefined, null, 42, { href: 'https://cdn.example.com/a.png' }])('refuses the non-string %j', (input) => {
    expect(safeImageUrl(input)).toBeUndefined();
  });
});

describe('cssUrl', () => {
  it('wraps a URL in url("…")', () => {
    expect(cssUrl('https://cdn.example.com/a.png')).toBe('url("https://cdn.example.com/a.png")');
  });

  it('escapes quotes, backslashes and control characters so the value cannot end early', () => {
    expect(cssUrl('/a"b')).toBe('url("/a\\22 b")');
    expect(cssUrl('/a\\b')).toBe('url("/a\\5c b")');
    expect(cssUrl('/a\nb')).toBe('url("/a\\a b")');
    const written = cssUrl('/a");}body{x:url("');
    expect(written).toBe('url("/a\\22 );}body{x:url(\\22 ")');
    // The only quotes left are the two that open and close the string.
    expect(written.slice('url("'.length, -'")'.length)).not.toContain('"');
  });
});
