import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SessionsList } from '../../src/components/Sessions';
import { currentFake } from '../support/fake';
import { ANA, ProfileCard } from './support';

/** The active sessions, read-only: the User API has no way to end another session, so there is no button for it. */
function SessionsDemo() {
  return (
    <ProfileCard title="Where you are signed in">
      <SessionsList />
    </ProfileCard>
  );
}

const meta = {
  title: 'Profile/Sessions',
  component: SessionsDemo,
  parameters: { fake: { signedIn: true } },
} satisfies Meta<typeof SessionsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = await canvas.findAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual(currentFake().sessionsOf(ANA.email).map((id) => `Session ${id}`));
    await expect(canvas.getByText('1 active session')).toBeVisible();
    await expect(canvas.getByText('To end a session on another device, sign out on that device.')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Loading: Story = {
  beforeEach: () => currentFake().faults.inject('getListOfActiveSessions', { type: 'latency', ms: 60_000 }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

export const LoadError: Story = {
  beforeEach: () => currentFake().faults.inject('getListOfActiveSessions', { type: 'html' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not complete this right now');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect((await canvas.findAllByRole('listitem')).length).toBe(1);
  },
};
