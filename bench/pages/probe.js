// Shared by the timing pages: counts React commits under the <Profiler> (the pages use react-dom's profiling build,
// the production build with Profiler timings on) and exposes them to the runner as window.__bench.
const bench = (window.__bench ??= { commits: 0, errors: [] });

/**
 * `onRender` of the <Profiler> around the screen: one call per commit of the screen's tree. Also notes the first
 * commit whose DOM holds the field enabled (`bench.selector`, set by the runner): React may commit again before
 * the browser gets control (a layout effect's update), so this can come before the field is usable.
 */
export function onRender() {
  bench.commits += 1;
  if (bench.fieldCommit != null || !bench.selector) return;
  const field = document.querySelector(bench.selector);
  if (field && !field.disabled && !field.readOnly) bench.fieldCommit = bench.commits;
}

window.addEventListener('error', (event) => bench.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => bench.errors.push(String(event.reason)));
