import { fakeUserMessages } from './messages';
import { checkCode, latestRequest } from './otp';
import { fail, ok, signIn } from './results';
import type { FakeContext } from './store';
import { findUserByTarget, markVerified, targetKey, toUserSchema } from './store';
import { newTicket, proveContact, registrationProgress, storeTicket } from './tickets';
import type { FakeCall, FakeOtpRequest, FakeRuleResult } from './types';
import { emailTarget, isTarget } from './validate';

/**
 * After a right code: a code of a registration proves its contact (see {@link registrationProgress}); any
 * other signs in the account of the contact (403 when it is disabled) or, for a contact without an account,
 * starts a registration: `{ user_exists: false, register_token }`, no session.
 */
function afterRightCode(ctx: FakeContext, request: FakeOtpRequest, registerToken: string | undefined): FakeRuleResult {
  if (request.ticket !== undefined) {
    const ticket = ctx.tickets.get(request.ticket);
    if (!ticket || (registerToken !== undefined && registerToken !== '' && registerToken !== ticket.token)) {
      return fail(400, fakeUserMessages.invalidRegisterToken);
    }
    proveContact(ticket, request);
    return registrationProgress(ctx, ticket);
  }
  const user = findUserByTarget(ctx, request.target);
  if (user) {
    if (!user.active) return signIn(user, {});
    markVerified(ctx, user, request.target);
    return signIn(user, { user: toUserSchema(user), user_exists: true });
  }
  const target = request.target;
  const ticket = storeTicket(ctx, newTicket(ctx, target.channel === 'sms' ? { sms: target } : { email: target }));
  return ok({ user_exists: false, register_token: ticket.token });
}

/** `verifyMobileOTP`: checks the code of a `request_id` (with the `register_token` of a registration, if any). */
export function verifyMobileOTP(ctx: FakeContext, call: FakeCall<'verifyMobileOTP'>): FakeRuleResult {
  const found = call.body.request_id === undefined ? undefined : ctx.otps.get(call.body.request_id);
  const request = found?.target.channel === 'sms' ? found : undefined;
  const wrong = checkCode(ctx, request, call.body.otp);
  if (wrong || !request) return wrong ?? fail(400, fakeUserMessages.unknownRequest);
  return afterRightCode(ctx, request, call.body.register_token);
}

/** `verifyEmailOTP`: checks the last code sent to an email (with the `register_token` of a registration, if any). */
export function verifyEmailOTP(ctx: FakeContext, call: FakeCall<'verifyEmailOTP'>): FakeRuleResult {
  const target = emailTarget(call.body.email);
  if (!isTarget(target)) return target;
  const request = latestRequest(ctx, targetKey(target));
  const wrong = checkCode(ctx, request, call.body.otp);
  if (wrong || !request) return wrong ?? fail(400, fakeUserMessages.unknownRequest);
  return afterRightCode(ctx, request, call.body.register_token);
}
