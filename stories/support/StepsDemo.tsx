import { useReducer, useState } from 'react';
import * as CompleteProfile from '../../src/components/CompleteProfile';
import * as Login from '../../src/components/Login';
import * as Otp from '../../src/components/Otp';
import * as Register from '../../src/components/Register';
import * as Social from '../../src/components/Social';
import * as VerifyBoth from '../../src/components/VerifyBoth';
import type { PlatformView } from '../../src/config/readPlatformConfig';
import { authTransition, type AuthFlowState } from '../../src/flow/authFlow';
import type { AuthFlowEvent, SignedInResult } from '../../src/flow/types';
import { NextNote, SignedInNote, StoryCard, WithPlatformView } from './parts';

/** Props of {@link StepsDemo}. */
export interface StepsDemoProps {
  /** Where the sign-in starts: `{ step: 'register' }`, or a state a `beforeEach` reached through the fake. */
  start: AuthFlowState;
  /** Every event a step sent (`onNext`), before the flow moves on. */
  onNext: (event: AuthFlowEvent) => void;
  /** Called when a step signed the shopper in. */
  onSuccess: (result: SignedInResult) => void;
  redirectTo?: string;
  /** Render the registration's email field, submit and skip `asChild`, with elements of the story's own. */
  custom?: boolean;
}

const titles: Record<AuthFlowState['step'], string> = {
  login: 'Sign in',
  otp: 'Enter the code',
  register: 'Create an account',
  completeProfile: 'Complete your profile',
  verify: 'Verify your details',
  emailLink: 'Check your email',
  forgot: 'Reset your password',
  locked: 'Account disabled',
  done: 'Welcome',
};

const customInput = { border: '2px solid #7c2d12', borderRadius: 0, padding: '0.5rem' };

interface StepProps {
  state: AuthFlowState;
  view: PlatformView;
  redirectTo: string | undefined;
  custom: boolean | undefined;
  onNext: (event: AuthFlowEvent) => void;
  onSuccess: (result: SignedInResult) => void;
}

function RegisterStep({ view, redirectTo, custom, onNext, onSuccess }: Omit<StepProps, 'state'>) {
  return (
    <Register.Root view={view} redirectTo={redirectTo} className="fdk-form" onNext={onNext} onSuccess={onSuccess}>
      <Register.Field name="first_name" />
      <Register.Field name="last_name" />
      <Register.Field name="gender" />
      {custom ? (
        <Register.Field name="email" asChild>
          <input className="story-input" style={customInput} />
        </Register.Field>
      ) : (
        <Register.Field name="email" />
      )}
      <Register.Field name="mobile" />
      <Register.Field name="password" />
      <Register.Field name="confirmPassword" />
      <Register.Error />
      {custom ? (
        <>
          <Register.Submit asChild>
            <button className="story-button" style={{ background: '#7c2d12', color: '#ffffff', border: 0, padding: '0.75rem' }}>
              Join the store
            </button>
          </Register.Submit>
          <Register.Skip asChild>
            <button className="story-skip" style={{ background: 'none', color: '#7c2d12', border: 0, textDecoration: 'underline' }} />
          </Register.Skip>
        </>
      ) : (
        <>
          <Register.Submit />
          <Register.Skip />
        </>
      )}
    </Register.Root>
  );
}

/** The parts of the step the flow is at, composed as an app composes its own screens. */
function Step(props: StepProps) {
  const { state, view, redirectTo, onNext, onSuccess } = props;
  const common = { redirectTo, onNext, onSuccess };
  switch (state.step) {
    case 'login':
      return (
        <>
          <Login.Root view={view} className="fdk-form" {...common}>
            <Login.MethodSwitch />
            <Login.Identifier />
            <Login.Password />
            <Login.Error />
            <Login.Submit />
          </Login.Root>
          <Social.Buttons view={view} {...common} />
        </>
      );
    case 'otp':
      return (
        <Otp.Root target={state.target} className="fdk-form" {...common}>
          <Otp.Input />
          <Otp.Error />
          <Otp.Submit />
          <Otp.Resend />
        </Otp.Root>
      );
    case 'register':
      return <RegisterStep {...props} />;
    case 'completeProfile':
      return (
        <CompleteProfile.Root registerToken={state.registerToken} known={state.known} view={view} className="fdk-form" {...common}>
          <CompleteProfile.Known />
          <CompleteProfile.Field name="first_name" />
          <CompleteProfile.Field name="last_name" />
          <CompleteProfile.Field name="gender" />
          <CompleteProfile.Field name="email" />
          <CompleteProfile.Field name="mobile" />
          <CompleteProfile.Error />
          <CompleteProfile.Submit />
        </CompleteProfile.Root>
      );
    case 'verify':
      return (
        <VerifyBoth.Root verification={state.verification} {...common}>
          <VerifyBoth.Status />
          <VerifyBoth.Mobile />
          <VerifyBoth.Email />
        </VerifyBoth.Root>
      );
    case 'emailLink':
      return <p className="fdk-hint">We sent a verification link to {state.email}.</p>;
    case 'locked':
      return <p role="alert">This account has been disabled.</p>;
    default:
      return null;
  }
}

/**
 * A sign-in composed from the headless parts on the pure state machine (`authTransition`), starting at any step:
 * each step's root gets `onNext`, so the story sees every event and the next step's parts render.
 */
export function StepsDemo({ start, onNext, onSuccess, redirectTo, custom }: StepsDemoProps) {
  const [state, send] = useReducer(authTransition, start);
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [last, setLast] = useState<AuthFlowEvent>();
  const next = (event: AuthFlowEvent) => {
    setLast(event);
    onNext(event);
    send(event);
  };
  const done = (result: SignedInResult) => {
    setSignedIn(result);
    onSuccess(result);
  };
  return (
    <StoryCard title={titles[state.step]}>
      <WithPlatformView>{(view) => <Step state={state} view={view} redirectTo={redirectTo} custom={custom} onNext={next} onSuccess={done} />}</WithPlatformView>
      <SignedInNote result={signedIn} />
      {last?.type === 'signedIn' ? null : <NextNote event={last} />}
    </StoryCard>
  );
}
