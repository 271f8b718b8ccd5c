import type { SocialTokenGetter } from '../../src/config/settings';
import type { Verification } from '../../src/flow/types';
import { verificationOf } from '../../src/forms/register/registerForm';
import { fakeSocialToken } from '../../src/testing/index';
import { currentFake, storyClient } from './fake';
import { GOOD_PASSWORD } from './parts';

/** What a story registers before it renders: the contacts to verify. */
export interface Registration {
  email?: string;
  mobile?: string;
  firstName?: string;
}

/**
 * Registers a shopper through the fake (`registerWithForm`, which sends the codes and signs nothing in) and
 * returns what "verify both" is given, read from the answer by the kit's own `verificationOf`.
 */
export async function registerForVerification({ email, mobile, firstName = 'Ravi' }: Registration): Promise<Verification> {
  const body = {
    first_name: firstName,
    last_name: 'Rao',
    password: GOOD_PASSWORD,
    ...(email ? { email } : {}),
    ...(mobile ? { phone: { mobile, country_code: '91' } } : {}),
  };
  const answer = await storyClient().registerWithForm({ body });
  const verification = verificationOf(answer, { email, mobile, countryCode: mobile ? '91' : undefined });
  if (!verification) throw new Error('registerWithForm asked nothing to verify');
  return verification;
}

/** An OTP sign-in of a number with no account (`loginWithOTP`, then `verifyMobileOTP` with the inbox's code): the `register_token` of the complete-profile step. */
export async function newNumberTicket(mobile: string): Promise<string> {
  const client = storyClient();
  const sent = await client.loginWithOTP({ body: { mobile, country_code: '91' } });
  const otp = currentFake().lastCode(`+91 ${mobile}`, 'login-otp');
  const answer = await client.verifyMobileOTP({ body: { request_id: sent.request_id ?? '', otp: otp ?? '' } });
  if (answer.user_exists !== false || !answer.register_token) throw new Error(`${mobile} is not a new number`);
  return answer.register_token;
}

/** A Google sign-in token getter for the fake (`fakeSocialToken`), with the provider's profile of the shopper. */
export function googleGetter(email: string, names: { first_name?: string; last_name?: string } = {}): SocialTokenGetter {
  return async () => ({ oauth2: { access_token: fakeSocialToken('google', email) }, profile: { email, ...names } });
}
