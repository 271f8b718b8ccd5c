import type { FakeContext } from './store';
import { digits, isoNow, normalizeEmail, targetLabel } from './store';
import type { FakeInboxKind, FakeInboxMessage, FakeOtpTarget } from './types';

/** Records a message "sent" to a target and returns it. */
export function deliver(
  ctx: FakeContext,
  target: FakeOtpTarget,
  kind: FakeInboxKind,
  details: { code: string; link?: string; requestId?: string },
): FakeInboxMessage {
  const text =
    kind === 'login-otp' || kind === 'verify-otp'
      ? `${details.code} is your one-time code. It expires in ${Math.round(ctx.otpTtl / 60)} minutes.`
      : kind === 'reset-password'
        ? `Reset your password: ${details.link ?? ''} (code ${details.code})`
        : kind === 'login-link'
          ? `Sign in: ${details.link ?? ''}`
          : `Verify your ${kind === 'verify-email' ? 'email' : 'mobile number'}: ${details.link ?? ''}`;
  const message: FakeInboxMessage = {
    id: ctx.inbox.length + 1,
    to: targetLabel(target),
    channel: target.channel,
    kind,
    code: details.code,
    ...(details.link === undefined ? {} : { link: details.link }),
    ...(details.requestId === undefined ? {} : { requestId: details.requestId }),
    text,
    at: isoNow(ctx),
  };
  ctx.inbox.push(message);
  return message;
}

/**
 * Whether a message was sent to `to`: an email (any case), or a mobile number with or without its country code,
 * spaces or `+` (`+91 9876543210`, `919876543210`, `9876543210`).
 */
export function isSentTo(message: FakeInboxMessage, to: string): boolean {
  if (message.channel === 'email') return to.includes('@') && normalizeEmail(to) === message.to;
  if (to.includes('@')) return false;
  const wanted = digits(to);
  const sent = digits(message.to);
  const national = message.to.split(' ')[1] ?? sent;
  return wanted !== '' && (wanted === sent || wanted === national);
}

/** The last message sent to `to` (of a kind, when given). */
export function lastMessageTo(inbox: readonly FakeInboxMessage[], to: string, kind?: FakeInboxKind): FakeInboxMessage | undefined {
  for (let index = inbox.length - 1; index >= 0; index -= 1) {
    const message = inbox[index];
    if (message && isSentTo(message, to) && (kind === undefined || message.kind === kind)) return message;
  }
  return undefined;
}
