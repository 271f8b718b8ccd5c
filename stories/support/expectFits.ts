import { expect } from 'storybook/test';
import { layoutProblems } from './layoutProblems';

export { layoutProblems } from './layoutProblems';

/**
 * Asserts the layout rule in `root` at the current viewport (see {@link layoutProblems}); `where` names the
 * width, scheme and direction in the failure message.
 * @example
 * expectFits(canvasElement, '360px dark rtl');
 */
export function expectFits(root: Element, where = ''): void {
  expect(layoutProblems(root).map((problem) => (where ? `${where}: ${problem}` : problem))).toEqual([]);
}
