import { describe, expect, it } from 'vitest';
import { isReadableText, READABLE_TEXT_MAX_LENGTH } from '../../src/client/readableText';

/** Texts a shopper may see as they are: short human sentences, in any script. */
const readable = [
  'Entered OTP is invalid, please retry',
  'Password or username is incorrect',
  'This account has been disabled',
  'Mobile number is required',
  'Invalid Mobile Number',
  'Invalid email address',
  'Incorrect email address',
  'Email cannot exceed 50 characters',
  'Invalid OTP. Please try again',
  'User not found',
  'Forbidden',
  'Too many requests',
  'Slow down!',
  'Internal server error',
  "You've reached the limit for today. Try again in 30 minutes.",
  'Password is too weak',
  'Please wait 30 s before asking for a new code',
  'This mobile number (primary) cannot be deleted',
  'Session expired - please sign in again',
  'Resend OTP after 30 seconds',
  'Le code saisi est incorrect, veuillez réessayer.',
  'Das Passwort ist falsch.',
  'El número de móvil no es válido',
  'दर्ज किया गया ओटीपी अमान्य है, कृपया पुनः प्रयास करें।',
  'यह खाता निष्क्रिय कर दिया गया है',
  'رمز التحقق غير صحيح، يرجى المحاولة مرة أخرى',
  'هذا الحساب معطل',
  'このアカウントは無効になっています',
  'Код подтверждения неверный',
  'ওটিপি সঠিক নয়, আবার চেষ্টা করুন',
  'கடவுச்சொல் தவறானது',
];

/** Texts that are not for shoppers: code, dumps, paths, markup, stack frames, or simply too long. */
const unreadable = [
  'at UserController.login (/srv/app/controllers/user.js:42:17)',
  'TypeError: Cannot read properties of undefined (reading \'mobile\')\n    at Object.<anonymous> (/srv/app/index.js:1:1)',
  '[object Object]',
  '{"error":"invalid_grant","error_description":"Bad credentials"}',
  '{ error: { code: 11000 } }',
  'E11000 duplicate key error collection: users index: email_1 dup key: { email: "ana@example.com" }',
  'SELECT * FROM users WHERE email = \'ana@example.com\'',
  'ERROR:  duplicate key value violates unique constraint "users_email_key"',
  'syntax error at or near "FROM"',
  'column users.email does not exist',
  '/srv/app/node_modules/mongoose/lib/model.js',
  'C:\\inetpub\\wwwroot\\web.config',
  'ENOENT: no such file or directory, open \'/etc/app/config.json\'',
  'connect ECONNREFUSED 127.0.0.1:27017',
  '<html><body><h1>502 Bad Gateway</h1></body></html>',
  '<b>Bad</b> request',
  'Error: Request failed with status code 500',
  'NullPointerException at line 4',
  'java.lang.NullPointerException',
  'undefined',
  'null',
  'NaN',
  'status: 400, code: INVALID_OTP',
  'code: OTP_INVALID',
  'INVALID_MOBILE_NUMBER',
  'user.mobile is required',
  'getUserById() returned nothing',
  'https://api.fynd.com/service/application/user/authentication/v1.0/login/otp',
  'Traceback (most recent call last):\n  File "app.py", line 3',
  'x'.repeat(READABLE_TEXT_MAX_LENGTH + 1),
  `${'Please try again later. '.repeat(12)}`.trim(),
  '12345 67890 12345',
  '...',
  '',
  '   ',
  '\u0000\u0001',
];

describe('isReadableText', () => {
  it('has at least 30 texts of each kind under test', () => {
    expect(readable.length).toBeGreaterThanOrEqual(30);
    expect(unreadable.length).toBeGreaterThanOrEqual(30);
  });

  it.each(readable)('shows %j', (text) => {
    expect(isReadableText(text)).toBe(true);
    expect(isReadableText(`  ${text}\n`)).toBe(true);
  });

  it.each(unreadable)('hides %j', (text) => {
    expect(isReadableText(text)).toBe(false);
  });

  it('bounds the length', () => {
    const sentence = 'Please try again ';
    const long = sentence.repeat(Math.ceil(READABLE_TEXT_MAX_LENGTH / sentence.length) + 1).trim();
    expect(long.length).toBeGreaterThan(READABLE_TEXT_MAX_LENGTH);
    expect(isReadableText(long)).toBe(false);
    expect(isReadableText(long.slice(0, READABLE_TEXT_MAX_LENGTH).trim())).toBe(true);
  });

  it.each([undefined, null, 42, {}, ['Invalid OTP'], { toString: () => 'Invalid OTP' }])('refuses the non-string %j', (value) => {
    expect(isReadableText(value)).toBe(false);
  });
});
