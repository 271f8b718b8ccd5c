import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { layoutProblems } from '../support/expectFits';
import { settled, vitestBrowser } from '../support/vitestBrowser';

/*
 * The layout rule's own test: a page that breaks it in each way the layout stories look for, and the problems
 * `layoutProblems` reports for it. If the check stopped seeing one of them, the layout stories would pass on
 * broken screens; this story would fail first.
 */

function Broken() {
  return (
    <div style={{ padding: 16, fontFamily: 'system-ui' }}>
      <form aria-label="Broken" style={{ position: 'relative', boxSizing: 'border-box', inlineSize: 300, background: '#eee' }}>
        {/* content-box sizing: 100% + padding + border spills past the form */}
        <input aria-label="Spilling" style={{ boxSizing: 'content-box', inlineSize: '100%', padding: '0 17px', border: '1px solid' }} />
        <div style={{ display: 'flex', marginBlockStart: 8 }}>
          <input aria-label="Country" style={{ inlineSize: 80, boxSizing: 'border-box' }} />
          <input aria-label="Number" style={{ inlineSize: 120, marginInlineStart: -28, boxSizing: 'border-box' }} />
        </div>
        {/* invisible (a custom code input under its own boxes): not the shopper's concern */}
        <input aria-label="Hidden" style={{ opacity: 0, position: 'absolute', insetInlineStart: 250, inlineSize: 100 }} />
      </form>
      <div style={{ inlineSize: 400, blockSize: 10, background: '#ddd' }} />
    </div>
  );
}

const meta = { title: 'Layout/Layout rule', component: Broken, tags: ['!dev', 'browser-matrix'] } satisfies Meta<typeof Broken>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FindsEachBreak: Story = {
  // Builds broken layouts on purpose, to show the rule finds each.
  parameters: { layoutCheck: false },
  play: async ({ canvasElement }) => {
    const browser = await vitestBrowser();
    if (!browser) return;
    await browser.page.viewport(360, 600);
    await settled();
    await expect(layoutProblems(canvasElement)).toEqual([
      'the page scrolls sideways: 416px of content in 360px (div)',
      'input "Spilling" sticks out of form "Broken" by 36px',
      'input "Country" and input "Number" overlap by 28px×21px',
    ]);
  },
};
