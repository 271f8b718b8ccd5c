import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import * as ForgotPassword from '../../src/components/ForgotPassword';
import type { AuthFlowEvent, SignedInResult } from '../../src/flow/types';
import { formatMessage } from '../../src/i18n/formatMessage';
import { messages } from '../../src/i18n/messages';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake, storyClient, type FaultMode } from '../support/fake';
import { ANA, GOOD_PASSWORD, inboxCode, SignedInNote, StoryCard, WithPlatformView } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

interface ForgotPasswordDemoProps {
  onNext: (event: AuthFlowEvent) => void;
  onSuccess: (result: SignedInResult) => void;
  /** A code from a reset link (`?code=`): starts at the code step. */
  code?: string;
  defaultEmail?: string;
}

/** The ForgotPassword parts as an app composes them: one form, one step at a time. */
function ForgotPasswordDemo({ onNext, onSuccess, code, defaultEmail }: ForgotPasswordDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  return (
    <StoryCard title="Reset your password">
      <WithPlatformView>
        {(view) => (
          <ForgotPassword.Root
            view={view}
            code={code}
            defaultEmail={defaultEmail}
            className="fdk-form"
            onNext={onNext}
            onSuccess={(result) => {
              setSignedIn(result);
              onSuccess(result);
            }}
          >
            <ForgotPassword.Step step="email">
              <p className="fdk-hint">{messages.forgotHint}</p>
              <ForgotPassword.Field name="email" />
            </ForgotPassword.Step>
            <ForgotPassword.Notice />
            <ForgotPassword.Step step="code">
              <ForgotPassword.Field name="code" />
            </ForgotPassword.Step>
            <ForgotPassword.Step step="password">
              <ForgotPassword.Field name="password" />
              <ForgotPassword.Field name="confirmPassword" />
            </ForgotPassword.Step>
            <ForgotPassword.Step step="done">
              <p className="fdk-hint">{messages.resetSuccess}</p>
            </ForgotPassword.Step>
            <ForgotPassword.Error />
            <ForgotPassword.Submit />
          </ForgotPassword.Root>
        )}
      </WithPlatformView>
      <SignedInNote result={signedIn} />
    </StoryCard>
  );
}

/**
 * `ForgotPassword.Root`, `Step`, `Field`, `Submit`, `Notice` and `Error`: email → the code from the fake's inbox →
 * a new password.
 */
const meta = {
  title: 'Components/ForgotPassword',
  component: ForgotPasswordDemo,
  args: { onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof ForgotPasswordDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const NEW_PASSWORD = GOOD_PASSWORD;
const ruleText = messages.validationPasswordRule.replace('{min}', '8');
const step = (canvasElement: HTMLElement) => canvasElement.querySelector('form')?.getAttribute('data-step');

/** The email step, done: the notice is shown and the code field is next. */
async function askForCode(canvas: Canvas, email: string = ANA.email) {
  await userEvent.type(await canvas.findByLabelText('Email address'), email);
  await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
  await expect(await canvas.findByText(formatMessage(messages.forgotSent, { email }))).toBeVisible();
  return canvas.getByLabelText('Reset code');
}

export const EmailStep: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = await canvas.findByLabelText('Email address');
    await expect(step(canvasElement)).toBe('email');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'email');
    // The notice's live region is there before it has anything to say.
    await expect(canvasElement.querySelector('.fdk-notice')).toHaveAttribute('role', 'status');
    await expect(canvasElement.querySelector('.fdk-notice')).toHaveTextContent(/^$/);
    await expect(canvas.queryByLabelText('Reset code')).toBeNull();
    await expect(canvas.queryByLabelText('New password')).toBeNull();
    await expect(canvas.getByRole('button', { name: messages.forgotSubmit })).toHaveAttribute('aria-busy', 'false');
  },
};

export const AllThreeSteps: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const resets = recordRequests(msw, 'forgotPassword');
    const canvas = within(canvasElement);
    const codeField = await askForCode(canvas);
    await expect(step(canvasElement)).toBe('code');
    await expect(canvas.queryByLabelText('Email address')).toBeNull();
    const code = await waitFor(() => inboxCode(ANA.email, 'reset-password'));
    await userEvent.type(codeField, code);
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    const password = await canvas.findByLabelText('New password');
    await expect(step(canvasElement)).toBe('password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(password).toHaveAccessibleDescription(ruleText);
    await userEvent.type(password, NEW_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), NEW_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(step(canvasElement)).toBe('done');
    await expect(canvas.getByText(messages.resetSuccess)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: messages.resetSubmit })).toBeNull();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Ana' }) });
    await waitFor(() => expect(resets.bodies).toEqual([{ code, password: NEW_PASSWORD }]));
    // The new password works, the old one does not.
    const answer = await storyClient().loginWithEmailAndPassword({ body: { username: ANA.email, password: NEW_PASSWORD } });
    await expect(answer.user?.first_name).toBe('Ana');
    await expect(storyClient().loginWithEmailAndPassword({ body: { username: ANA.email, password: ANA.password } })).rejects.toThrow();
  },
};

export const UnknownEmailSameNotice: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // No enumeration: the same notice and the same next step, but nothing in the inbox.
    await askForCode(canvas, 'nobody@example.com');
    await expect(step(canvasElement)).toBe('code');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(currentFake().lastMessage('nobody@example.com')).toBeUndefined();
  },
};

