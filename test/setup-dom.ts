import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetRememberedConfigs } from '../src/query/rememberedConfig';

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount after every test.
// Each test starts as a first visit: nothing in storage, no remembered config read.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  forgetRememberedConfigs({ stored: true });
});
