import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ProfileScreen } from '../../src/screens/ProfileScreen';
import { platformPresets } from '../../src/testing/presets';
import { currentFake, signInRequiredEvents, storyClient } from '../support/fake';
import { countRequests } from '../support/requests';

/**
 * The drop-in account screen against the embedded fake User service, Ana signed in. Each story is also a test
 * (its `play`), run in Chromium with axe checking accessibility.
 */
const meta = {
  title: 'Screens/ProfileScreen',
  component: ProfileScreen,
  args: { onSignedOut: fn() },
  parameters: { fake: { signedIn: true } },
} satisfies Meta<typeof ProfileScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

const ANA = { email: 'ana@example.com', password: 'Passw0rd!' };

async function firstNameField(canvasElement: HTMLElement) {
  const field = await within(canvasElement).findByLabelText('First name');
  await waitFor(() => expect(field).toHaveValue('Ana'));
  return field;
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
    await firstNameField(canvasElement);
    await waitFor(() =>
      expect(canvas.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
        'Personal details',
        'Email addresses',
        'Mobile numbers',
        'Change password',
        'Where you are signed in',
      ]),
    );
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(await canvas.findByLabelText('Current password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(await canvas.findByText('1 active session')).toBeVisible();
  },
};

export const SomeSections: Story = {
  args: { sections: ['emails', 'profile'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await firstNameField(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Email addresses', 'Personal details']);
    await expect(canvas.queryByRole('button', { name: 'Sign out' })).toBeNull();
    await expect(canvas.queryByLabelText('Current password')).toBeNull();
  },
};

export const Loading: Story = {
  beforeEach: () => currentFake().faults.inject('getLoggedInUser', { type: 'latency', ms: 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…');
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const SessionError: Story = {
  beforeEach: () => currentFake().faults.inject('getLoggedInUser', { type: 'status', status: 500, body: { message: 'Internal server error' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await firstNameField(canvasElement);
  },
};

export const SignedOut: Story = {
  parameters: { fake: { signedIn: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Sign in to see your profile.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Sign in' });
    await userEvent.type(await within(dialog).findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(within(dialog).getByLabelText('Password'), ANA.password);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await firstNameField(canvasElement);
    // The dialog closes once the session is in (a render later on React 18).
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
  },
};

export const SessionExpiredMidEditReplaysOnce: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'unauthorized' }),
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    const save = canvas.getByRole('button', { name: 'Save changes' });
    await userEvent.click(save);

    const dialog = await canvas.findByRole('dialog', { name: 'Sign in to save your changes' });
    // A native modal dialog: the page behind is inert by the browser's own rules.
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(dialog).toHaveAccessibleDescription('Your session has ended. Sign in again and your changes will be saved.');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await expect(firstName).toHaveValue('Anaya');

    await userEvent.type(await within(dialog).findByLabelText('Email or mobile number'), ANA.email);
    await userEvent.type(within(dialog).getByLabelText('Password'), ANA.password);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await expect(await canvas.findByText('Your profile has been updated.')).toBeVisible();
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(save).toHaveFocus());
    await expect(currentFake().findUser(ANA.email)?.first_name).toBe('Anaya');
    await expect(saves.count).toBe(2);
  },
};

export const SignInDialog: Story = {
  // Ends with the dialog open, so that axe checks it (and the config's text is shown as text in it); a modal lies
  // over the page by design, so the page's layout rule is not checked under it.
  parameters: { layoutCheck: false },
  beforeEach: () => {
    currentFake().faults.inject('updateProfile', { type: 'unauthorized' });
    currentFake().setPreset({ ...platformPresets.default, display: '<img src=x onerror=window.__pwned=1>Welcome back' });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Sign in to save your changes' });
    // The embedded sign-in names its step in its h1; the config's display name is shown as text above it.
    await expect(await within(dialog).findByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    await expect(within(dialog).getByText('<img src=x onerror=window.__pwned=1>Welcome back')).toBeVisible();
    await expect(canvasElement.querySelector('img[onerror]')).toBeNull();
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // A native modal dialog: focus is inside, and the page behind is inert by the browser's own rules.
    await expect(dialog.matches(':modal')).toBe(true);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.tab({ shift: true });
    await expect(dialog.contains(document.activeElement)).toBe(true);
  },
};

export const SessionExpiredWithAppSignIn: Story = {
  // `signInDialog: false`: the screen only tells the provider's `onSignInRequired`; the app signs the shopper in its own way.
  args: { signInDialog: false },
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'unauthorized' }),
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(signInRequiredEvents()).toContainEqual(expect.objectContaining({ reason: 'expired' })));
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has expired. Please sign in again.');
    await expect(firstName).toHaveValue('Anaya');
    await expect(saves.count).toBe(1);
  },
};

export const ServerErrorKeepsValues: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'html' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('We could not complete this right now');
    await expect(alert).not.toHaveTextContent('<');
    await expect(firstName).toHaveValue('Anaya');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const Offline: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'drop' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You seem to be offline');
    await expect(firstName).toHaveValue('Anaya');
  },
};

export const DoubleClickSavesOnce: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'latency', ms: 800 }),
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    const firstName = await firstNameField(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('button', { name: 'Saving changes…' })).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Your profile has been updated.', {}, { timeout: 3000 })).toBeVisible();
    await expect(saves.count).toBe(1);
  },
};

export const SignOutEvenWhenTheRequestFails: Story = {
  beforeEach: () => currentFake().faults.inject('logout', { type: 'status', status: 503, body: { message: 'down' } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await firstNameField(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByText('You have been signed out.')).toBeVisible();
    await expect(canvas.queryByLabelText('First name')).toBeNull();
    await waitFor(() => expect(args.onSignedOut).toHaveBeenCalledWith({ error: expect.objectContaining({ status: 503 }) }));
  },
};

export const RightToLeft: Story = {
  args: { messages: { profileTitle: 'الملف الشخصي' } },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  beforeEach: async () => {
    await storyClient().updateProfile({ body: { first_name: 'سارا', last_name: 'أحمد' } });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'الملف الشخصي' })).toBeVisible();
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveValue('سارا'));
    await expect(canvasElement.querySelector('.fdk-profile-name')).toHaveTextContent('سارا أحمد');
  },
};