export const EmptyAndInvalidEmail: Story = {
  play: async ({ canvasElement, msw }) => {
    const sends = countRequests(msw, 'sendResetPasswordEmail');
    const canvas = within(canvasElement);
    const email = await canvas.findByLabelText('Email address');
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(messages.validationRequired);
    await waitFor(() => expect(email).toHaveFocus());
    await userEvent.type(email, 'ana@example');
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    await expect(email).toHaveAccessibleDescription(messages.validationEmail);
    await expect(sends.count).toBe(0);
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement, msw }) => {
    const resets = countRequests(msw, 'forgotPassword');
    const canvas = within(canvasElement);
    const codeField = await askForCode(canvas);
    await userEvent.type(codeField, 'rp999999');
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.invalidCode);
    await expect(step(canvasElement)).toBe('code');
    await expect(codeField).toHaveValue('rp999999');
    await waitFor(() => expect(codeField).toHaveFocus());
    await expect(canvas.queryByLabelText('New password')).toBeNull();
    // The right code moves on and clears the error.
    await userEvent.clear(codeField);
    await userEvent.type(codeField, inboxCode(ANA.email, 'reset-password'));
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    await expect(await canvas.findByLabelText('New password')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(resets.count).toBe(0);
  },
};

export const MismatchedConfirmPassword: Story = {
  beforeEach: async ({ args }) => {
    // From a reset link: the email was sent beforehand and the code comes in the URL.
    await storyClient().sendResetPasswordEmail({ body: { email: ANA.email } });
    args.code = inboxCode(ANA.email, 'reset-password');
  },
  play: async ({ canvasElement, msw }) => {
    const resets = countRequests(msw, 'forgotPassword');
    const canvas = within(canvasElement);
    // The link's code is checked at once (`sendResetToken`): the form opens on the new password.
    const password = await canvas.findByLabelText('New password');
    await waitFor(() => expect(password).toHaveFocus());
    const confirm = canvas.getByLabelText('Confirm new password');
    await userEvent.type(password, NEW_PASSWORD);
    await userEvent.type(confirm, `${NEW_PASSWORD}!`);
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect(confirm).toHaveAccessibleDescription(messages.validationPasswordMismatch);
    await expect(password).toHaveAttribute('aria-invalid', 'false');
    await waitFor(() => expect(confirm).toHaveFocus());
    // Fynd's rule is checked before sending: a space is refused (the hint, then the error, say the rule).
    await userEvent.clear(password);
    await userEvent.type(password, 'N3w pass!');
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(`${ruleText} ${ruleText}`);
    await expect(resets.count).toBe(0);
    await expect(step(canvasElement)).toBe('password');
  },
};

export const CodeUsedMeanwhile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const codeField = await askForCode(canvas);
    await userEvent.type(codeField, inboxCode(ANA.email, 'reset-password'));
    await userEvent.click(canvas.getByRole('button', { name: messages.commonContinue }));
    await userEvent.type(await canvas.findByLabelText('New password'), NEW_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), NEW_PASSWORD);
    // The code is refused at the last step: back to the code step, with the server's message and the focus in the
    // code field.
    currentFake().faults.inject('forgotPassword', { type: 'status', status: 400, body: { message: 'Invalid or expired code.' } });
    await userEvent.click(canvas.getByRole('button', { name: messages.resetSubmit }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid or expired code.');
    await expect(step(canvasElement)).toBe('code');
    await waitFor(() => expect(canvas.getByLabelText('Reset code')).toHaveFocus());
  },
};

export const Sending: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const sends = countRequests(msw, 'sendResetPasswordEmail');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email address'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    const busy = await canvas.findByRole('button', { name: messages.forgotSubmitting });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(busy);
    await expect(await canvas.findByLabelText('Reset code', {}, { timeout: 4000 })).toBeVisible();
    await expect(sends.count).toBe(1);
  },
};

/** A fault on every call: the friendly message, the email kept, "Try again" sends it when the service is back. */
function faultStory(fault: FaultMode, message: string): Story {
  return {
    parameters: { fake: { fault } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await userEvent.type(await canvas.findByLabelText('Email address'), ANA.email);
      await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(canvas.getByLabelText('Email address')).toHaveValue(ANA.email);
      await expect(step(canvasElement)).toBe('email');
      currentFake().faults.clear();
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
      await expect(await canvas.findByLabelText('Reset code')).toBeVisible();
      await expect(currentFake().lastCode(ANA.email, 'reset-password')).toBeTruthy();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer);
export const HtmlError: Story = faultStory('html-error', messages.errorServer);
export const Offline: Story = faultStory('offline', messages.errorOffline);
export const RateLimited: Story = {
  parameters: { fake: { fault: 'rate-limited' } },
  play: async ({ canvasElement, msw }) => {
    const sends = countRequests(msw, 'sendResetPasswordEmail');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Email address'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.forgotSubmit }));
    // Said once, with no "Try again"; the submit button counts the wait down and sends nothing meanwhile.
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    const submit = await canvas.findByRole('button', { name: /^Try again in (30|29) s$/ });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(submit);
    await expect(sends.count).toBe(1);
    await expect(step(canvasElement)).toBe('email');
  },
};
