import { useState } from 'react';
import { Login, Otp, type OtpTarget, type SignedInResult } from 'fdk-user-react';
import './custom.css';

/**
 * The same flows as the drop-in AuthScreen, composed from the headless parts with a design of the app's own:
 * proof that a team can build its UI on the kit.
 */
export function CustomSignIn({ onSignedIn }: { onSignedIn: (result: SignedInResult) => void }) {
  const [target, setTarget] = useState<OtpTarget>();
  return (
    <section className="custom">
      <div className="custom-panel">
        <p className="custom-kicker">Acme members</p>
        <h1 className="custom-title">{target ? 'Check your phone' : 'Welcome back'}</h1>
        {target ? (
          <Otp.Root target={target} onSuccess={onSignedIn} className="custom-form">
            <Otp.Input hideLabel className="custom-otp-input" />
            <Otp.Slots className="custom-slots">
              {(slot) => (
                <span className="custom-slot" data-active={slot.isActive ? '' : undefined}>
                  {slot.char ?? '•'}
                </span>
              )}
            </Otp.Slots>
            <Otp.Error className="custom-error" />
            <Otp.Resend className="custom-link" />
            <button type="button" className="custom-link" onClick={() => setTarget(undefined)}>
              Use another number
            </button>
          </Otp.Root>
        ) : (
          <Login.Root onSuccess={onSignedIn} onOtpSent={setTarget} className="custom-form">
            <Login.MethodSwitch className="custom-tabs" labels={{ password: 'With password', otp: 'With a code' }} />
            <Login.Identifier className="custom-identifier" />
            <Login.Password className="custom-field" />
            <Login.Error className="custom-error" />
            <Login.Submit asChild>
              <button className="custom-submit" />
            </Login.Submit>
          </Login.Root>
        )}
      </div>
    </section>
  );
}
