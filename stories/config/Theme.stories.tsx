import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { platformPresets } from '../../src/testing/presets';
import { ThemePreview } from '../support/ThemePreview';

/** `themeFromConfig`: safe CSS variables from the config's colours and images; hostile values are dropped. */
const meta = {
  title: 'Config/Theme',
  component: ThemePreview,
  parameters: { fake: { noProvider: true } },
} satisfies Meta<typeof ThemePreview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Branded: Story = {
  args: { config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    const themed = within(canvasElement).getByTestId('themed');
    const style = getComputedStyle(themed);
    await expect(style.getPropertyValue('--fdk-color-bg').trim()).toBe('#0b3d2e');
    await expect(style.getPropertyValue('--fdk-color-text').trim()).toBe('#ffffff');
    await expect(style.backgroundColor).toBe('rgb(11, 61, 46)');
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('Free shipping on your first order');
  },
};

export const HostileColours: Story = {
  args: {
    config: {
      ...platformPresets.default,
      display: '<script>window.__pwned = true</script>Shop',
      look_and_feel: { background_color: 'red;}body{display:none', card_position: 'center' },
      flash_card: { text: '<img src=x onerror="window.__pwned=true">Sale', text_color: 'url(javascript:alert(1))', background_color: 'expression(alert(1))' },
      desktop_image: 'javascript:alert(1)',
      mobile_image: 'http://insecure.example/a.png',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const style = getComputedStyle(canvas.getByTestId('themed'));
    await expect(style.getPropertyValue('--fdk-color-bg')).toBe('');
    await expect(style.getPropertyValue('--fdk-flash-bg')).toBe('');
    await expect(style.getPropertyValue('--fdk-image-desktop')).toBe('');
    await expect(getComputedStyle(document.body).display).not.toBe('none');
    // Config text is text: the markup shows as characters and never runs.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('<script>window.__pwned = true</script>Shop');
    await expect(canvas.getByRole('note')).toHaveTextContent('<img src=x onerror="window.__pwned=true">Sale');
    await expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    await expect(canvas.getByTestId('warnings').children.length).toBeGreaterThanOrEqual(4);
  },
};

export const UnreadableFlashCard: Story = {
  args: { config: { ...platformPresets.default, flash_card: { text: 'Low contrast banner', text_color: '#777777', background_color: '#888888' } } },
  play: async ({ canvasElement }) => {
    const style = getComputedStyle(within(canvasElement).getByTestId('themed'));
    // #777 on #888 reads at 1.3:1, so the text falls back to black, which reads better on #888 than white does.
    await expect(style.getPropertyValue('--fdk-flash-text').trim()).toBe('#000000');
  },
};
