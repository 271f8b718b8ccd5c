import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import * as Profile from '../../src/components/Profile';
import { currentFake, signInRequiredEvents } from '../support/fake';
import { countRequests } from '../support/requests';
import { ANA, ProfileCard } from './support';

/** The Profile parts as an app composes them (a sign-in the form needs goes to the provider's `onSignInRequired`). */
function ProfileDemo() {
  return (
    <ProfileCard title="Personal details">
      <Profile.Summary />
      <Profile.Root className="fdk-form">
        <Profile.Field name="first_name" />
        <Profile.Field name="last_name" />
        <Profile.Gender />
        <Profile.Field name="dob" />
        <Profile.Field name="profile_pic_url" />
        <Profile.Error />
        <Profile.Notice />
        <Profile.Submit />
      </Profile.Root>
    </ProfileCard>
  );
}

/** The headless profile form (`useProfileForm` through `Profile.*`) against the fake service, Ana signed in. */
const meta = {
  title: 'Profile/Profile',
  component: ProfileDemo,
  parameters: { fake: { signedIn: true } },
} satisfies Meta<typeof ProfileDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const summaryName = (canvasElement: HTMLElement) => canvasElement.querySelector('.fdk-profile-name');

async function ready(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const firstName = await canvas.findByLabelText('First name');
  await waitFor(() => expect(firstName).toHaveValue('Ana'));
  return { canvas, firstName };
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    await expect(firstName).toHaveAttribute('autocomplete', 'given-name');
    await expect(firstName).toHaveAttribute('dir', 'auto');
    await expect(canvas.getByLabelText(/Last name/)).toHaveValue('Rao');
    await expect(canvas.getByLabelText(/Gender/)).toHaveValue('female');
    await expect(canvas.getByLabelText(/Date of birth/)).toHaveValue('1992-04-18');
    await expect(canvas.getByLabelText(/Profile picture URL/)).toHaveAccessibleDescription('A link to an image, starting with https://.');
    await expect(summaryName(canvasElement)).toHaveTextContent('Ana Rao');
    await expect(canvasElement.querySelector('.fdk-avatar img')).toHaveAttribute('src', 'https://cdn.example.com/fake-user/ana.png');
  },
};

export const SaveIsOptimistic: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'latency', ms: 800 }),
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    // "Other" is sent as Fynd's `unisex` (flows.md F10).
    await userEvent.selectOptions(canvas.getByLabelText(/Gender/), 'Other');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    // Shown at once, before the server answers.
    await waitFor(() => expect(summaryName(canvasElement)).toHaveTextContent('Anaya Rao'));
    await expect(canvas.getByRole('button', { name: 'Saving changes…' })).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Your profile has been updated.', {}, { timeout: 3000 })).toBeVisible();
    await expect(currentFake().findUser(ANA.email)).toMatchObject({ first_name: 'Anaya', gender: 'unisex' });
    await expect(saves.count).toBe(1);
  },
};

export const ServerErrorRollsBack: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'status', status: 500, body: { message: 'Internal server error' } }),
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await expect(summaryName(canvasElement)).toHaveTextContent('Ana Rao');
    await expect(firstName).toHaveValue('Anaya');
    await waitFor(() => expect(firstName).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Your profile has been updated.')).toBeVisible();
    await expect(summaryName(canvasElement)).toHaveTextContent('Anaya Rao');
  },
};

export const RejectedKeepsValues: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'status', status: 400, body: { message: 'That name is not allowed.' } }),
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Admin');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That name is not allowed.');
    await expect(firstName).toHaveValue('Admin');
    await waitFor(() => expect(firstName).toHaveFocus());
  },
};

export const EmptySubmitSendsNothing: Story = {
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(firstName).toHaveFocus());
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(firstName).toHaveAccessibleDescription('This field is required.');
    await expect(saves.count).toBe(0);
  },
};

export const PictureMustBeHttps: Story = {
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const { canvas } = await ready(canvasElement);
    const picture = canvas.getByLabelText(/Profile picture URL/);
    await userEvent.clear(picture);
    await userEvent.type(picture, 'javascript:alert(1)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(picture).toHaveFocus());
    await expect(picture).toHaveAccessibleDescription(/Enter a web address starting with https:\/\//);
    await expect(saves.count).toBe(0);
  },
};

export const NamesAreText: Story = {
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    const lastName = canvas.getByLabelText(/Last name/);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'سارا');
    await userEvent.clear(lastName);
    await userEvent.type(lastName, '<img src=x onerror=window.__pwned=1>');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByText('Your profile has been updated.')).toBeVisible();
    await expect(summaryName(canvasElement)).toHaveTextContent('سارا <img src=x onerror=window.__pwned=1>');
    await expect(canvasElement.querySelector('img[onerror]')).toBeNull();
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  },
};

export const DoubleClickSavesOnce: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'latency', ms: 800 }),
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('button', { name: 'Saving changes…' })).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Your profile has been updated.', {}, { timeout: 3000 })).toBeVisible();
    await expect(saves.count).toBe(1);
  },
};

export const Offline: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'drop' }),
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You seem to be offline');
    await expect(firstName).toHaveValue('Anaya');
  },
};

export const SessionExpiredKeepsValues: Story = {
  beforeEach: () => currentFake().faults.inject('updateProfile', { type: 'unauthorized' }),
  play: async ({ canvasElement }) => {
    const { canvas, firstName } = await ready(canvasElement);
    await userEvent.clear(firstName);
    await userEvent.type(firstName, 'Anaya');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has expired. Please sign in again.');
    await expect(firstName).toHaveValue('Anaya');
    // The provider's onSignInRequired hears the expired session once, then the shopper's own request.
    await expect(signInRequiredEvents().map((event) => event.reason)).toEqual(['expired']);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in again' }));
    await expect(signInRequiredEvents().map((event) => event.reason)).toEqual(['expired', 'requested']);
  },
};
