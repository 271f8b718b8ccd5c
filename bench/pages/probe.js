// Shared by the timing pages: counts React commits under the <Profiler> (the pages use react-dom's profiling build,
// the production build with Profiler timings on) and exposes them to the runner as window.__bench.
const bench = (window.__bench ??= { commits: 0, errors: [] });

/** `onRender` of the <Profiler> around the screen: one call per commit of the screen's tree. */
export function onRender() {
  bench.commits += 1;
}

window.addEventListener('error', (event) => bench.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => bench.errors.push(String(event.reason)));
