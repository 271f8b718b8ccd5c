import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { baselineDir, compareScreenshot, diffDir } from './browserCommands';

/** A 40×30 picture: white, with a dark square where asked. */
function picture(square?: { x: number; y: number; size: number; colour?: number }): string {
  const png = new PNG({ width: 40, height: 30 });
  for (let y = 0; y < 30; y++) {
    for (let x = 0; x < 40; x++) {
      const inside = square && x >= square.x && x < square.x + square.size && y >= square.y && y < square.y + square.size;
      const value = inside ? (square.colour ?? 20) : 255;
      png.data.set([value, value, value, 255], (y * 40 + x) * 4);
    }
  }
  return PNG.sync.write(png).toString('base64');
}

const name = 'zz-compare-selftest';
const context = { project: { config: { snapshotOptions: { updateSnapshot: 'new' } } } } as unknown as Parameters<typeof compareScreenshot>[0];
const compare = (base64: string, options: Parameters<typeof compareScreenshot>[3] = {}) => compareScreenshot(context, name, base64, { update: false, ...options });

afterEach(() => {
  for (const file of [path.join(baselineDir, `${name}.png`), path.join(diffDir, `${name}.actual.png`), path.join(diffDir, `${name}.diff.png`)]) rmSync(file, { force: true });
});

describe('compareScreenshot', () => {
  it('reports a missing baseline, writes it when updating, then finds the same picture the same', async () => {
    expect((await compare(picture())).status).toBe('missing');
    expect((await compare(picture(), { update: true })).status).toBe('written');
    expect(await compare(picture())).toMatchObject({ status: 'same', differing: 0, size: '40×30' });
  });

  it('fails a visible change and leaves the picture and the diff for review', async () => {
    await compare(picture(), { update: true });
    const result = await compare(picture({ x: 5, y: 5, size: 6 }));
    expect(result).toMatchObject({ status: 'different', differing: 36 });
    expect(existsSync(path.join(diffDir, `${name}.actual.png`))).toBe(true);
    expect(existsSync(path.join(diffDir, `${name}.diff.png`))).toBe(true);
  });

  it('lets through what the tolerance allows: a faint change, or a few pixels under maxDiffRatio', async () => {
    await compare(picture(), { update: true });
    expect((await compare(picture({ x: 5, y: 5, size: 6, colour: 250 }))).status).toBe('same');
    expect((await compare(picture({ x: 5, y: 5, size: 1 }), { maxDiffRatio: 0.001 })).status).toBe('same');
    expect((await compare(picture({ x: 5, y: 5, size: 2 }), { maxDiffRatio: 0.001 })).status).toBe('different');
  });

  it('fails a picture of another size', async () => {
    await compare(picture(), { update: true });
    const other = new PNG({ width: 41, height: 30 });
    expect(await compare(PNG.sync.write(other).toString('base64'))).toMatchObject({ status: 'different', ratio: 1, baselineSize: '40×30' });
  });
});
