/*
 * The layout rule every screen keeps at every width: nothing scrolls sideways, and every control (input, select,
 * textarea, button) lies inside the viewport, inside its form and inside every painted box around it (a card, a
 * section, a panel: anything with a background, a border, a shadow or clipped overflow), without overlapping
 * another control. Only the inline axis is checked for containment: a scrolling dialog may hold controls below
 * its fold.
 *
 * One self-contained function (no imports, helpers inside): the stories call it, and the end-to-end tests send it
 * to the demo's page (`page.evaluate(layoutProblems, 'body')`).
 */

/**
 * What breaks the layout rule in `root` (an element, or a selector) at the current viewport, as sentences; empty
 * when it holds.
 * @example
 * layoutProblems(canvasElement); // ['the page scrolls sideways: 385px of content in 360px', …]
 */
export function layoutProblems(root: Element | string): string[] {
  const CONTROLS = 'input:not([type="hidden"]), select, textarea, button';
  /** Half a pixel either way: sub-pixel layout rounds. */
  const SLACK = 0.5;
  const scope = typeof root === 'string' ? document.querySelector(root)! : root;

  /** A short, readable name of an element: `input "Email or mobile number"`, `div.fdk-card`. */
  const describe = (element: Element): string => {
    const tag = element.tagName.toLowerCase();
    const control = element as HTMLInputElement;
    const label = element.getAttribute('aria-label') ?? control.labels?.[0]?.textContent ?? (tag === 'button' ? element.textContent : null) ?? control.name;
    if (label) return `${tag} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const classes = [...element.classList].slice(0, 2).join('.');
    return classes ? `${tag}.${classes}` : element.id ? `${tag}#${element.id}` : tag;
  };
  /** Whether the shopper can see the element (rendered, not hidden, not transparent, over 1 px). */
  const isShown = (element: Element): boolean => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 || box.height > 1;
  };
  /** Whether an element draws a box around what it holds (or is a form, or clips its overflow). */
  const isBox = (element: Element): boolean => {
    if (element.tagName === 'FORM') return true;
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible') return true;
    if (style.boxShadow !== 'none') return true;
    if (!/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/.test(style.backgroundColor) || style.backgroundImage !== 'none') return true;
    return ['top', 'right', 'bottom', 'left'].some((side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0);
  };
  /** The painted boxes and forms around `element`, up to (and with) the scope. */
  const boxesAround = (element: Element): Element[] => {
    const boxes: Element[] = [];
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (isBox(parent) && isShown(parent)) boxes.push(parent);
      if (parent === scope) break;
    }
    return boxes;
  };
  const px = (value: number) => `${Math.round(value * 10) / 10}px`;

  const problems: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  const width = document.documentElement.clientWidth;
  if (page.scrollWidth > page.clientWidth) {
    const culprits = [...scope.querySelectorAll('*')]
      .filter((element) => isShown(element) && isBox(element) && (element.getBoundingClientRect().right > width + SLACK || element.getBoundingClientRect().left < -SLACK))
      .slice(0, 3)
      .map(describe);
    problems.push(`the page scrolls sideways: ${page.scrollWidth}px of content in ${page.clientWidth}px${culprits.length ? ` (${culprits.join(', ')})` : ''}`);
  }
  const controls = [...scope.querySelectorAll(CONTROLS)].filter(isShown);
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const name = describe(control);
    if (box.left < -SLACK || box.right > width + SLACK) problems.push(`${name} spans ${px(box.left)}–${px(box.right)}, past the ${width}px viewport`);
    for (const container of boxesAround(control)) {
      const outer = container.getBoundingClientRect();
      if (box.left < outer.left - SLACK || box.right > outer.right + SLACK) {
        const past = Math.max(outer.left - box.left, box.right - outer.right);
        problems.push(`${name} sticks out of ${describe(container)} by ${px(past)}`);
        break;
      }
    }
  }
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i]!.getBoundingClientRect();
      const b = controls[j]!.getBoundingClientRect();
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 1 && down > 1) problems.push(`${describe(controls[i]!)} and ${describe(controls[j]!)} overlap by ${px(across)}×${px(down)}`);
    }
  }
  return problems;
}
