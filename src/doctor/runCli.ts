import type { DoctorOptions } from './DoctorReport';
import { formatReport, formatReportJson } from './formatReport';
import { doctorUsage, parseDoctorArgs } from './parseDoctorArgs';
import { runDoctor } from './runDoctor';

/** Where the command writes, and (tests) the `fetch` it uses. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: DoctorOptions['fetch'];
}

/**
 * Runs the `fdk-user-react` command line: `doctor` with its options. Resolves to the exit code: 0 when nothing
 * failed, 1 when a check failed, 2 for a wrong command line (the reason and the usage go to stderr).
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseDoctorArgs(argv);
  if (command.kind === 'help') {
    io.stdout(doctorUsage);
    return 0;
  }
  if (command.kind === 'error') {
    io.stderr(`fdk-user-react: ${command.message}\n\n${doctorUsage}`);
    return 2;
  }
  const report = await runDoctor({ ...command.options, ...(io.fetch ? { fetch: io.fetch } : {}) });
  io.stdout(command.json ? formatReportJson(report) : formatReport(report));
  return report.ok ? 0 : 1;
}
