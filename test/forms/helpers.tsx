import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OtpTarget } from '../../src/flow/types';
import { messages } from '../../src/i18n/messages';
import type { FakeUserService } from '../../src/testing/index';
import type { StartedKit } from '../helpers/kit';

/*
 * What the sign-in tests share, on the one harness (`setupFakeKit` in `test/helpers/kit.tsx`, built on
 * `createFakeUserKit`): a code sent the way the login step sends it, the code the fake "sent", a wrong password sent.
 */

/** Sends a sign-in code to a mobile number through the kit's client (as the login step does) and returns where it went. */
export async function sendLoginOtp(kit: Pick<StartedKit, 'client'>, mobile = '9876543210', countryCode = '91'): Promise<Extract<OtpTarget, { channel: 'mobile' }>> {
  const answer = await kit.client.loginWithOTP({ body: { mobile, country_code: countryCode } });
  if (!answer.request_id) throw new Error('the fake sent no request_id');
  return { channel: 'mobile', mobile, countryCode, requestId: answer.request_id, resendTimer: answer.resend_timer, resendToken: answer.resend_token };
}

/** The last code the fake sent to a number or an address (`+91 9876543210`, `ana@example.com`). */
export function codeSentTo(service: FakeUserService, to: string, kind?: Parameters<FakeUserService['lastCode']>[1]): string {
  const code = service.lastCode(to, kind);
  if (!code) throw new Error(`the fake sent no code to ${to}`);
  return code;
}

/** A code of the same length that is not `code`. */
export const wrongCode = (code: string) => (code === '1'.repeat(code.length) ? '2'.repeat(code.length) : '1'.repeat(code.length));

/** Types `email` and a wrong password into the drop-in sign-in screen (found once it shows) and sends it. */
export async function sendWrongPassword(email: string, password = 'Wrong-pass1!'): Promise<void> {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(messages.loginIdentifierLabel), email);
  await user.type(screen.getByLabelText(messages.fieldPassword), password);
  await user.click(screen.getByRole('button', { name: messages.loginSubmit }));
}
