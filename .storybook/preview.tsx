import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useState, type ReactNode } from 'react';
import { UserKitProvider } from '../src/query/UserKitProvider';
import { createFakeUserHandlers, platformPresetNames, type PlatformPresetName } from '../src/testing/index';
import { faultModes, startFake, storyClient, storyQueryClient, type FaultMode } from '../stories/support/fake';
import '../src/screens/styles.css';

/** What a story may set in `parameters.fake`: its preset, fault mode and whether Ana is signed in first. */
export interface FakeParameters {
  preset?: PlatformPresetName;
  fault?: FaultMode;
  signedIn?: boolean;
  /** Skip the UserKitProvider (stories of pure functions). */
  noProvider?: boolean;
}

/** One client and QueryClient per mounted story. */
function StoryKit({ children }: { children: ReactNode }) {
  const [kit] = useState(() => ({ client: storyClient(), queryClient: storyQueryClient() }));
  return (
    <UserKitProvider client={kit.client} queryClient={kit.queryClient} platformName="Fynd">
      {children}
    </UserKitProvider>
  );
}

const withKit: Decorator = (Story, context) => {
  const fake = (context.parameters.fake ?? {}) as FakeParameters;
  if (fake.noProvider) return <Story />;
  return (
    <StoryKit>
      <Story />
    </StoryKit>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withKit],
  globalTypes: {
    preset: {
      description: 'PlatformSchema preset of the fake User service',
      toolbar: { title: 'Preset', icon: 'switchalt', items: [...platformPresetNames], dynamicTitle: true },
    },
    fault: {
      description: 'Fault injected on every call but the config',
      toolbar: { title: 'Fault', icon: 'alert', items: [...faultModes], dynamicTitle: true },
    },
  },
  initialGlobals: { preset: 'default', fault: 'none' },
  async beforeEach(context) {
    const fake = (context.parameters.fake ?? {}) as FakeParameters;
    const preset = fake.preset ?? (context.globals.preset as PlatformPresetName | undefined) ?? 'default';
    const fault = fake.fault ?? (context.globals.fault as FaultMode | undefined) ?? 'none';
    sessionStorage.clear();
    const service = startFake(preset, fault);
    context.msw.use(...createFakeUserHandlers(service));
    if (fake.signedIn) {
      const answer = await storyClient().loginWithEmailAndPassword({ body: { username: 'ana@example.com', password: 'Passw0rd!' } });
      if (!answer.user) throw new Error('Could not sign in the seeded user');
    }
  },
  parameters: {
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};

export default preview;
