import { Login, Otp, useAuthFlow, type SignedInResult } from 'fdk-user-react';
import './custom.css';

const perks = ['Free returns for 60 days', 'Early access to new drops', 'Every order in one place'];

/**
 * The same sequence as the drop-in AuthScreen (`useAuthFlow`), composed from the headless parts with a design of
 * the app's own (custom.css: an editorial look, serif type, underlined fields, square buttons; light and dark;
 * logical properties for right-to-left): proof that a team can build its UI on the kit without copying the
 * sequence or the kit's stylesheet.
 */
export function CustomSignIn({ onSignedIn }: { onSignedIn: (result: SignedInResult) => void }) {
  const flow = useAuthFlow({ onSignedIn, persist: false });
  const { state } = flow;
  return (
    <section className="custom" aria-labelledby="custom-title">
      <div className="custom-shell">
        <div className="custom-aside">
          <p className="custom-kicker">Acme members</p>
          <p className="custom-pitch">Your wardrobe, remembered.</p>
          <ul className="custom-perks">
            {perks.map((perk) => (
              <li key={perk}>{perk}</li>
            ))}
          </ul>
        </div>
        <div className="custom-panel">
          <h1 className="custom-title" id="custom-title">
            {state.step === 'otp' ? 'Check your phone' : state.step === 'locked' ? 'Account disabled' : 'Welcome back'}
          </h1>
          {state.step === 'otp' ? (
            <Otp.Root target={state.target} onNext={flow.send} className="custom-form custom-code">
              <Otp.Input hideLabel className="custom-otp-input" />
              <Otp.Slots className="custom-slots">
                {(slot) => (
                  <span className="custom-slot" data-active={slot.isActive ? '' : undefined} data-filled={slot.char ? '' : undefined}>
                    {slot.char ?? ''}
                  </span>
                )}
              </Otp.Slots>
              <Otp.Error className="custom-error" />
              <div className="custom-row">
                <Otp.Resend className="custom-link" />
                <button type="button" className="custom-link" onClick={() => flow.send({ type: 'back' })}>
                  Use another number
                </button>
              </div>
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
      </div>
    </section>
  );
}
