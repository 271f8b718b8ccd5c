import { describe, expect, it } from 'vitest';
import { authTransition, authTransitions, initialAuthState, type AuthFlowState, type AuthStep } from '../../src/flow/authFlow';
import type { AuthFlowEvent, OtpTarget, Verification } from '../../src/flow/types';
import type { UserSchema } from '../../src/schemas/common';

const user: UserSchema = { _id: 'u1', first_name: 'Ana' };
const target: OtpTarget = { channel: 'mobile', mobile: '9876543210', countryCode: '91', requestId: 'r1', resendTimer: 30, resendToken: 't1' };
const verification: Verification = { registerToken: 'reg-1', mobile: { ...target, registerToken: 'reg-1' }, email: { channel: 'email', email: 'zoe@example.com', registerToken: 'reg-1' } };

/** Runs events from a state and returns every step it went through. */
function run(events: AuthFlowEvent[], from: AuthFlowState = initialAuthState()): AuthStep[] {
  const steps: AuthStep[] = [from.step];
  let state = from;
  for (const event of events) {
    state = authTransition(state, event);
    steps.push(state.step);
  }
  return steps;
}

describe('the sign-in sequence (flows.md)', () => {
  it('OTP sign-in of a known shopper: login → otp → done', () => {
    expect(run([{ type: 'otpSent', target }, { type: 'signedIn', user }])).toEqual(['login', 'otp', 'done']);
  });

  it('OTP sign-in of a new number: login → otp → complete profile → verify both → done (F6)', () => {
    expect(
      run([
        { type: 'otpSent', target },
        { type: 'profileRequired', registerToken: 'reg-1', known: { mobile: '9876543210', countryCode: '91' } },
        { type: 'verificationRequired', verification: { registerToken: 'reg-1', email: verification.email } },
        { type: 'signedIn', user },
      ]),
    ).toEqual(['login', 'otp', 'completeProfile', 'verify', 'done']);
  });

  it('a completed profile that asks for an email link: complete profile → email link → done', () => {
    const steps = run([
      { type: 'otpSent', target },
      { type: 'profileRequired', registerToken: 'reg-1', known: {} },
      { type: 'emailLinkSent', email: 'zoe@example.com', user },
      { type: 'signedIn', user },
    ]);
    expect(steps).toEqual(['login', 'otp', 'completeProfile', 'emailLink', 'done']);
  });

  it('registration signs in only after "verify both": register → verify → done (F4, F5)', () => {
    expect(run([{ type: 'open', step: 'register' }, { type: 'verificationRequired', verification }, { type: 'signedIn', user }])).toEqual(['login', 'register', 'verify', 'done']);
  });

  it('a new social shopper completes a profile (F7)', () => {
    expect(run([{ type: 'profileRequired', registerToken: 'reg-2', known: { email: 'new@example.com' } }, { type: 'signedIn', user }])).toEqual(['login', 'completeProfile', 'done']);
  });

  it('a disabled account goes to the locked step from login, the code or the verification (F8), and back to login', () => {
    expect(run([{ type: 'accountDisabled' }, { type: 'back' }])).toEqual(['login', 'locked', 'login']);
    expect(run([{ type: 'otpSent', target }, { type: 'accountDisabled' }])).toEqual(['login', 'otp', 'locked']);
  });

  it('forgot password: login → forgot → done, or back to login', () => {
    expect(run([{ type: 'open', step: 'forgot' }, { type: 'signedIn', user }])).toEqual(['login', 'forgot', 'done']);
    expect(run([{ type: 'open', step: 'forgot' }, { type: 'back' }])).toEqual(['login', 'forgot', 'login']);
  });

  it('back from the code keeps the number typed', () => {
    const state = authTransition(authTransition(initialAuthState(), { type: 'otpSent', target }), { type: 'back' });
    expect(state).toEqual({ step: 'login', identifier: '9876543210' });
  });

  it('keeps what each step needs: the target, the register token and what was proven, the verification', () => {
    expect(authTransition(initialAuthState(), { type: 'otpSent', target })).toEqual({ step: 'otp', target });
    expect(authTransition({ step: 'otp', target }, { type: 'profileRequired', registerToken: 'reg-1', known: { mobile: '9876543210' } })).toEqual({
      step: 'completeProfile',
      registerToken: 'reg-1',
      known: { mobile: '9876543210' },
    });
    expect(authTransition({ step: 'register' }, { type: 'verificationRequired', verification })).toEqual({ step: 'verify', verification });
  });

  it('ignores an event a step does not answer: a late answer cannot move the flow', () => {
    const done: AuthFlowState = { step: 'done', user };
    for (const event of [{ type: 'back' }, { type: 'otpSent', target }, { type: 'accountDisabled' }] as AuthFlowEvent[]) expect(authTransition(done, event)).toBe(done);
    const register: AuthFlowState = { step: 'register' };
    expect(authTransition(register, { type: 'otpSent', target })).toBe(register);
    expect(authTransition({ step: 'emailLink', email: 'a@b.co' }, { type: 'verificationRequired', verification }).step).toBe('emailLink');
  });

  it('every step of the table can reach done or login: no dead end but done', () => {
    const steps = Object.keys(authTransitions) as AuthStep[];
    for (const step of steps) {
      if (step === 'done') {
        expect(Object.keys(authTransitions.done)).toEqual([]);
        continue;
      }
      const events = Object.keys(authTransitions[step]);
      expect(events.includes('back') || events.includes('signedIn'), step).toBe(true);
    }
  });

  it('opens on the step asked for', () => {
    expect(initialAuthState('register')).toEqual({ step: 'register' });
    expect(initialAuthState()).toEqual({ step: 'login' });
  });
});
