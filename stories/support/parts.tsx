import type { ReactNode } from 'react';
import type { PlatformView } from '../../src/config/readPlatformConfig';
import type { OtpTarget, SignedInResult } from '../../src/forms/successTypes';
import { usePlatformView } from '../../src/forms/usePlatformView';
import type { FakeInboxKind } from '../../src/testing/index';
import { currentFake, storyClient } from './fake';

/** The seeded shopper of the fake service. */
export const ANA = { email: 'ana@example.com', mobile: '9876543210', fullMobile: '+91 9876543210', password: 'Passw0rd!' } as const;

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

/** What a story shows once a flow signed the shopper in. */
export function SignedInNote({ result }: { result: SignedInResult | undefined }) {
  if (!result) return null;
  return (
    <p className="fdk-success" role="status">
      Signed in as {result.user.first_name} (then {result.redirect})
    </p>
  );
}

/** Asks the fake for a sign-in code by SMS (`loginWithOTP`) and returns the target `Otp.Root` needs. */
export async function sendMobileCode(mobile: string = ANA.mobile, countryCode = '91'): Promise<OtpTarget> {
  const answer = await storyClient().loginWithOTP({ body: { mobile, country_code: countryCode } });
  if (!answer.request_id) throw new Error('loginWithOTP answered without a request_id');
  return { channel: 'mobile', mobile, countryCode, requestId: answer.request_id, resendTimer: answer.resend_timer, registerToken: answer.register_token };
}

/** Asks the fake for a sign-in code by email (`sendOTPOnEmail`) and returns the target `Otp.Root` needs. */
export async function sendEmailCode(email: string = ANA.email): Promise<OtpTarget> {
  const answer = await storyClient().sendOTPOnEmail({ body: { email, action: 'send' } });
  const seconds = (answer as { resend_timer?: unknown }).resend_timer;
  return { channel: 'email', email, resendTimer: typeof seconds === 'number' ? seconds : undefined };
}

/** The last code the fake "sent" to an email or mobile number; throws when there is none (so `waitFor` retries). */
export function inboxCode(to: string, kind?: FakeInboxKind): string {
  const code = currentFake().lastCode(to, kind);
  if (!code) throw new Error(`No code in the inbox for ${to}`);
  return code;
}

/** A 6-digit code that is not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}
