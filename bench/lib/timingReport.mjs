// The "Time to type" part of bench/results.md: per network profile, one table (medians and min–max over the runs,
// ratios to Supabase's and to the floor's medians), then issue 17's goals, each ✅ or ❌ from this run's numbers.
import { median, profiles, TYPED } from './timing.mjs';

/** Issue 17's goals for the time to a usable field (medians, per profile) and the commits before it (worst run). */
export const goals = {
  vsSupabase: { fdk: 1.1, 'fdk-repeat': 1.0, 'fdk-initial': 1.0 },
  vsFloor: 1.15,
  /** Commits before the field is usable. */
  commits: 2,
  /** The commit that first holds the field: the first after the config is known (the mount when it is known at mount). */
  fieldCommit: (page) => (page.configKnown ? 1 : 2),
};

/** API requests before typing, worst run: ≤ 1 (the config) when fetched, none when the config is known. */
const requestBudget = (page) => (page.ours ? (page.configKnown ? 0 : 1) : undefined);

const range = (values, digits = 0) => {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? `${median(values).toFixed(digits)}` : `${median(values).toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
};
const times = (value, reference) => (reference ? value / reference : undefined);
const fmt = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const mark = (pass) => (pass ? '✅' : '❌');

/**
 * @param {{ timing: { samples: object }, pages: Array<object>, runs: number, checks: Array<[string, boolean]> }} options
 *   `checks` receives the request budgets (they make the run exit 1); the goals are reported only.
 * @returns {string[]} markdown lines
 */
export function timingReport({ timing, pages, runs, checks }) {
  const lines = [];
  const goalLines = [];
  lines.push('## Time to type');
  lines.push('');
  lines.push(
    `Each page loaded ${runs} times per network profile (after one discarded warm-up load per page), the page order rotating each run, pages served gzip-encoded from one origin on 127.0.0.1 with \`cache-control: no-store\` ` +
      '(ours talks to `startFakeUserServer` through `/service` on that origin; Supabase’s supabase-js to a stub on it). Every page bundles React (react-dom’s profiling build, for `<Profiler>`) with its screen, built the same way (`lib/pages.mjs`). ' +
      '**First visit**: a fresh browser context, its localStorage checked empty at the start of every run. **Repeat visit**: the same context loads the page once (not timed, not throttled) until the kit has stored the config, then again in a new tab, timed; the remembered config is checked to be there at the start. ' +
      '**API requests before typing**: fetch/XHR started before the field became usable (the page’s own HTML, JS and CSS not counted). ' +
      '**ms to interactive field**: from navigation start to the identifier field being in the DOM, visible, enabled and editable. ' +
      '**commits until interactive**: React commits of the screen’s tree when the field became usable; **field at commit**: the first commit whose DOM held the field (noted in `<Profiler onRender>`; React may commit again, e.g. a layout effect’s update, before the browser gets control and the field becomes usable). ' +
      `**commits per keystroke**: commits while typing “${TYPED}” (10 keys), divided by 10. **API requests after the field was usable**: started between then and the end of typing (for the repeat visit, the config’s background revalidation). ` +
      'Ratios are medians over Supabase’s and over the floor’s medians; min–max in brackets.',
  );
  lines.push('');
  for (const profile of profiles) {
    const samples = timing.samples[profile.id];
    const msOf = (id) => samples[id].map((s) => s.ms);
    const refMs = median(msOf('supabase'));
    const floorMs = median(msOf('floor'));
    const refKey = median(samples.supabase.map((s) => s.commitsPerKey));
    lines.push(`### ${profile.name}`);
    lines.push('');
    lines.push('| page | API requests before typing | ms to interactive field, median (min–max) | vs Supabase | vs floor | commits until interactive; field at commit | commits per keystroke | vs Supabase | API requests after the field was usable (while typing) |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const page of pages) {
      const runsOf = samples[page.id];
      const requests = runsOf.map((s) => s.requests);
      const urls = [...new Set(runsOf.flatMap((s) => s.requestUrls))];
      let requestText = range(requests);
      if (urls.length) requestText += `: ${urls.map((u) => `\`${u}\``).join(', ')}`;
      const limit = requestBudget(page);
      if (limit !== undefined) {
        const pass = Math.max(...requests) <= limit;
        checks.push([`${page.name}, ${profile.id}: ${Math.max(...requests)} API request(s) before typing (worst run) ≤ ${limit}`, pass]);
        requestText += ` — budget ≤ ${limit} ${mark(pass)}`;
      }
      const ms = median(msOf(page.id));
      const commits = runsOf.map((s) => s.mountCommits);
      const fieldCommits = runsOf.map((s) => s.fieldCommit ?? Number.NaN);
      const commitsOk = Math.max(...commits) <= goals.commits;
      const fieldOk = fieldCommits.every((n) => n === goals.fieldCommit(page));
      let commitText = `${range(commits)}; field at commit ${range(fieldCommits)}`;
      if (page.ours) commitText += ` (goals ≤ ${goals.commits} ${mark(commitsOk)}, commit ${goals.fieldCommit(page)} ${mark(fieldOk)})`;
      const after = runsOf.map((s) => s.requestsAfterInteractive.length);
      const afterUrls = [...new Set(runsOf.flatMap((s) => s.requestsAfterInteractive))];
      const afterText = `${range(after)}${afterUrls.length ? `: ${afterUrls.map((u) => `\`${u}\``).join(', ')}` : ''} (${Math.max(...runsOf.map((s) => s.requestsWhileTyping))})`;
      const keys = median(runsOf.map((s) => s.commitsPerKey));
      lines.push(
        `| ${page.name} | ${requestText} | ${range(msOf(page.id))} | ${fmt(times(ms, refMs))} | ${fmt(times(ms, floorMs))} | ${commitText} | ${keys.toFixed(1)} | ${fmt(times(keys, refKey))} | ${afterText} |`,
      );
      if (!page.ours) continue;
      const vsSupabase = times(ms, refMs);
      const vsFloor = times(ms, floorMs);
      goalLines.push(`- ${mark(vsSupabase <= goals.vsSupabase[page.id])} ${profile.id}, ${page.name}: ${fmt(vsSupabase)} Supabase (goal ≤ ${fmt(goals.vsSupabase[page.id])})`);
      goalLines.push(`- ${mark(vsFloor <= goals.vsFloor)} ${profile.id}, ${page.name}: ${fmt(vsFloor)} the floor (goal ≤ ${fmt(goals.vsFloor)})`);
      goalLines.push(`- ${mark(commitsOk)} ${profile.id}, ${page.name}: ${Math.max(...commits)} commit(s) before the field is usable, worst run (goal ≤ ${goals.commits})`);
      goalLines.push(
        `- ${mark(fieldOk)} ${profile.id}, ${page.name}: the field first committed at commit ${range(fieldCommits)} (goal: ${goals.fieldCommit(page)}, ${page.configKnown ? 'the mount, the config being known' : 'the first commit after the config arrives, the mount showing a placeholder'})`,
      );
    }
    lines.push('');
  }
  const errors = [...new Set(Object.values(timing.samples).flatMap((byPage) => Object.values(byPage).flatMap((list) => list.flatMap((s) => s.errors))))];
  if (errors.length) {
    lines.push(`Page errors seen: ${errors.map((e) => `\`${e.slice(0, 160)}\``).join('; ')}`);
    lines.push('');
  }
  lines.push('### Issue 17’s speed goals');
  lines.push('');
  lines.push('Medians of this run against Supabase’s and the floor’s medians in the same profile; commits from the worst run. Reported, not enforced: they do not change the exit code.');
  lines.push('');
  lines.push(...goalLines);
  lines.push('');
  return lines;
}
