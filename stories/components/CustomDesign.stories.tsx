import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import * as Login from '../../src/components/Login';
import * as Otp from '../../src/components/Otp';
import type { OtpTarget, SignedInResult } from '../../src/flow/types';
import { messages } from '../../src/i18n/messages';
import { currentFake } from '../support/fake';
import { ANA, inboxCode, WithPlatformView, wrongCode } from '../support/parts';
import { countRequests } from '../support/requests';

/*
 * A design of the story's own, built from the headless parts only: its own markup, classes and styles (scoped
 * under `.cd-shell`), its own method tabs (from `useLoginContext`), its own inputs and buttons (`asChild`) and its
 * own code boxes (the children function of `Otp.Slots`). Colours are chosen for at least 4.5:1 contrast.
 */
const styles = `
.cd-shell { box-sizing: border-box; min-height: 100vh; padding: 3rem 1rem; display: grid; place-items: center; background: #0f172a; font-family: Georgia, 'Times New Roman', serif; }
.cd-shell * { box-sizing: border-box; }
.cd-card { width: min(100%, 24rem); padding: 2rem; border: 1px solid #6366f1; border-radius: 24px; background: #1e1b4b; color: #f8fafc; }
.cd-card h1 { margin: 0 0 0.25rem; font-size: 2rem; font-weight: 400; letter-spacing: 0.02em; }
.cd-sub { margin: 0 0 1.5rem; color: #c7d2fe; }
.cd-form { display: flex; flex-direction: column; gap: 1rem; }
.cd-tabs { display: flex; gap: 0.5rem; }
.cd-tab { flex: 1; padding: 0.5rem; border: 1px solid #818cf8; border-radius: 999px; background: transparent; color: #e0e7ff; font: inherit; cursor: pointer; }
.cd-tab[aria-pressed='true'] { background: #e0e7ff; color: #1e1b4b; }
.cd-identifier { display: grid; grid-template-columns: 5.5rem 1fr; gap: 0.5rem; align-items: end; }
.cd-shell .fdk-field { display: flex; flex-direction: column; gap: 0.35rem; }
.cd-shell .fdk-label { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.08em; color: #e0e7ff; }
.cd-shell .fdk-optional, .cd-shell .fdk-hint { color: #c7d2fe; }
.cd-shell .fdk-hint { margin: 0; font-size: 0.9rem; }
.cd-shell .fdk-input, .cd-shell .cd-input { width: 100%; padding: 0.75rem; border: 1px solid #a5b4fc; border-radius: 12px; background: #312e81; color: #ffffff; font: inherit; }
.cd-shell .cd-input:focus-visible, .cd-shell .fdk-input:focus-visible, .cd-primary:focus-visible, .cd-tab:focus-visible, .cd-link:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
.cd-shell [aria-invalid='true'] { border-color: #fca5a5; }
.cd-shell .fdk-field-error { margin: 0; color: #fecaca; font-size: 0.9rem; }
.cd-primary { width: 100%; padding: 0.8rem; border: 0; border-radius: 999px; background: #facc15; color: #1e1b4b; font: inherit; font-weight: 700; cursor: pointer; }
.cd-primary[aria-busy='true'] { background: #fde68a; cursor: progress; }
.cd-link { padding: 0; border: 0; background: none; color: #fde68a; font: inherit; text-decoration: underline; cursor: pointer; }
.cd-link[aria-disabled='true'] { color: #c7d2fe; text-decoration: none; cursor: default; }
.cd-error [role='alert'] { padding: 0.75rem 1rem; border-radius: 12px; background: #7f1d1d; color: #fef2f2; }
.cd-error [role='alert'] p { margin: 0; }
.cd-error [role='alert'] button { margin-top: 0.5rem; padding: 0; border: 0; background: none; color: #fef2f2; font: inherit; text-decoration: underline; }
.cd-slots { display: flex; gap: 0.5rem; justify-content: center; }
.cd-slot { display: grid; place-items: center; width: 2.6rem; height: 3.2rem; border: 2px solid #6366f1; border-radius: 12px; background: #312e81; color: #ffffff; font-size: 1.5rem; }
.cd-slot[data-active] { border-color: #facc15; }
.cd-resend { display: flex; justify-content: space-between; align-items: center; color: #c7d2fe; }
.cd-welcome { margin: 0; padding: 1rem; border-radius: 16px; background: #14532d; color: #f0fdf4; font-size: 1.25rem; }
`;

/** The story's own method tabs, from the login form's context. */
function MethodTabs() {
  const login = Login.useLoginContext();
  if (login.methods.length < 2) return null;
  return (
    <div className="cd-tabs" role="group" aria-label="How to sign in">
      {login.methods.map((method) => (
        <button key={method} type="button" className="cd-tab" aria-pressed={login.method === method} onClick={() => login.setMethod(method)}>
          {method === 'password' ? 'With my password' : 'With a code'}
        </button>
      ))}
    </div>
  );
}

/** The story's own resend line: where the code went, the countdown, and a link-style resend. */
function ResendLine() {
  const otp = Otp.useOtpContext();
  return (
    <div className="cd-resend">
      <span>{otp.timer.canResend ? 'Did not get it?' : <Otp.Countdown className="cd-timer" />}</span>
      <Otp.Resend className="cd-link">{otp.timer.canResend ? 'Send a new code' : undefined}</Otp.Resend>
    </div>
  );
}

