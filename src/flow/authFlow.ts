import type { UserSchema } from '../schemas/common';
import type { AuthFlowEvent, KnownContact, OtpTarget, Verification } from './types';

/**
 * Where a sign-in is. The steps Fynd's storefronts run (`../shared/spec/flows.md`):
 * - `login` → `otp` → (`completeProfile` → `verify`) → `done`: an OTP sign-in; a new number completes a profile first;
 * - `register` → `verify` → `done`: registration signs in only once what it asked for is verified ("verify both");
 * - `forgot` → `done`: password reset;
 * - `emailLink`: the account exists and the shopper must open the verification link sent to their email;
 * - `locked`: the account has been disabled.
 */
export type AuthFlowState =
  | { step: 'login'; identifier?: string | undefined }
  | { step: 'otp'; target: OtpTarget }
  | { step: 'register' }
  | { step: 'completeProfile'; registerToken: string; known: KnownContact }
  | { step: 'verify'; verification: Verification }
  | { step: 'emailLink'; email: string; user?: UserSchema | undefined }
  | { step: 'forgot' }
  | { step: 'locked' }
  | { step: 'done'; user: UserSchema };

/** A step of the sign-in. */
export type AuthStep = AuthFlowState['step'];

type EventOf<T extends AuthFlowEvent['type']> = Extract<AuthFlowEvent, { type: T }>;
type Transition<T extends AuthFlowEvent['type']> = (event: EventOf<T>, state: AuthFlowState) => AuthFlowState;
type Transitions = { [T in AuthFlowEvent['type']]?: Transition<T> };

const toOtp: Transition<'otpSent'> = (event) => ({ step: 'otp', target: event.target });
const toDone: Transition<'signedIn'> = (event) => ({ step: 'done', user: event.user });
const toProfile: Transition<'profileRequired'> = (event) => ({ step: 'completeProfile', registerToken: event.registerToken, known: event.known });
const toVerify: Transition<'verificationRequired'> = (event) => ({ step: 'verify', verification: event.verification });
const toEmailLink: Transition<'emailLinkSent'> = (event) => ({ step: 'emailLink', email: event.email, user: event.user });
const toLocked: Transition<'accountDisabled'> = () => ({ step: 'locked' });
const toLogin = (): AuthFlowState => ({ step: 'login' });
/** Back from the code to the sign-in form, with the number or address the code went to still typed in. */
const backFromOtp = (_event: EventOf<'back'>, state: AuthFlowState): AuthFlowState =>
  state.step === 'otp' ? { step: 'login', identifier: state.target.channel === 'mobile' ? state.target.mobile : state.target.email } : toLogin();

/**
 * The transitions, as one table: for each step, the events it answers and the step each leads to. An event a step
 * does not list changes nothing (a late answer of a step already left cannot move the flow).
 */
export const authTransitions: { readonly [S in AuthStep]: Transitions } = {
  login: {
    otpSent: toOtp,
    signedIn: toDone,
    profileRequired: toProfile,
    verificationRequired: toVerify,
    accountDisabled: toLocked,
    open: (event) => (event.step === 'register' ? { step: 'register' } : event.step === 'forgot' ? { step: 'forgot' } : toLogin()),
  },
  otp: { signedIn: toDone, profileRequired: toProfile, accountDisabled: toLocked, back: backFromOtp, open: (event) => openStep(event.step) },
  register: { verificationRequired: toVerify, signedIn: toDone, accountDisabled: toLocked, back: toLogin, open: (event) => openStep(event.step) },
  completeProfile: { verificationRequired: toVerify, emailLinkSent: toEmailLink, signedIn: toDone, back: toLogin, open: (event) => openStep(event.step) },
  verify: { signedIn: toDone, emailLinkSent: toEmailLink, profileRequired: toProfile, accountDisabled: toLocked, back: toLogin, open: (event) => openStep(event.step) },
  emailLink: { signedIn: toDone, back: toLogin },
  forgot: { signedIn: toDone, back: toLogin, open: (event) => openStep(event.step) },
  locked: { back: toLogin, open: (event) => openStep(event.step) },
  done: {},
};

function openStep(step: 'login' | 'register' | 'forgot'): AuthFlowState {
  return { step };
}

/**
 * The next state of a sign-in for an event: pure, so that `AuthScreen`, a storefront's own screens and the tests
 * all run the same sequence.
 * @example
 * authTransition({ step: 'login' }, { type: 'otpSent', target }); // { step: 'otp', target }
 * authTransition({ step: 'done', user }, { type: 'back' });        // unchanged: a signed-in flow stays done
 */
export function authTransition(state: AuthFlowState, event: AuthFlowEvent): AuthFlowState {
  const transition = authTransitions[state.step][event.type] as Transition<typeof event.type> | undefined;
  return transition ? transition(event as never, state) : state;
}

/** The state a flow opens on. */
export function initialAuthState(step: 'login' | 'register' | 'forgot' = 'login'): AuthFlowState {
  return { step };
}
