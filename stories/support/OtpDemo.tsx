import { useState } from 'react';
import * as Login from '../../src/components/Login';
import * as Otp from '../../src/components/Otp';
import type { AuthFlowEvent, OtpTarget, SignedInResult } from '../../src/flow/types';
import { useAuthFlow } from '../../src/flow/useAuthFlow';
import { NextNote, SignedInNote, StoryCard, WithPlatformView } from './parts';

/** Props of {@link OtpDemo}. */
export interface OtpDemoProps {
  /** Where the code went; set by each story's `beforeEach` from a real call to the fake. */
  target?: OtpTarget;
  onNext: (event: AuthFlowEvent) => void;
  onSuccess: (result: SignedInResult) => void;
  autoSubmit?: boolean;
  /** Render the slots with the story's own renderer (the children function of `Otp.Slots`). */
  customSlots?: boolean;
}

/** The code parts in the order an app lays them out. */
export function OtpParts({ customSlots }: { customSlots?: boolean | undefined }) {
  return (
    <>
      <Otp.Input />
      {customSlots ? (
        <Otp.Slots className="story-slots">
          {(slot) => (
            <span
              data-testid={`slot-${slot.index}`}
              data-active={slot.isActive ? '' : undefined}
              style={{ display: 'inline-block', width: '2rem', textAlign: 'center', borderBottom: slot.isActive ? '3px solid #1d4ed8' : '3px solid #4b5563' }}
            >
              {slot.char ?? '·'}
            </span>
          )}
        </Otp.Slots>
      ) : (
        <Otp.Slots />
      )}
      <Otp.Error />
      <Otp.Submit />
      <p>
        <Otp.Countdown />
      </p>
      <Otp.Resend />
    </>
  );
}

/** The OTP parts as an app composes them after a code was sent; the code's length is the provider's `otpLength`. */
export function OtpDemo({ target, onNext, onSuccess, autoSubmit, customSlots }: OtpDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [next, setNext] = useState<AuthFlowEvent>();
  if (!target) return <StoryCard title="Enter the code">No code was sent.</StoryCard>;
  return (
    <StoryCard title="Enter the code">
      <Otp.Root
        target={target}
        autoSubmit={autoSubmit}
        className="fdk-form"
        onSuccess={(result) => {
          setSignedIn(result);
          onSuccess(result);
        }}
        onNext={(event) => {
          setNext(event);
          onNext(event);
        }}
      >
        <OtpParts customSlots={customSlots} />
      </Otp.Root>
      <SignedInNote result={signedIn} />
      {next?.type === 'signedIn' ? null : <NextNote event={next} />}
    </StoryCard>
  );
}

/** The login step hands its target to the code step through `useAuthFlow`, as an app wires its own screens. */
export function LoginThenOtp({ onSuccess }: { onSuccess: (result: SignedInResult) => void }) {
  const flow = useAuthFlow({ persist: false, onSignedIn: onSuccess });
  const { state } = flow;
  return (
    <StoryCard title={state.step === 'otp' ? 'Enter the code' : 'Sign in'}>
      <WithPlatformView>
        {(view) =>
          state.step === 'otp' ? (
            <Otp.Root target={state.target} className="fdk-form" onNext={flow.send}>
              <OtpParts />
            </Otp.Root>
          ) : state.step === 'login' ? (
            <Login.Root view={view} onNext={flow.send} className="fdk-form">
              <Login.Identifier />
              <Login.Error />
              <Login.Submit />
            </Login.Root>
          ) : null
        }
      </WithPlatformView>
      <SignedInNote result={flow.result} />
    </StoryCard>
  );
}
