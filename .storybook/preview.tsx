import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useCallback, type ReactNode } from 'react';
import type { SignInRequiredEvent } from '../src/query/signInEvents';
import { UserKitProvider } from '../src/query/UserKitProvider';
import { forgetRememberedConfigs } from '../src/query/rememberedConfig';
import { layoutProblems } from '../stories/support/layoutProblems';
import { preloadAuthSteps } from '../src/screens/AuthScreen';
import { preloadSocialButtons } from '../src/screens/auth/LoginStep';
import { preloadProfileSections } from '../src/screens/profile/ProfileSections';
import { platformPresetNames, type PlatformPresetName } from '../src/testing/index';
import { currentKit, faultModes, injectFaultMode, recordSignInRequired, startKit, type FakeParameters, type FaultMode, type KitParameters } from '../stories/support/fake';
import { stopRecording } from '../stories/support/requests';
import '../src/screens/styles.css';

export type { FakeParameters, KitParameters } from '../stories/support/fake';

/** The provider of a story: the harness's client and QueryClient, and the story's settings (`parameters.kit`). */
function StoryKit({ settings, children }: { settings: KitParameters; children: ReactNode }) {
  const kit = currentKit();
  const { onSignInRequired } = settings;
  const heard = useCallback(
    (event: SignInRequiredEvent) => {
      recordSignInRequired(event);
      onSignInRequired?.(event);
    },
    [onSignInRequired],
  );
  return (
    <UserKitProvider {...kit.providerProps} platformName="Fynd" {...settings} onSignInRequired={heard}>
      {children}
    </UserKitProvider>
  );
}

const withKit: Decorator = (Story, context) => {
  const fake = (context.parameters.fake ?? {}) as FakeParameters;
  if (fake.noProvider) return <Story />;
  return (
    <StoryKit settings={(context.parameters.kit ?? {}) as KitParameters}>
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
  /**
   * A new fake per story from the one harness (`createFakeUserKit`) with the story's `parameters.fake` (preset,
   * `otpLength`, `emailVerification` …), its MSW handlers on the page's origin, the seeded user signed in when
   * asked, then the fault mode.
   */
  async beforeEach(context) {
    const fake = (context.parameters.fake ?? {}) as FakeParameters;
    const preset = fake.preset ?? (context.globals.preset as PlatformPresetName | undefined) ?? 'default';
    const fault = fake.fault ?? (context.globals.fault as FaultMode | undefined) ?? 'none';
    sessionStorage.clear();
    // Each story is a first visit: no config remembered from the story before.
    forgetRememberedConfigs({ stored: true });
    // The code loaded on demand (steps, social buttons, account sections), as it is once the browser was idle: a
    // story shows what the shopper sees then (test/screens/lazySteps.test.tsx covers the first visit, before it).
    await Promise.all([preloadAuthSteps(), preloadSocialButtons(), preloadProfileSections()]);
    const kit = startKit({ ...fake, preset });
    context.msw.use(...kit.handlers);
    if (fake.signedIn === true) await kit.signIn();
    else if (typeof fake.signedIn === 'string') await kit.client.loginWithToken({ body: { token: `fake-login-token:${fake.signedIn}` } });
    injectFaultMode(fault);
    return () => stopRecording();
  },
  /**
   * Every story keeps the layout rule where it ends (after its play function), at the width it runs at: nothing
   * scrolls sideways, no control lies past its form or its box (`stories/support/layoutProblems.ts`; the screens'
   * layout stories check four widths, light, dark and RTL). `parameters.layoutCheck: false` opts a story out.
   */
  afterEach({ canvasElement, parameters }) {
    if (parameters.layoutCheck === false) return;
    const problems = layoutProblems(canvasElement);
    if (problems.length > 0) throw new Error(`The story breaks the layout rule:\n- ${problems.join('\n- ')}`);
  },
  parameters: {
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};

export default preview;
