import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Login } from '../../src/components/Login';
import type { OtpTarget, SignedInResult } from '../../src/forms/successTypes';
import type { LoginMethod } from '../../src/forms/useLoginForm';
import { messages } from '../../src/i18n/messages';
import { currentFake, type FaultMode } from '../support/fake';
import { ANA, SignedInNote, StoryCard, WithPlatformView } from '../support/parts';
import { countRequests } from '../support/requests';

interface LoginDemoProps {
  onSuccess: (result: SignedInResult) => void;
  onOtpSent: (target: OtpTarget) => void;
  redirectTo?: string;
  defaultMethod?: LoginMethod;
  /** Render the identifier, password and submit `asChild`, with elements of the story's own. */
  custom?: boolean;
}

/** The Login parts as an app composes them, on the PlatformSchema of the story's fake service. */
function LoginDemo({ onSuccess, onOtpSent, redirectTo, defaultMethod, custom }: LoginDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [sentTo, setSentTo] = useState<OtpTarget>();
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
              onOtpSent={(target) => {
                setSentTo(target);
                onOtpSent(target);
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
      {sentTo ? (
        <p role="status" className="fdk-hint">
          Code sent by {sentTo.channel}
        </p>
      ) : null}
    </StoryCard>
  );
}

/**
 * `Login.Root`, `Login.MethodSwitch`, `Login.Identifier`, `Login.Password`, `Login.Error` and `Login.Submit`
 * against the fake User service, per PlatformSchema preset and per state.
 */
const meta = {
  title: 'Components/Login',
  component: LoginDemo,
  args: { onSuccess: fn(), onOtpSent: fn() },
} satisfies Meta<typeof LoginDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function typeCredentials(canvas: Canvas, identifier: string = ANA.email, password: string = ANA.password) {
  await userEvent.type(await canvas.findByLabelText('Email or mobile number'), identifier);
  await userEvent.type(canvas.getByLabelText('Password'), password);
}

export const Default: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    await expect(canvas.getByRole('group', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Password', pressed: true })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: false })).toBeVisible();
    await expect(identifier).toHaveAttribute('type', 'text');
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(identifier).toHaveAttribute('aria-invalid', 'false');
    await expect(canvas.getByLabelText('Country code')).toHaveValue('91');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'password');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(submit).toHaveAttribute('type', 'submit');
    await expect(submit).toHaveAttribute('aria-busy', 'false');
    await expect(submit.closest('form')).toHaveAttribute('data-method', 'password');
    // Switching method keeps what was typed and swaps the password for "Send code".
    await userEvent.type(identifier, ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'One-time code' }));
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: true })).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveValue(ANA.mobile);
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Password' }));
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(logins.count).toBe(0);
  },
};

export const OtpOnly: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(mobile).toHaveAttribute('type', 'tel');
    await expect(mobile).toHaveAttribute('inputmode', 'tel');
    await expect(canvas.queryByRole('group', { name: 'Sign in' })).toBeNull();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.type(mobile, '98765 43210');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Code sent by mobile')).toBeVisible();
    await expect(args.onOtpSent).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'mobile', mobile: ANA.mobile, countryCode: '91', requestId: expect.stringMatching(/^[0-9a-f]+$/), resendTimer: 30 }),
    );
    await expect(currentFake().lastCode(ANA.fullMobile, 'login-otp')).toMatch(/^\d{6}$/);
  },
};

export const OtpOnlyRejectsAnEmail: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, msw, args }) => {
    const sends = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    const mobile = await canvas.findByLabelText('Mobile number');
    await userEvent.type(mobile, ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAccessibleDescription('Enter a valid mobile number.');
    await waitFor(() => expect(mobile).toHaveFocus());
    await expect(sends.count).toBe(0);
    await expect(args.onOtpSent).not.toHaveBeenCalled();
  },
};

export const PasswordOnly: Story = {
  parameters: { fake: { preset: 'passwordOnly' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('Password')).toBeVisible();
    await expect(canvas.queryByRole('group', { name: 'Sign in' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'One-time code' })).toBeNull();
    // Password login takes a mobile number as user name too.
    await typeCredentials(canvas, ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ user: expect.objectContaining({ first_name: 'Ana' }) }));
  },
};

export const NoSignInMethod: Story = {
  parameters: { fake: { preset: 'noSignInMethod' } },
  play: async ({ canvasElement, msw }) => {
    const passwordLogins = countRequests(msw, 'loginWithEmailAndPassword');
    const otpLogins = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    await expect(await canvas.findByTestId('sign-in-methods')).toHaveTextContent(messages.loginNoSignInMethod);
    await expect(canvas.queryByRole('group', { name: 'Sign in' })).toBeNull();
    // Login.Root says so instead of rendering a form that could never be sent.
    const statuses = canvas.getAllByRole('status');
    await expect(statuses.some((status) => status.textContent === messages.loginNoSignInMethod)).toBe(true);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).toBeNull();
    await expect(passwordLogins.count + otpLogins.count).toBe(0);
  },
};

