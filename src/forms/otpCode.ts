/** Characters allowed in a one-time code. */
export const OTP_DIGITS = /^\d+$/;
/** What may separate digit groups in a pasted code (`123 456`, `123-456`, `123.456`). */
export const OTP_SEPARATORS = /[\s\-.\u00a0\u2013\u2014]/g;
/** The shortest and longest code length the kit supports. */
export const OTP_LENGTH_RANGE = { min: 4, max: 8 } as const;

/**
 * Normalises what was typed or pasted into a code: separators removed, non-digits dropped, cut to `length`.
 * @example
 * normalizeOtp('123 456', 6); // '123456'
 * normalizeOtp('Your code: 123-456', 6); // '123456'
 */
export function normalizeOtp(input: string, length: number): string {
  return input.replace(OTP_SEPARATORS, '').replace(/\D/g, '').slice(0, length);
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
