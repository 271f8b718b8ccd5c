#!/usr/bin/env node
/**
 * The `fdk-user-react` command (`npx fdk-user-react doctor …`), the package's `bin`: see `runCli`.
 * @packageDocumentation
 */
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
