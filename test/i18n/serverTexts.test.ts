import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { serverTextName, serverTexts, type ServerTextName } from '../../src/client/serverTexts';
import { serverTextMessageKeys } from '../../src/i18n/serverTextMessages';

describe('the table of known server texts (flows.md F9)', () => {
  it('holds the eight texts Fynd storefronts translate, word for word', () => {
    expect(Object.values(serverTexts)).toEqual([
      'Entered OTP is invalid, please retry',
      'Password or username is incorrect',
      'This account has been disabled',
      'Mobile number is required',
      'Invalid Mobile Number',
      'Invalid email address',
      'Incorrect email address',
      'Email cannot exceed 50 characters',
    ]);
  });

  it('gives each a message key that exists', () => {
    for (const name of Object.keys(serverTexts) as ServerTextName[]) expect(messages[serverTextMessageKeys[name]], name).toBeTypeOf('string');
  });

  it('recognises a text whatever its case, punctuation and spacing', () => {
    expect(serverTextName('Entered OTP is invalid, please retry')).toBe('otpInvalid');
    expect(serverTextName('  entered otp is INVALID please retry. ')).toBe('otpInvalid');
    expect(serverTextName('Invalid Mobile Number')).toBe('mobileInvalid');
    expect(serverTextName('this account has been disabled!')).toBe('accountDisabled');
  });

  it('recognises nothing else', () => {
    expect(serverTextName('Entered OTP is invalid')).toBeUndefined();
    expect(serverTextName('')).toBeUndefined();
    expect(serverTextName(undefined)).toBeUndefined();
    expect(serverTextName('x'.repeat(500))).toBeUndefined();
  });
});
