import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Social, type SocialTokenGetters } from '../../src/components/Social';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import type { SignedInResult } from '../../src/forms/successTypes';
import { SocialLoginCancelled } from '../../src/forms/useSocialLogin';
import { messages } from '../../src/i18n/messages';
import type { PlatformSchema } from '../../src/schemas/config';
import { platformPresets } from '../../src/testing/presets';
import { currentFake, type FaultMode } from '../support/fake';
import { SignedInNote, StoryCard } from '../support/parts';
import { countRequests } from '../support/requests';

interface SocialDemoProps {
  /** The PlatformSchema whose `social` switches decide the buttons. */
  config: PlatformSchema;
  /** The app's token getters (its provider SDKs' popups). */
  getToken: SocialTokenGetters;
  onSuccess: (result: SignedInResult & { registerToken?: string | undefined }) => void;
}

/** `Social.Buttons` on a view of `config`, with the story's fake token getters. */
function SocialDemo({ config, getToken, onSuccess }: SocialDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const view = readPlatformConfig(config);
  return (
    <StoryCard title="Continue with">
      <div data-testid="buttons">
        <Social.Buttons
          view={view}
          getToken={getToken}
          onSuccess={(result) => {
            setSignedIn(result);
            onSuccess(result);
          }}
        />
      </div>
      <SignedInNote result={signedIn} />
    </StoryCard>
  );
}

const google = (email: string) => async () => ({ oauth2: { access_token: `fake-google-token:${email}` } });
const facebook = (email: string) => async () => ({ oauth2: { access_token: `fake-facebook-token:${email}` } });
const apple = (email: string) => async () => ({ oauth: { identity_token: `fake-apple-token:${email}` } });
const everyProvider: SocialTokenGetters = {
  google: google('ana@example.com'),
  facebook: facebook('ana@example.com'),
  apple: apple('ana@example.com'),
  account_kit: async () => ({ oauth2: { access_token: 'account-kit' } }),
};

/**
 * `Social.Buttons`: one button per provider the config turns on and the app has a token getter for; the fake
 * accepts `fake-<provider>-token:<email>`.
 */
const meta = {
  title: 'Components/Social',
  component: SocialDemo,
  args: { config: platformPresets.default, getToken: everyProvider, onSuccess: fn() },
} satisfies Meta<typeof SocialDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const buttonNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .queryAllByRole('button')
    .map((button) => button.textContent);

export const DefaultConfig: Story = {
  play: async ({ canvasElement }) => {
    // Google and Facebook are on in the default preset; Apple is not, though the app could get its token.
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Google', 'Continue with Facebook']);
    for (const button of within(canvasElement).getAllByRole('button')) {
      await expect(button).toHaveAttribute('type', 'button');
      await expect(button).toHaveAttribute('aria-busy', 'false');
    }
  },
};

export const BrandedConfig: Story = {
  args: { config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Google', 'Continue with Apple']);
  },
};

export const NoSocialConfig: Story = {
  args: { config: platformPresets.passwordOnly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('buttons')).toBeEmptyDOMElement();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};

export const OnlyProvidersWithAGetter: Story = {
  args: { getToken: { facebook: facebook('ana@example.com') } },
  play: async ({ canvasElement }) => {
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Facebook']);
  },
};

export const AccountKitHasNoButton: Story = {
  args: { config: { ...platformPresets.default, social: { google: false, facebook: false, apple: false, account_kit: true } } },
  play: async ({ canvasElement }) => {
    // Account Kit has no login method in this API: no button, even with a getter.
    await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
  },
};

export const GoogleSignsIn: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(logins.count).toBe(1);
    await expect(currentFake().sessionsOf('ana@example.com')).toHaveLength(1);
  },
};

export const FacebookCreatesAShopper: Story = {
  args: { getToken: { facebook: facebook('kim@example.com') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    await expect(await canvas.findByText('Signed in as kim (then /)')).toBeVisible();
    await expect(currentFake().findUser('kim@example.com')?.emails?.[0]).toMatchObject({ email: 'kim@example.com', verified: true });
  },
};

export const AppleSignsIn: Story = {
  args: { config: platformPresets.branded },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithAppleIOS');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Apple' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(logins.count).toBe(1);
  },
};

export const CancelledPopup: Story = {
  args: { getToken: { google: async () => null, facebook: facebook('ana@example.com') } },
  play: async ({ canvasElement, args, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Continue with Google' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(logins.count).toBe(0);
  },
};

export const CancelledByThrowing: Story = {
  args: {
    getToken: {
      google: async () => {
        throw new SocialLoginCancelled('closed');
      },
      facebook: async () => {
        throw new DOMException('The user aborted a request.', 'AbortError');
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Continue with Facebook' })).toHaveAttribute('aria-busy', 'false'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const RefusedToken: Story = {
  args: { getToken: { google: async () => ({ oauth2: { access_token: 'forged' } }), facebook: facebook('ana@example.com') } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Invalid social token');
    // The error belongs to the Google button only.
    await expect(alert.closest('.fdk-social-item')).toContainElement(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
    await expect(args.onSuccess).not.toHaveBeenCalled();
    // Another provider still works.
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
  },
};

export const SigningIn: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Continue with Google' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(logins.count).toBe(1);
  },
};

/** A fault on every call: the friendly message under the button; pressing it again works once the service is back. */
function faultStory(fault: FaultMode, message: string): Story {
  return {
    parameters: { fake: { fault } },
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      const button = canvas.getByRole('button', { name: 'Continue with Facebook' });
      await userEvent.click(button);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(alert.closest('.fdk-social-item')).toContainElement(button);
      await expect(button).toHaveAttribute('aria-busy', 'false');
      await expect(args.onSuccess).not.toHaveBeenCalled();
      currentFake().faults.clear();
      await userEvent.click(button);
      await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer);
export const HtmlError: Story = faultStory('html-error', messages.errorServer);
export const Offline: Story = faultStory('offline', messages.errorOffline);
export const RateLimited: Story = faultStory('rate-limited', 'Too many attempts. Try again in 30 s.');

export const GetterFails: Story = {
  args: {
    getToken: {
      google: async () => {
        throw new Error('popup_blocked_by_browser: <details>');
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    const alert = await canvas.findByRole('alert');
    // A provider SDK's own error text is not shown to the shopper.
    await expect(alert).toHaveTextContent(messages.errorGeneric);
    await expect(alert).not.toHaveTextContent('popup_blocked');
  },
};
