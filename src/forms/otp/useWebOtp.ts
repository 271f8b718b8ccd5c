'use client';
import { useEffect } from 'react';
import { normalizeOtp } from '../otpCode';

/**
 * Reads a one-time code from the SMS with WebOTP where the browser offers it (Chrome on Android), and hands it
 * to `onCode` once it has `length` digits. The request is aborted when `enabled` turns off or the part goes away;
 * a refusal leaves the shopper to type the code.
 * @example
 * useWebOtp(target?.channel === 'mobile', 4, (code) => { form.setValue('code', code); void submit(); });
 */
export function useWebOtp(enabled: boolean, length: number, onCode: (code: string) => void): void {
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window) || !navigator.credentials?.get) return;
    const controller = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = normalizeOtp((credential as { code?: string } | null)?.code ?? '', length);
        if (code.length === length && !controller.signal.aborted) onCode(code);
      })
      .catch(() => {
        // Aborted or refused: the shopper types the code.
      });
    return () => controller.abort();
  }, [enabled, length, onCode]);
}
