import type { ReactNode } from 'react';
import { currentFake, storyClient } from '../support/fake';

export { ANA } from '../support/parts';

/**
 * A card of the profile screen's stylesheet (`.fdk-profile` sets the colour variables the parts' classes use),
 * with an `<h1>`, for the stories of one headless part family.
 */
export function ProfileCard({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="fdk-profile">
      <div className="fdk-profile-main">
        <div className="fdk-section">
          <h1 className="fdk-section-title">{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}

/** Adds an email address to the signed-in user and verifies it with the code of its link (before the story renders). */
export async function addVerifiedEmail(email: string): Promise<void> {
  const client = storyClient();
  await client.addEmail({ body: { email } });
  const code = currentFake().lastCode(email, 'verify-email');
  if (!code) throw new Error(`No verification link for ${email}`);
  await client.verifyEmail({ body: { code } });
}

/** The last code the fake "sent" to an email or mobile number; throws when there is none (so `waitFor` retries). */
export function linkCode(to: string, kind: 'verify-email' | 'verify-mobile'): string {
  const code = currentFake().lastCode(to, kind);
  if (!code) throw new Error(`No code in the inbox for ${to}`);
  return code;
}
