import { describe, expect, it } from 'vitest';
import { normalizeOtp, otpSlots } from '../../src/forms/otpCode';
import { parseIdentifier } from '../../src/forms/identifier';

describe('normalizeOtp', () => {
  it.each([
    ['123456', 6, '123456'],
    ['123 456', 6, '123456'],
    ['123-456', 6, '123456'],
    ['123.456', 6, '123456'],
    ['123\u00a0456', 6, '123456'],
    ['Your code is 123456.', 6, '123456'],
    ['1234567890', 6, '123456'],
    ['12 34', 4, '1234'],
    ['abc', 6, ''],
    ['', 6, ''],
  ])('%j (length %i) → %j', (input, length, expected) => {
    expect(normalizeOtp(input, length)).toBe(expected);
  });
});

describe('otpSlots', () => {
  it('gives one slot per digit with the next one active while focused', () => {
    const slots = otpSlots('12', 6, true);
    expect(slots.map((slot) => slot.char)).toEqual(['1', '2', undefined, undefined, undefined, undefined]);
    expect(slots.map((slot) => slot.isActive)).toEqual([false, false, true, false, false, false]);
  });

  it('keeps the last slot active when full, and none when not focused', () => {
    expect(otpSlots('123456', 6, true)[5]!.isActive).toBe(true);
    expect(otpSlots('12', 6, false).some((slot) => slot.isActive)).toBe(false);
  });
});

describe('parseIdentifier', () => {
  const both = { email: true, mobile: true };
  it.each([
    ['ana@example.com', both, { kind: 'email', email: 'ana@example.com' }],
    ['  ana@example.com ', both, { kind: 'email', email: 'ana@example.com' }],
    ['98765 43210', both, { kind: 'mobile', mobile: '9876543210' }],
    ['98765-43210', both, { kind: 'mobile', mobile: '9876543210' }],
    ['(987) 654-3210', both, { kind: 'mobile', mobile: '9876543210' }],
    ['ana@', both, { kind: 'invalid' }],
    ['12345', both, { kind: 'invalid' }],
    ['ana@example.com', { email: false, mobile: true }, { kind: 'invalid' }],
    ['9876543210', { email: true, mobile: false }, { kind: 'invalid' }],
    ['hello', both, { kind: 'invalid' }],
  ])('%j → %j', (input, allowed, expected) => {
    expect(parseIdentifier(input, allowed)).toEqual(expected);
  });
});
