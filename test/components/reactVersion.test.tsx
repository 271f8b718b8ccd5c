import { createRequire } from 'node:module';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { useForm } from 'react-hook-form';
import { describe, expect, inject, it } from 'vitest';
import { testQueryClient } from '../helpers/kit';

/** Uses hooks from react-hook-form and TanStack Query: with a second React loaded, rendering it would throw. */
function Probe() {
  const form = useForm({ defaultValues: { name: 'Ana' } });
  const query = useQuery({ queryKey: ['probe'], queryFn: () => 'answered' });
  return <p>{`${form.getValues('name')} ${query.data ?? 'waiting'}`}</p>;
}

/** The React files Node itself loaded (React is CommonJS: every copy Node loads is in the require cache). */
function reactFilesNodeLoaded() {
  return Object.keys(createRequire(import.meta.url).cache).filter((file) => /[\\/]node_modules[\\/]react(-dom)?(-18)?[\\/]/.test(file));
}

// Runs in every jsdom project (`dom` on React 19, `dom-react18` on React 18.3), which says the major it expects.
describe('the React a jsdom project runs on', () => {
  it('is the expected major, for react and react-dom, and the only React loaded', async () => {
    const major = inject('reactMajor');
    expect(reactVersion.split('.')[0]).toBe(major);
    expect(domVersion).toBe(reactVersion);
    render(
      <QueryClientProvider client={testQueryClient()}>
        <Probe />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Ana answered')).toBeDefined();
    if (major === '18') {
      // The 18 copies are pre-bundled by Vite (test/helpers/react18.ts); Node must not have loaded the 19 ones.
      expect(reactFilesNodeLoaded()).toEqual([]);
    } else {
      // The 19 copies are loaded by Node from node_modules/react and node_modules/react-dom, never the 18 ones.
      expect(reactFilesNodeLoaded().length).toBeGreaterThan(0);
      expect(reactFilesNodeLoaded().filter((file) => /-18[\\/]/.test(file))).toEqual([]);
    }
  });
});
