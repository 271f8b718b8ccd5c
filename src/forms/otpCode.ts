/** Characters allowed in a one-time code. */
export const OTP_DIGITS = /^\d+$/;
/** What may separate digit groups in a pasted code (`123 456`, `123-456`, `123.456`). */
export const OTP_SEPARATORS = /[\s\-.\u00a0\u2013\u2014]/g;
/** The shortest and longest code length the kit supports. */
export const OTP_LENGTH_RANGE = { min: 4, max: 8 } as const;

/**
 * Where digit zero is in each script whose digits a shopper may type (Unicode puts 0 to 9 in a run of ten):
 * Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil,
 * Telugu, Kannada, Malayalam, Thai and full-width.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xff10];

/**
 * Turns the digits of the scripts in `DIGIT_ZEROS` into ASCII digits, leaving everything else as it is.
 * @example
 * asciiDigits('١٢٣٤'); // '1234'
 * asciiDigits('+९१ ९८७६५'); // '+91 98765'
 */
export function asciiDigits(input: string): string {
  return input.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/**
 * Normalises what was typed or pasted into a code: other scripts' digits read as ASCII digits (`١٢٣٤`, `१२३४`,
 * `１２３４` → `1234`), separators removed, anything else dropped, cut to `length`.
 * @example
 * normalizeOtp('123 456', 6); // '123456'
 * normalizeOtp('Your code: 123-456', 6); // '123456'
 * normalizeOtp('١٢٣٤', 4); // '1234'
 */
export function normalizeOtp(input: string, length: number): string {
  return asciiDigits(input).replace(OTP_SEPARATORS, '').replace(/\D/g, '').slice(0, length);
}

/** One box of an OTP entry, as data: the consumer renders it as it likes. */
export interface OtpSlot {
  /** Position, from 0. */
  index: number;
  /** The digit in it, or `undefined`. */
  char: string | undefined;
  /** Whether the next digit typed goes here (and the input has focus). */
  isActive: boolean;
}

/** The slots for a code of `length` digits. */
export function otpSlots(code: string, length: number, focused: boolean): OtpSlot[] {
  return Array.from({ length }, (_, index) => ({
    index,
    char: code[index],
    isActive: focused && (index === code.length || (code.length === length && index === length - 1)),
  }));
}
