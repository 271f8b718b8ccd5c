import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LogoutButton } from '../../src/components/Logout';
import { useLoggedInUser } from '../../src/query/hooks/useLoggedInUser';
import { currentFake } from '../support/fake';
import { countRequests } from '../support/requests';
import { ProfileCard } from './support';

/** The sign-out button, with who is signed in according to the kit's cache. */
function LogoutDemo({ onSignedOut }: { onSignedOut: (result: { error?: unknown }) => void }) {
  const { data: user, isPending } = useLoggedInUser();
  return (
    <ProfileCard title="Sign out">
      <p className="fdk-hint" role="status">
        {isPending ? 'Checking…' : user ? `Signed in as ${user.first_name}` : 'Signed out'}
      </p>
      <LogoutButton onSignedOut={onSignedOut} />
    </ProfileCard>
  );
}

const meta = {
  title: 'Profile/Logout',
  component: LogoutDemo,
  args: { onSignedOut: fn() },
  parameters: { fake: { signedIn: true } },
} satisfies Meta<typeof LogoutDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignsOut: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Signed in as Ana')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByText('Signed out')).toBeVisible();
    await expect(args.onSignedOut).toHaveBeenCalledWith({});
  },
};

export const FailedRequestStillSignsOut: Story = {
  beforeEach: () => currentFake().faults.inject('logout', { type: 'status', status: 503, body: { message: 'down' } }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Signed in as Ana')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByText('Signed out')).toBeVisible();
    await waitFor(() => expect(args.onSignedOut).toHaveBeenCalledWith({ error: expect.objectContaining({ status: 503 }) }));
  },
};

export const DoubleClickSignsOutOnce: Story = {
  beforeEach: () => currentFake().faults.inject('logout', { type: 'latency', ms: 800 }),
  play: async ({ canvasElement, msw }) => {
    const logouts = countRequests(msw, 'logout');
    const canvas = within(canvasElement);
    await canvas.findByText('Signed in as Ana');
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByRole('button', { name: 'Signing out…' })).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Signed out', {}, { timeout: 3000 })).toBeVisible();
    await expect(logouts.count).toBe(1);
  },
};
