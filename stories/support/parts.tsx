import type { ReactNode } from 'react';
import type { PlatformView } from '../../src/config/readPlatformConfig';
import type { AuthFlowEvent, OtpTarget, SignedInResult } from '../../src/flow/types';
import { usePlatformView } from '../../src/query/hooks/usePlatformView';
import { fakeSeedLogins, type FakeInboxKind } from '../../src/testing/index';
import { currentFake, storyClient } from './fake';

/** The seeded shopper of the fake service. */
export const ANA = { ...fakeSeedLogins.ana, fullMobile: '+91 9876543210' } as const;
/** The seeded disabled account (every sign-in answers 403 `This account has been disabled`). */
export const LOCKED = { ...fakeSeedLogins.locked, fullMobile: '+91 9000000099' } as const;
/** A password that passes Fynd's rule (a letter, a digit, a special character, no spaces). */
export const GOOD_PASSWORD = 'N3w-pass!word';

/**
 * A card in the kit's stylesheet (`.fdk-auth` sets the colour variables the parts' classes use), with an `<h1>`,
 * for the stories of one headless part family.
 */
export function StoryCard({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="fdk-auth">
      <div className="fdk-card">
        <h1 className="fdk-title">{title}</h1>
        {children}
      </div>
    </div>
  );
}

/**
 * Renders `children(view)` once the provider has the PlatformSchema of the story's fake service (the preset of
 * `parameters.fake.preset`), so that a part starts with the config it will keep.
 */
export function WithPlatformView({ children }: { children: (view: PlatformView) => ReactNode }) {
  const { view, config, isPending } = usePlatformView();
  if (isPending && !config) {
    return (
      <p className="fdk-loading" role="status">
        Loading the config…
      </p>
    );
  }
  return <>{children(view)}</>;
}

/** What a story shows once a step signed the shopper in (its `onSuccess`). */
export function SignedInNote({ result }: { result: SignedInResult | undefined }) {
  if (!result) return null;
  return (
    <p className="fdk-success" role="status">
      Signed in as {result.user.first_name} (then {result.redirect})
    </p>
  );
}

/** What the step told the flow (`onNext`), in words, so that a `play` can read where the sign-in goes next. */
export function describeEvent(event: AuthFlowEvent): string {
  switch (event.type) {
    case 'otpSent':
      return `Next: the code sent by ${event.target.channel}`;
    case 'signedIn':
      return `Next: signed in as ${event.user.first_name ?? ''}`;
    case 'profileRequired':
      return 'Next: complete the profile';
    case 'verificationRequired':
      return `Next: verify ${[event.verification.mobile ? 'mobile' : '', event.verification.email ? 'email' : ''].filter(Boolean).join(' and ')}`;
    case 'emailLinkSent':
      return `Next: open the link sent to ${event.email}`;
    case 'accountDisabled':
      return 'Next: account disabled';
    case 'open':
      return `Next: ${event.step}`;
    case 'back':
      return 'Next: back';
  }
}

/** The last `onNext` event of a step, as a status line. */
export function NextNote({ event }: { event: AuthFlowEvent | undefined }) {
  if (!event) return null;
  return (
    <p className="fdk-hint" role="status" data-testid="next">
      {describeEvent(event)}
    </p>
  );
}

/** Asks the fake for a sign-in code by SMS (`loginWithOTP`) and returns the target `Otp.Root` needs (with its resend token). */
export async function sendMobileCode(mobile: string = ANA.mobile, countryCode = '91'): Promise<OtpTarget> {
  const answer = await storyClient().loginWithOTP({ body: { mobile, country_code: countryCode } });
  if (!answer.request_id) throw new Error('loginWithOTP answered without a request_id');
  return { channel: 'mobile', mobile, countryCode, requestId: answer.request_id, resendTimer: answer.resend_timer, resendToken: answer.resend_token };
}

/** Asks the fake for a sign-in code by email (`sendOTPOnEmail`, which answers `{ success }` only) and returns the target `Otp.Root` needs. */
export async function sendEmailCode(email: string = ANA.email): Promise<OtpTarget> {
  await storyClient().sendOTPOnEmail({ body: { email, action: 'send' } });
  return { channel: 'email', email };
}

/** The last code the fake "sent" to an email or mobile number; throws when there is none (so `waitFor` retries). */
export function inboxCode(to: string, kind?: FakeInboxKind): string {
  const code = currentFake().lastCode(to, kind);
  if (!code) throw new Error(`No code in the inbox for ${to}`);
  return code;
}

/** A code of the same length that is not `code`. */
export function wrongCode(code: string): string {
  const zeros = '0'.repeat(code.length);
  return code === zeros ? '1'.repeat(code.length) : zeros;
}
