import { Login, Otp, useAuthFlow, type SignedInResult } from 'fdk-user-react';
import './custom.css';

/**
 * The same sequence as the drop-in AuthScreen (`useAuthFlow`), composed from the headless parts with a design of
 * the app's own: proof that a team can build its UI on the kit without copying the sequence.
 */
export function CustomSignIn({ onSignedIn }: { onSignedIn: (result: SignedInResult) => void }) {
  const flow = useAuthFlow({ onSignedIn, persist: false });
  const { state } = flow;
  return (
    <section className="custom">
      <div className="custom-panel">
        <p className="custom-kicker">Acme members</p>
        <h1 className="custom-title">{state.step === 'otp' ? 'Check your phone' : state.step === 'locked' ? 'Account disabled' : 'Welcome back'}</h1>
        {state.step === 'otp' ? (
          <Otp.Root target={state.target} onNext={flow.send} className="custom-form">
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
            <button type="button" className="custom-link" onClick={() => flow.send({ type: 'back' })}>
              Use another number
            </button>
          </Otp.Root>
        ) : state.step === 'locked' ? (
          <p className="custom-error">This account has been disabled.</p>
        ) : (
          <Login.Root onNext={flow.send} className="custom-form">
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
