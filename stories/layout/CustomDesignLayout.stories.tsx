import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CustomSignIn } from '../../demo/src/CustomSignIn';
import { expectLayoutsHold, LayoutFrame } from '../support/layoutMatrix';
import { ANA } from '../support/parts';

/**
 * The demo's `/custom` page (demo/src/CustomSignIn.tsx): a design of the app's own on the headless parts and
 * `useAuthFlow`, with its own stylesheet. It holds like the drop-in screens: every width, light and dark,
 * left-to-right and right-to-left, on its sign-in and its code step.
 */
const meta = {
  title: 'Layout/Custom design (demo)',
  tags: ['browser-matrix'],
  component: CustomSignIn,
  args: { onSignedIn: fn() },
  render: (args) => <LayoutFrame arabic={undefined}>{() => <CustomSignIn {...args} />}</LayoutFrame>,
} satisfies Meta<typeof CustomSignIn>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByLabelText('Email or mobile number');
    await expectLayoutsHold(canvasElement);
  },
};

export const Code: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'With a code' }));
    await userEvent.type(canvas.getByLabelText('Mobile number'), ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByRole('heading', { name: 'Check your phone' })).toBeVisible();
    await expectLayoutsHold(canvasElement);
  },
};
