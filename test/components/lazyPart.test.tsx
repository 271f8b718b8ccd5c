import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/components/primitives/lazyPart';

/** A part whose code fails to download once (an idle prefetch while the shopper was offline), then arrives. */
function flakyPart() {
  const Part = () => <p>The step</p>;
  const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(Part);
  return { part: lazyPart<object>(load), load };
}

describe('lazyPart', () => {
  it('a prefetch that failed does not break the part: it is downloaded again when the shopper reaches it', async () => {
    const { part: Step, load } = flakyPart();
    await expect(Step.preload()).rejects.toThrow('Failed to fetch');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Step />
      </Suspense>,
    );
    expect(await screen.findByText('The step')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a preloaded part renders at once, without its fallback, and is downloaded once', async () => {
    const { part: Step, load } = flakyPart();
    await Step.preload().catch(() => undefined);
    await Step.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Step />
      </Suspense>,
    );
    expect(screen.getByText('The step')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    await Step.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
