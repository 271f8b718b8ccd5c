#!/usr/bin/env node
// Adds up the JSON reports in a folder (Vitest's `--reporter=json` format, and the e2e runner's, which uses the
// same numTotalTests / numPassedTests / numFailedTests / numPendingTests fields) and prints "passed failed skipped".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(dir)) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    try {
      const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      if (report.success === false && (report.numFailedTests ?? 0) === 0) failed += 1; // a suite that failed to load
    } catch {
      failed += 1;
    }
  }
}
console.log(`${passed} ${failed} ${skipped}`);