export const SignInWithPassword: Story = {
  args: { redirectTo: '/orders?page=2' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Signed in as Ana (then /orders?page=2)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ redirect: '/orders?page=2', user: expect.objectContaining({ first_name: 'Ana', last_name: 'Rao' }) }),
    );
    await expect(currentFake().sessionsOf(ANA.email)).toHaveLength(1);
  },
};

export const SendCodeByEmail: Story = {
  args: { defaultMethod: 'otp' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'One-time code', pressed: true })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Email or mobile number'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Code sent by email')).toBeVisible();
    await expect(args.onOtpSent).toHaveBeenCalledWith(expect.objectContaining({ channel: 'email', email: ANA.email }));
    await expect(currentFake().lastCode(ANA.email, 'login-otp')).toMatch(/^\d{6}$/);
  },
};

export const EmptySubmitSendsNothing: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in' }));
    const identifier = canvas.getByLabelText('Email or mobile number');
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(messages.validationRequired);
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(logins.count).toBe(0);
  },
};

export const InvalidIdentifier: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas, 'ana@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const identifier = canvas.getByLabelText('Email or mobile number');
    await expect(identifier).toHaveAccessibleDescription('Enter a valid email address or mobile number.');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'false');
    await expect(logins.count).toBe(0);
  },
};

export const Submitting: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await userEvent.click(submit);
    const busy = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    // A second click (or Enter) while busy sends nothing more.
    await userEvent.click(busy);
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
    await expect(logins.count).toBe(1);
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-busy', 'false');
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeCredentials(canvas, ANA.email, 'not my password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Invalid username or password');
    await expect(alert.parentElement).toHaveAttribute('aria-live', 'assertive');
    // Rejected credentials: nothing to retry, every value kept, focus on the password.
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.getByLabelText('Email or mobile number')).toHaveValue(ANA.email);
    await expect(canvas.getByLabelText('Password')).toHaveValue('not my password');
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
    await expect(args.onSuccess).not.toHaveBeenCalled();
    // Fixing the password clears the error and signs in.
    await userEvent.clear(canvas.getByLabelText('Password'));
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** A fault on every call: the friendly message in the alert, the values kept, "Try again" when it may work. */
function faultStory(fault: FaultMode, message: string, retryable: boolean): Story {
  return {
    parameters: { fake: { fault } },
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      await typeCredentials(canvas);
      await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(canvas.getByLabelText('Email or mobile number')).toHaveValue(ANA.email);
      await expect(canvas.getByLabelText('Password')).toHaveValue(ANA.password);
      await expect(canvas.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-busy', 'false');
      await expect(args.onSuccess).not.toHaveBeenCalled();
      if (!retryable) {
        await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
        return;
      }
      // The service recovers: "Try again" submits the kept values.
      currentFake().faults.clear();
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
      await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer, true);
export const HtmlError: Story = faultStory('html-error', messages.errorServer, true);
export const Offline: Story = faultStory('offline', messages.errorOffline, true);
// A 429 says how long to wait instead of offering "Try again".
export const RateLimited: Story = faultStory('rate-limited', 'Too many attempts. Try again in 30 s.', false);
export const SessionExpired: Story = faultStory('session-expired', messages.errorSessionExpired, false);

export const AsChild: Story = {
  args: { custom: true },
  play: async ({ canvasElement, msw, args }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    // The story's own elements carry the parts' wiring: label, classes, autofill hints, submit type and label.
    await expect(identifier).toHaveClass('story-input');
    await expect(identifier).toHaveClass('fdk-input');
    await expect(identifier).toHaveAttribute('placeholder', 'you@example.com');
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveClass('story-input');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(submit).toHaveClass('story-button');
    await expect(submit).toHaveAttribute('type', 'submit');
    // Validation reaches the custom input.
    await userEvent.click(submit);
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(messages.validationRequired);
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(logins.count).toBe(0);
    // And it submits.
    await userEvent.type(identifier, ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(submit);
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(identifier).toHaveAttribute('aria-invalid', 'false');
    await expect(logins.count).toBe(1);
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const AsChildBusy: Story = {
  args: { custom: true },
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    // The custom button has no text of its own, so it takes the part's busy label.
    const busy = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveClass('story-button');
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
  },
};