function CustomDesign({ onSignedIn }: { onSignedIn: (result: SignedInResult) => void }) {
  const [target, setTarget] = useState<OtpTarget>();
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const done = (result: SignedInResult) => {
    setSignedIn(result);
    onSignedIn(result);
  };
  let body;
  if (signedIn) {
    body = (
      <p className="cd-welcome" role="status">
        Welcome back, {signedIn.user.first_name}.
      </p>
    );
  } else if (target) {
    body = (
      <Otp.Root target={target} onSuccess={done} className="cd-form">
        <Otp.Input asChild className="fdk-field">
          <input className="cd-input cd-code" style={{ letterSpacing: '0.5em', textAlign: 'center' }} />
        </Otp.Input>
        <Otp.Slots className="cd-slots">
          {(slot) => (
            <span className="cd-slot" data-active={slot.isActive ? '' : undefined}>
              {slot.char ?? ''}
            </span>
          )}
        </Otp.Slots>
        <OtpErrorAndSubmit />
        <ResendLine />
        <button type="button" className="cd-link" onClick={() => setTarget(undefined)}>
          Use another number
        </button>
      </Otp.Root>
    );
  } else {
    body = (
      <WithPlatformView>
        {(view) => (
          <Login.Root view={view} onSuccess={done} onNext={(event) => event.type === 'otpSent' && setTarget(event.target)} asChild>
            <form className="cd-form" aria-label="Sign in to Midnight Books">
              <MethodTabs />
              <Login.Identifier className="cd-identifier" asChild>
                <input className="cd-input" />
              </Login.Identifier>
              <Login.Password asChild>
                <input className="cd-input" />
              </Login.Password>
              <Login.Error className="cd-error" />
              <Login.Submit asChild>
                <button className="cd-primary" />
              </Login.Submit>
            </form>
          </Login.Root>
        )}
      </WithPlatformView>
    );
  }
  return (
    <div className="cd-shell">
      <style>{styles}</style>
      <div className="cd-card">
        <h1>Midnight Books</h1>
        <p className="cd-sub">{target && !signedIn ? 'Enter the code we sent you.' : 'Sign in to your reading list.'}</p>
        {body}
      </div>
    </div>
  );
}

function OtpErrorAndSubmit() {
  return (
    <>
      <Otp.Error className="cd-error" />
      <Otp.Submit className="cd-primary" />
    </>
  );
}

/** A visibly different design composed from the headless parts only, signing in by password and by OTP. */
const meta = {
  title: 'Components/CustomDesign',
  component: CustomDesign,
  args: { onSignedIn: fn() },
} satisfies Meta<typeof CustomDesign>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PasswordSignIn: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    // The design is the story's: its own classes and colours, none of the kit's look.
    await expect(getComputedStyle(canvasElement.querySelector('.cd-card')!).backgroundColor).toBe('rgb(30, 27, 75)');
    await expect(canvasElement.querySelector('.fdk-auth, .fdk-card')).toBeNull();
    const form = canvas.getByRole('form', { name: 'Sign in to Midnight Books' });
    await expect(form).toHaveClass('cd-form');
    await expect(form).toHaveAttribute('novalidate');
    await expect(canvas.getByRole('button', { name: 'With my password', pressed: true })).toBeVisible();
    await expect(identifier).toHaveClass('cd-input');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(250, 204, 21)');
    // Validation still reaches the custom inputs.
    await userEvent.click(submit);
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(logins.count).toBe(0);
    await userEvent.type(identifier, ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(submit);
    await expect(await canvas.findByText('Welcome back, Ana.')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(logins.count).toBe(1);
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong one');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(messages.serverCredentialsIncorrect);
    await expect(getComputedStyle(alert).backgroundColor).toBe('rgb(127, 29, 29)');
    await expect(canvas.getByLabelText('Password')).toHaveValue('wrong one');
    await expect(args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const OtpSignIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'With a code' }));
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const input = await canvas.findByLabelText('One-time code');
    await expect(canvas.getByText('Enter the code we sent you.')).toBeVisible();
    await expect(input).toHaveClass('cd-input');
    await expect(input).toHaveAccessibleDescription('We sent a code to +91 9876543210.');
    await expect(canvas.getByRole('timer')).toHaveTextContent(/^Resend code in (30|29)s$/);
    await expect(canvas.getByRole('button', { name: /^Resend code in \d+s$/ })).toHaveAttribute('aria-disabled', 'true');
    const code = inboxCode(ANA.fullMobile, 'login-otp');
    // A wrong code first: the custom boxes empty again and the styled error shows.
    await userEvent.type(input, wrongCode(code));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverOtpInvalid);
    await expect(Array.from(canvasElement.querySelectorAll('.cd-slot'), (slot) => slot.textContent).join('')).toBe('');
    await userEvent.type(input, code.slice(0, 3));
    await expect(Array.from(canvasElement.querySelectorAll('.cd-slot'), (slot) => slot.textContent)).toEqual([...code.slice(0, 3), '']);
    await userEvent.type(input, code.slice(3));
    await expect(await canvas.findByText('Welcome back, Ana.')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
  },
};

export const OtpOnlyConfig: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // One method: no tabs; the submit button is the kit's "Send code" in the story's own button.
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(canvas.queryByRole('group', { name: 'How to sign in' })).toBeNull();
    await userEvent.type(mobile, ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await userEvent.type(await canvas.findByLabelText('One-time code'), await waitFor(() => inboxCode(ANA.fullMobile, 'login-otp')));
    await expect(await canvas.findByText('Welcome back, Ana.')).toBeVisible();
  },
};

export const Busy: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const busy = await canvas.findByRole('button', { name: messages.loginSubmitting });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(getComputedStyle(busy).backgroundColor).toBe('rgb(253, 230, 138)');
    await expect(await canvas.findByText('Welcome back, Ana.', {}, { timeout: 4000 })).toBeVisible();
    await expect(currentFake().sessionsOf(ANA.email)).toHaveLength(1);
  },
};
