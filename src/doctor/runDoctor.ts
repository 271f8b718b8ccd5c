import { createDoctorContext } from './createDoctorContext';
import type { DoctorCheckId, DoctorFinding, DoctorOptions, DoctorReport, DoctorSkip, DoctorStatus } from './DoctorReport';
import { doctorChecks, type DoctorCheck } from './doctorChecks';
import { maskSecret, redactSecrets } from './maskSecret';

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Why a check cannot run after the checks before it, or `undefined` when it can. */
function blockedBy(check: DoctorCheck, outcomes: Map<DoctorCheckId, DoctorStatus | DoctorSkip>): string | undefined {
  for (const need of check.needs) {
    const outcome = outcomes.get(need);
    if (outcome === 'fail') return `${need} failed`;
    if (typeof outcome === 'object') return outcome.reason;
  }
  return undefined;
}

const worst = (statuses: DoctorStatus[]): DoctorStatus => (statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'ok');

/**
 * Checks a storefront's setup of the kit against the real application: runs every check of `doctorChecks` in
 * order (a check whose prerequisites failed, or that needs an option not given, is listed in `skipped`), and
 * returns every finding. Never throws for a bad setup: that is what the findings are for. The application token,
 * the test password and the `Authorization` value never appear in the report.
 * @example
 * const report = await runDoctor({ baseUrl: 'https://shop.example.com', applicationId: 'app', applicationToken: 'token' });
 * process.exitCode = report.ok ? 0 : 1;
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const ctx = createDoctorContext(options);
  const secrets = [options.applicationToken, base64(`${options.applicationId}:${options.applicationToken}`), options.testLogin?.password ?? ''];
  const findings: DoctorFinding[] = [];
  const skipped: DoctorSkip[] = [];
  const outcomes = new Map<DoctorCheckId, DoctorStatus | DoctorSkip>();
  for (const check of doctorChecks) {
    const reason = check.skip?.(ctx) ?? blockedBy(check, outcomes);
    if (reason !== undefined) {
      const skip = { check: check.id, reason };
      skipped.push(skip);
      outcomes.set(check.id, skip);
      continue;
    }
    let results;
    try {
      results = await check.run(ctx);
    } catch (error) {
      // A check that breaks is a finding too: the run goes on and the command exits with 1.
      results = [{ status: 'fail' as const, seen: `The check itself failed: ${error instanceof Error ? error.message : String(error)}`, fix: 'Report this to fdk-user-react with the command you ran (the token is masked).' }];
    }
    for (const result of results) {
      const finding: DoctorFinding = { check: check.id, status: result.status, seen: redactSecrets(result.seen, secrets) };
      if (result.fix !== undefined) finding.fix = redactSecrets(result.fix, secrets);
      findings.push(finding);
    }
    outcomes.set(check.id, worst(results.map((result) => result.status)));
  }
  const summary: Record<DoctorStatus, number> = { ok: 0, warn: 0, fail: 0 };
  for (const finding of findings) summary[finding.status] += 1;
  return {
    ok: summary.fail === 0,
    baseUrl: options.baseUrl,
    applicationId: options.applicationId,
    applicationToken: maskSecret(options.applicationToken),
    origin: options.origin ?? null,
    findings,
    skipped,
    summary,
  };
}
