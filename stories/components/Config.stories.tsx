import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import * as Config from '../../src/components/Config';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import type { PlatformSchema } from '../../src/schemas/config';
import { platformPresets } from '../../src/testing/presets';

interface ConfigDemoProps {
  config: PlatformSchema | undefined;
  fallbackTitle?: string;
  fallbackSubtitle?: string;
  level?: 1 | 2 | 3;
}

/** `Config.Image`, `Config.Heading` and `Config.FlashCard` on `readPlatformConfig(config)`, in the kit's card. */
function ConfigDemo({ config, fallbackTitle, fallbackSubtitle, level }: ConfigDemoProps) {
  const view = readPlatformConfig(config);
  return (
    <div className="fdk-auth">
      <Config.Image view={view} className="fdk-auth-image" />
      <div className="fdk-card">
        {level && level > 1 ? <h1 className="fdk-title">Your store</h1> : null}
        <Config.Heading view={view} fallbackTitle={fallbackTitle} fallbackSubtitle={fallbackSubtitle} level={level} />
        <Config.FlashCard view={view} />
        <p>The form goes here.</p>
      </div>
    </div>
  );
}

/** The parts that show what the PlatformSchema says: headings, flash card and image, always as text. */
const meta = {
  title: 'Components/Config',
  component: ConfigDemo,
  args: { config: platformPresets.default },
  parameters: { fake: { noProvider: true } },
} satisfies Meta<typeof ConfigDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Branded: Story = {
  args: { config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Acme Store');
    await expect(canvas.getByText('Sign in to track orders and save your favourites')).toHaveClass('fdk-subtitle');
    await expect(canvas.getByRole('note')).toHaveTextContent('Free shipping on your first order');
    // The image is decorative (empty alt), with the mobile image as a <source> for narrow screens.
    const image = canvasElement.querySelector('picture img');
    await expect(image).toHaveAttribute('src', 'https://cdn.example.com/acme/login-desktop.jpg');
    await expect(image).toHaveAttribute('alt', '');
    await expect(canvasElement.querySelector('picture source')).toHaveAttribute('srcset', 'https://cdn.example.com/acme/login-mobile.jpg');
    await expect(canvasElement.querySelector('picture source')).toHaveAttribute('media', '(max-width: 640px)');
  },
};

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Fynd');
    await expect(canvas.getByText('Login to Fynd')).toBeVisible();
    // The default preset's flash card has blank text and there are no images: nothing is rendered for them.
    await expect(canvas.queryByRole('note')).toBeNull();
    await expect(canvasElement.querySelector('picture')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const BlankTextsUseFallbacks: Story = {
  args: { config: { ...platformPresets.default, display: '   ', subtext: '' }, fallbackTitle: 'Sign in', fallbackSubtitle: 'Sign in to your account' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(/^Sign in$/);
    await expect(canvas.getByText('Sign in to your account')).toHaveClass('fdk-subtitle');
  },
};

export const HeadingLevel: Story = {
  args: { config: platformPresets.branded, level: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Welcome to Acme Store');
    await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  },
};

export const NoConfigAtAll: Story = {
  args: { config: undefined, fallbackTitle: 'Sign in' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    await expect(canvasElement.querySelector('.fdk-subtitle')).toBeNull();
    await expect(canvas.queryByRole('note')).toBeNull();
  },
};

export const MarkupIsText: Story = {
  args: {
    config: {
      ...platformPresets.branded,
      display: '<script>window.__configPwned=1</script>Welcome',
      subtext: '<img src=x onerror="window.__configPwned=2">',
      flash_card: { text: '<b>Sale</b> <a href="javascript:alert(1)">now</a>', text_color: '#111111', background_color: '#FFFFFF' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('<script>window.__configPwned=1</script>Welcome');
    await expect(canvas.getByText('<img src=x onerror="window.__configPwned=2">')).toBeVisible();
    await expect(canvas.getByRole('note')).toHaveTextContent('<b>Sale</b> <a href="javascript:alert(1)">now</a>');
    await expect(canvasElement.querySelector('.fdk-card script, .fdk-card b, .fdk-card a, .fdk-card img')).toBeNull();
    await expect((window as { __configPwned?: number }).__configPwned).toBeUndefined();
  },
};

export const UnsafeImagesDropped: Story = {
  args: { config: { ...platformPresets.branded, desktop_image: 'javascript:alert(1)', mobile_image: 'http://insecure.example/login.jpg' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('picture')).toBeNull();
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Acme Store');
  },
};

export const OnlyAMobileImage: Story = {
  args: { config: { ...platformPresets.branded, desktop_image: '', mobile_image: '/acme/login-mobile.jpg' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('picture img')).toHaveAttribute('src', '/acme/login-mobile.jpg');
    await expect(canvasElement.querySelector('picture source')).toBeNull();
  },
};

export const FlashCardColours: Story = {
  args: { config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    // Config.FlashCard is documented to show the banner "in its checked colours" (the view's flashCard
    // textColor/backgroundColor: #1a1a1a on #ffd54f for the branded preset). Fails: the part ignores them and
    // shows the stylesheet's default banner colours (#111111 on #fff7d6) unless the app also applies
    // themeFromConfig's CSS variables itself.
    const note = within(canvasElement).getByRole('note');
    await expect(getComputedStyle(note).backgroundColor).toBe('rgb(255, 213, 79)');
    await expect(getComputedStyle(note).color).toBe('rgb(26, 26, 26)');
  },
};
