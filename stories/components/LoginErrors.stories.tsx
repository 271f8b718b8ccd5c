import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { currentFake, type FaultMode } from '../support/fake';
import { LoginDemo } from '../support/LoginDemo';
import { ANA, LOCKED } from '../support/parts';
import { countRequests } from '../support/requests';

/**
 * The Login parts when a sign-in fails: the server's known texts in the kit's own wording, faults with "Try again",
 * a 429 counting down on the submit button, and a disabled account moving on to the "locked" step.
 */
const meta = {
  title: 'Components/Login Errors',
  component: LoginDemo,
  args: { onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof LoginDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function typeCredentials(canvas: Canvas, identifier: string = ANA.email, password: string = ANA.password) {
  await userEvent.type(await canvas.findByLabelText('Email or mobile number'), identifier);
  await userEvent.type(canvas.getByLabelText('Password'), password);
}

export const WrongPassword: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeCredentials(canvas, ANA.email, 'not my password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const alert = await canvas.findByRole('alert');
    // Fynd's "Password or username is incorrect", in the kit's own (translatable) wording.
    await expect(alert).toHaveTextContent(messages.serverCredentialsIncorrect);
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

export const UnknownUserSameMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // No enumeration: an unknown user reads exactly like a wrong password.
    await typeCredentials(canvas, 'nobody@example.com', 'Whatever1!');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverCredentialsIncorrect);
  },
};

export const LockedAccount: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The right password of a disabled account: 403 with `meta.is_deleted`, so the flow goes to "locked".
    await typeCredentials(canvas, LOCKED.email, LOCKED.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverAccountDisabled);
    await expect(await canvas.findByText('Next: account disabled')).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'accountDisabled' });
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(currentFake().sessionsOf(LOCKED.email)).toHaveLength(0);
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
export const SessionExpired: Story = faultStory('session-expired', messages.errorSessionExpired, false);

export const RateLimited: Story = {
  beforeEach: () => currentFake().faults.inject('loginWithEmailAndPassword', { type: 'rateLimit', retryAfter: 30 }),
  play: async ({ canvasElement, msw, args }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    // The wait is said once, in the alert, with no "Try again"…
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    // …and the submit button counts it down: it stays focusable (aria-disabled) and sends nothing until then.
    const submit = await canvas.findByRole('button', { name: /^Try again in (30|29) s$/ });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(submit).not.toBeDisabled();
    submit.focus();
    await expect(submit).toHaveFocus();
    await userEvent.click(submit);
    await expect(logins.count).toBe(1);
    await expect(canvas.getByLabelText('Password')).toHaveValue(ANA.password);
    await expect(args.onNext).not.toHaveBeenCalled();
  },
};
