import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import * as EmailList from '../../src/components/EmailList';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake, storyClient } from '../support/fake';
import { countRequests } from '../support/requests';
import { ANA, addVerifiedEmail, linkCode, ProfileCard } from './support';

/**
 * The EmailList parts against the embedded fake User service, with Ana signed in. Every rule the service enforces
 * is shown before any request: a disabled button says why.
 */
const meta = {
  title: 'Profile/EmailList',
  parameters: { fake: { signedIn: true } },
  render: () => (
    <ProfileCard title="Email addresses">
      <EmailList.Root>
        <EmailList.Status />
        <EmailList.Items />
        <EmailList.Add />
      </EmailList.Root>
    </ProfileCard>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const entryOf = (canvasElement: HTMLElement, label: string) => within(canvasElement).getByText(label, { selector: '.fdk-contact-label' }).closest('li')!;

export const Default: Story = {
  play: async ({ canvasElement, msw }) => {
    const deletes = countRequests(msw, 'deleteEmail');
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.email, { selector: '.fdk-contact-label' });
    const entry = within(entryOf(canvasElement, ANA.email));
    await expect(entry.getByText('Primary')).toBeVisible();
    await expect(entry.getByText('Verified')).toBeVisible();
    const remove = canvas.getByRole('button', { name: `Remove ${ANA.email}` });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription('This is your primary email address. Make another one primary before removing it.');
    await userEvent.click(remove);
    await expect(canvas.queryByRole('group')).toBeNull();
    await expect(deletes.count).toBe(0);
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('autocomplete', 'email');
  },
};

export const Loading: Story = {
  beforeEach: () => currentFake().faults.inject('getLoggedInUser', { type: 'latency', ms: 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Loading…')).toHaveAttribute('role', 'status');
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

export const AddVerifyMakePrimaryRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.email, { selector: '.fdk-contact-label' });
    await userEvent.type(canvas.getByLabelText('Email address'), 'ana.new@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await expect(await canvas.findByText('ana.new@example.com has been added.')).toBeVisible();

    const added = within(entryOf(canvasElement, 'ana.new@example.com'));
    await expect(added.getByText('Not verified')).toBeVisible();
    await expect(added.getByRole('button', { name: /^Send again in \d+s ana\.new@example\.com$/ })).toHaveAttribute('aria-disabled', 'true');
    const primary = added.getByRole('button', { name: 'Make primary ana.new@example.com' });
    await expect(primary).toHaveAccessibleDescription('Verify this email address before making it primary.');

    const code = await waitFor(() => linkCode('ana.new@example.com', 'verify-email'));
    await userEvent.type(added.getByLabelText(/Code from the link/), code);
    await userEvent.click(added.getByRole('button', { name: 'Verify ana.new@example.com' }));
    await expect(await canvas.findByText('ana.new@example.com is now verified.')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Make primary ana.new@example.com' }));
    await expect(await canvas.findByText('ana.new@example.com is now your primary email address.')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: `Remove ${ANA.email}` }));
    const confirm = canvas.getByRole('group', { name: 'Remove this email address?' });
    await expect(confirm).toHaveAccessibleDescription(`You will no longer be able to sign in with ${ANA.email}.`);
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Remove email address' })).toHaveFocus());
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove email address' }));
    await expect(await canvas.findByText(`${ANA.email} has been removed.`)).toBeVisible();
    await waitFor(() => expect(canvas.queryByText(ANA.email, { selector: '.fdk-contact-label' })).toBeNull());
    await expect(currentFake().findUser('ana.new@example.com')?.emails).toEqual([{ email: 'ana.new@example.com', primary: true, verified: true, active: true }]);
  },
};

export const AddExistingEmail: Story = {
  play: async ({ canvasElement, msw }) => {
    const adds = countRequests(msw, 'addEmail');
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.email, { selector: '.fdk-contact-label' });
    const field = canvas.getByLabelText('Email address');
    // Already on the account: refused before any request.
    await userEvent.type(field, ' ANA@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await waitFor(() => expect(field).toHaveFocus());
    await expect(field).toHaveAccessibleDescription('You have already added this email address.');
    await expect(adds.count).toBe(0);
    // Used by another account: only the server knows (409), its message is shown and the value kept.
    await userEvent.clear(field);
    await userEvent.type(field, 'ben@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.emailTaken);
    await expect(field).toHaveValue('ben@example.com');
    await waitFor(() => expect(field).toHaveFocus());
    await expect(adds.count).toBe(1);
  },
};

export const DeleteWhileAnotherDeleteIsPending: Story = {
  beforeEach: async () => {
    await addVerifiedEmail('two@example.com');
    await addVerifiedEmail('three@example.com');
    currentFake().faults.inject('deleteEmail', { type: 'latency', ms: 600 }, { times: 2 });
  },
  play: async ({ canvasElement, msw }) => {
    const deletes = countRequests(msw, 'deleteEmail');
    const canvas = within(canvasElement);
    await canvas.findByText('three@example.com', { selector: '.fdk-contact-label' });
    await userEvent.click(canvas.getByRole('button', { name: 'Remove two@example.com' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove email address' }));
    const pending = await canvas.findByRole('button', { name: 'Removing… two@example.com' });
    await expect(pending).toHaveAttribute('aria-busy', 'true');
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(pending);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove three@example.com' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove email address' }));
    await expect(await canvas.findByRole('button', { name: 'Removing… three@example.com' })).toBeVisible();
    await waitFor(() => expect(canvas.queryByText('two@example.com', { selector: '.fdk-contact-label' })).toBeNull(), { timeout: 3000 });
    await waitFor(() => expect(canvas.queryByText('three@example.com', { selector: '.fdk-contact-label' })).toBeNull(), { timeout: 3000 });
    await expect(deletes.count).toBe(2);
    await expect(currentFake().findUser(ANA.email)?.emails?.map((item) => item.email)).toEqual([ANA.email]);
  },
};

export const DeleteFails: Story = {
  beforeEach: async () => {
    await addVerifiedEmail('two@example.com');
    currentFake().faults.inject('deleteEmail', { type: 'status', status: 500, body: { message: 'Internal server error' } });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('two@example.com', { selector: '.fdk-contact-label' });
    await userEvent.click(canvas.getByRole('button', { name: 'Remove two@example.com' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove email address' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await expect(canvas.getByRole('button', { name: 'Remove two@example.com' })).toHaveAttribute('aria-busy', 'false');
  },
};

export const ResendCountdown: Story = {
  beforeEach: async () => {
    await storyClient().addEmail({ body: { email: 'old@example.com' } });
  },
  play: async ({ canvasElement, msw }) => {
    const links = countRequests(msw, 'sendVerificationLinkToEmail');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send verification link old@example.com' }));
    await expect(await canvas.findByText('We sent a verification link to old@example.com.')).toBeVisible();
    const again = await canvas.findByRole('button', { name: /^Send again in (30|29)s old@example\.com$/ });
    await expect(again).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(again);
    await expect(links.count).toBe(1);
  },
};

export const Offline: Story = {
  beforeEach: () => currentFake().faults.inject('addEmail', { type: 'drop' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.email, { selector: '.fdk-contact-label' });
    await userEvent.type(canvas.getByLabelText('Email address'), 'ana.new@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You seem to be offline');
    await expect(canvas.getByLabelText('Email address')).toHaveValue('ana.new@example.com');
  },
};
