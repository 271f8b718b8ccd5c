import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { looksLikePhone } from '../../../src/forms/identifier';
import { loadPhoneRules, resetPhoneRules } from '../../../src/forms/phone/phoneRulesLoader';
import { phoneError, readPhone } from '../../../src/forms/phone/readPhone';
import { messages } from '../../../src/i18n/messages';

describe('looksLikePhone: a number rather than an email', () => {
  it.each(['+91 98765 43210', '098765 43210', '9876543210', '(+971) 50-123-4567', '٩٨٧٦٥٤٣٢١٠'])('%s is a number', (typed) => {
    expect(looksLikePhone(typed)).toBe(true);
  });
  it.each(['ana@example.com', 'ana', '98765a', '', '   ', '+', '@9876543210'])('%j is not', (typed) => {
    expect(looksLikePhone(typed)).toBe(false);
  });
});

describe('readPhone before the phone library has loaded (the kit’s light check)', () => {
  beforeAll(() => resetPhoneRules());

  it('reads the three ways a shopper writes an Indian number alike', () => {
    const wire = { mobile: '9876543210', countryCode: '91' };
    expect(readPhone('+91 98765 43210', 'IN')).toMatchObject(wire);
    expect(readPhone('098765 43210', 'IN')).toMatchObject(wire);
    expect(readPhone('9876543210', 'IN')).toMatchObject(wire);
  });

  it('takes the calling code of a typed +code over the chosen country, and of the chosen country otherwise', () => {
    expect(readPhone('+971 50 123 4567', 'IN')).toEqual({ mobile: '501234567', countryCode: '971', country: 'AE' });
    expect(readPhone('50 123 4567', 'AE')).toEqual({ mobile: '501234567', countryCode: '971', country: 'AE' });
  });

  it('refuses emails, garbage and numbers too short or too long to be one', () => {
    for (const typed of ['ana@example.com', 'hello', '12345', '1234567890123456', '98-76-54a']) expect(readPhone(typed, 'IN'), typed).toBeUndefined();
  });
});

describe('readPhone with the phone library (libphonenumber-js, min metadata)', () => {
  beforeAll(() => loadPhoneRules());
  afterEach(() => undefined);

  it('reads the three forms of an Indian number, and a UAE number typed with or without its code', () => {
    expect(readPhone('+91 98765 43210', 'IN')).toEqual({ mobile: '9876543210', countryCode: '91', country: 'IN' });
    expect(readPhone('098765 43210', 'IN')).toEqual({ mobile: '9876543210', countryCode: '91', country: 'IN' });
    expect(readPhone('9876543210', 'IN')).toEqual({ mobile: '9876543210', countryCode: '91', country: 'IN' });
    expect(readPhone('050 123 4567', 'AE')).toEqual({ mobile: '501234567', countryCode: '971', country: 'AE' });
    expect(readPhone('+971 50 123 4567', 'IN')).toEqual({ mobile: '501234567', countryCode: '971', country: 'AE' });
  });

  it('refuses a number that is not valid in its country, emails and garbage', () => {
    expect(readPhone('50 123', 'AE')).toBeUndefined();
    expect(readPhone('98765 4321', 'IN')).toBeUndefined(); // nine digits: one short
    expect(readPhone('ana@example.com', 'IN')).toBeUndefined();
    expect(readPhone('+-+', 'IN')).toBeUndefined();
  });

  it('says why, naming the country when the number is not one of its own', () => {
    expect(phoneError('50 123', 'AE', messages)).toBe('Enter a valid mobile number for United Arab Emirates.');
    expect(phoneError('ana@', 'AE', messages)).toBe(messages.validationMobile);
    expect(phoneError('050 123 4567', 'AE', messages)).toBeUndefined();
  });
});
