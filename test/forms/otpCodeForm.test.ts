import { describe, expect, it } from 'vitest';
import { otpCodeSchema, otpSentToText, otpTimerKey } from '../../src/forms/otp/otpCodeForm';
import { messages } from '../../src/i18n/messages';

describe('the code entry, as data', () => {
  it('wants exactly the provider’s number of digits, and says how many', () => {
    const schema = otpCodeSchema(4, messages);
    expect(schema.safeParse({ code: '1234' }).success).toBe(true);
    const short = schema.safeParse({ code: '123' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe('Enter the 4-digit code.');
    expect(otpCodeSchema(6, messages).safeParse({ code: '1234' }).success).toBe(false);
  });

  it('keys the resend countdown by request, else by where the code went (no code, no key)', () => {
    expect(otpTimerKey(undefined)).toBeUndefined();
    expect(otpTimerKey({ channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: 'r1' })).toBe('mobile:r1');
    expect(otpTimerKey({ channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: '' })).toBe('mobile:91:9876543210');
    expect(otpTimerKey({ channel: 'email', email: 'ana@example.com' })).toBe('email:ana@example.com');
  });

  it('says where the code went, with the country code of a mobile', () => {
    expect(otpSentToText(undefined, messages)).toBe('');
    expect(otpSentToText({ channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: 'r1' }, messages)).toContain('+91 9876543210');
    expect(otpSentToText({ channel: 'email', email: 'ana@example.com' }, messages)).toContain('ana@example.com');
  });
});
