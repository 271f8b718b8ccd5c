import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import * as ChangePassword from '../../src/components/ChangePassword';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake, storyClient } from '../support/fake';
import { countRequests } from '../support/requests';
import { ANA } from './support';
import { GOOD_PASSWORD } from '../support/parts';

/** The ChangePassword parts: "Change password" with the current one, or "Set a password" for an account without. */
function PasswordDemo() {
  return (
    <div className="fdk-profile">
      <div className="fdk-profile-main">
        <div className="fdk-section">
          <ChangePassword.Root className="fdk-form">
            <ChangePassword.Title level={2} />
            <ChangePassword.Hint />
            <ChangePassword.Fields />
            <ChangePassword.Error />
            <ChangePassword.Notice />
            <ChangePassword.Submit />
          </ChangePassword.Root>
        </div>
      </div>
    </div>
  );
}

const meta = {
  title: 'Profile/ChangePassword',
  component: PasswordDemo,
  parameters: { fake: { signedIn: true } },
} satisfies Meta<typeof PasswordDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ChangeWithCurrentPassword: Story = {
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updatePassword');
    const canvas = within(canvasElement);
    const current = await canvas.findByLabelText('Current password');
    const next = canvas.getByLabelText('New password');
    const confirm = canvas.getByLabelText('Confirm new password');
    await expect(current).toHaveAttribute('autocomplete', 'current-password');
    await expect(next).toHaveAttribute('autocomplete', 'new-password');
    await expect(confirm).toHaveAttribute('autocomplete', 'new-password');
    await userEvent.type(current, ANA.password);
    await userEvent.type(next, GOOD_PASSWORD);
    await userEvent.type(confirm, GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expect(await canvas.findByText('Your password has been changed.')).toBeVisible();
    // Not kept after success.
    await expect(current).toHaveValue('');
    await expect(next).toHaveValue('');
    await expect(confirm).toHaveValue('');
    await expect(saves.count).toBe(1);
    await expect(storyClient().loginWithEmailAndPassword({ body: { username: ANA.email, password: GOOD_PASSWORD } })).resolves.toBeTruthy();
  },
};

export const SetPasswordWithoutOne: Story = {
  // Ben has no password: signed in with a login token.
  parameters: { fake: { signedIn: 'ben@example.com' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const next = await canvas.findByLabelText('New password');
    await expect(canvas.getByRole('heading', { name: 'Set a password' })).toBeVisible();
    await expect(canvas.getByText('You sign in with one-time codes. Set a password to sign in with it too.')).toBeVisible();
    await expect(canvas.queryByLabelText('Current password')).toBeNull();
    await userEvent.type(next, 'B3n-password!');
    await userEvent.type(canvas.getByLabelText('Confirm new password'), 'B3n-password!');
    await userEvent.click(canvas.getByRole('button', { name: 'Set password' }));
    await expect(await canvas.findByText('Your password has been set.')).toBeVisible();
    await expect(await canvas.findByLabelText('Current password')).toHaveValue('');
    await expect(canvas.getByRole('heading', { name: 'Change password' })).toBeVisible();
  },
};

export const CheckedBeforeSending: Story = {
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updatePassword');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Change password' }));
    const current = canvas.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveFocus());
    await expect(current).toHaveAccessibleDescription('This field is required.');
    await userEvent.type(current, ANA.password);
    await userEvent.type(canvas.getByLabelText('New password'), ANA.password);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), ANA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expect(canvas.getByLabelText('New password')).toHaveAccessibleDescription(/Choose a password different from your current one\./);
    await expect(saves.count).toBe(0);
  },
};

export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const current = await canvas.findByLabelText('Current password');
    await userEvent.type(current, 'not my password');
    await userEvent.type(canvas.getByLabelText('New password'), GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.oldPasswordWrong);
    await expect(canvas.getByLabelText('New password')).toHaveValue(GOOD_PASSWORD);
    await waitFor(() => expect(current).toHaveFocus());
  },
};

export const Loading: Story = {
  beforeEach: () => currentFake().faults.inject('hasPassword', { type: 'latency', ms: 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…');
    await expect(canvas.queryByLabelText('New password')).toBeNull();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const LoadError: Story = {
  beforeEach: () => currentFake().faults.inject('hasPassword', { type: 'status', status: 500, body: { message: 'Internal server error' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByLabelText('Current password')).toBeVisible();
  },
};
