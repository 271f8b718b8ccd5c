import { useState } from 'react';
import * as Login from '../../src/components/Login';
import type { AuthFlowEvent, SignedInResult } from '../../src/flow/types';
import type { LoginMethod } from '../../src/forms/login/loginForm';
import { messages } from '../../src/i18n/messages';
import { NextNote, SignedInNote, StoryCard, WithPlatformView } from './parts';

/** Props of {@link LoginDemo}: the story's spies, and how the app composes the parts. */
export interface LoginDemoProps {
  /** The flow's `send` (here a spy): where the sign-in goes next. */
  onNext: (event: AuthFlowEvent) => void;
  onSuccess: (result: SignedInResult) => void;
  redirectTo?: string;
  defaultMethod?: LoginMethod;
  /** Render the identifier, password and submit `asChild`, with elements of the story's own. */
  custom?: boolean;
}

/** The Login parts as an app composes them, on the PlatformSchema of the story's fake service. */
export function LoginDemo({ onNext, onSuccess, redirectTo, defaultMethod, custom }: LoginDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [next, setNext] = useState<AuthFlowEvent>();
  return (
    <StoryCard title="Sign in">
      <WithPlatformView>
        {(view) => (
          <>
            <p data-testid="sign-in-methods" className="fdk-hint">
              {view.hasSignInMethod ? 'The config offers a sign-in method.' : messages.loginNoSignInMethod}
            </p>
            <Login.Root
              view={view}
              redirectTo={redirectTo}
              defaultMethod={defaultMethod}
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
              <Login.MethodSwitch />
              {custom ? (
                <>
                  <Login.Identifier asChild>
                    <input className="story-input" placeholder="you@example.com" style={{ border: '2px solid #1d4ed8', borderRadius: 0 }} />
                  </Login.Identifier>
                  <Login.Password asChild>
                    <input className="story-input" style={{ border: '2px solid #1d4ed8', borderRadius: 0 }} />
                  </Login.Password>
                  <Login.Error />
                  <Login.Submit asChild>
                    <button className="story-button" style={{ background: '#14532d', color: '#ffffff', padding: '0.75rem', border: 0 }} />
                  </Login.Submit>
                </>
              ) : (
                <>
                  <Login.Identifier />
                  <Login.Password />
                  <Login.Error />
                  <Login.Submit />
                </>
              )}
            </Login.Root>
          </>
        )}
      </WithPlatformView>
      <SignedInNote result={signedIn} />
      {next?.type === 'signedIn' ? null : <NextNote event={next} />}
    </StoryCard>
  );
}
