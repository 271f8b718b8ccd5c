import type { DoctorReport } from './DoctorReport';
import { doctorChecks } from './doctorChecks';

const WIDTH = Math.max(...doctorChecks.map((check) => check.id.length)) + 2;

/**
 * The report for a terminal: a header, one line per finding (`ok`, `warn`, `fail`, then the check and what was
 * seen), a `fix:` line under each finding that is not ok, the checks that did not run, and a summary.
 * @example
 * process.stdout.write(formatReport(await runDoctor(options)));
 */
export function formatReport(report: DoctorReport): string {
  const lines = [
    `fdk-user-react doctor: ${report.baseUrl} (application ${report.applicationId}, token ${report.applicationToken}${report.origin ? `, storefront ${report.origin}` : ''})`,
    '',
  ];
  const indent = ' '.repeat(6 + WIDTH);
  // In the order of the checks: each check's findings, or the line saying why it did not run.
  for (const { id } of doctorChecks) {
    for (const finding of report.findings.filter((candidate) => candidate.check === id)) {
      lines.push(`${finding.status.padEnd(6)}${id.padEnd(WIDTH)}${finding.seen}`);
      if (finding.fix !== undefined) lines.push(`${indent}fix: ${finding.fix}`);
    }
    const skip = report.skipped.find((candidate) => candidate.check === id);
    if (skip) lines.push(`${'-'.padEnd(6)}${id.padEnd(WIDTH)}not run: ${skip.reason}`);
  }
  const { ok, warn, fail } = report.summary;
  lines.push('', `${fail} failed, ${warn} to look at, ${ok} ok${report.skipped.length > 0 ? `, ${report.skipped.length} not run` : ''}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * The report as one JSON document (what `--json` prints).
 * @example
 * const { ok, findings } = JSON.parse(formatReportJson(report));
 */
export function formatReportJson(report: DoctorReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
