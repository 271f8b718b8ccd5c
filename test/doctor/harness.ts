/** What the doctor's tests share: servers closed after each test, the doctor with the fake's credentials, readers of a report. */
import { expect } from 'vitest';
import type { DoctorCheckId, DoctorFinding, DoctorOptions, DoctorReport } from '../../src/doctor/DoctorReport';
import { runDoctor } from '../../src/doctor/runDoctor';
import { fakeApplication } from '../../src/testing/createFakeUserService';
import { startFakeUserServer, type FakeUserServerOptions } from '../../src/testing/server';
import type { TestServer } from './wrappers';

export const CONFIG = '/service/application/user/platform/v1.0/config';
export const ana = { username: 'ana@example.com', password: 'Passw0rd!' };

const closers: (() => Promise<void>)[] = [];

/** Closes every server started since the last call (`afterEach(closeServers)`). */
export async function closeServers(): Promise<void> {
  await Promise.all(closers.splice(0).map((close) => close()));
}

/** The fake User server in strict mode (401 for wrong credentials, 403 for a wrong signature). */
export async function strictFake(options: FakeUserServerOptions = {}) {
  const fake = await startFakeUserServer({ strict: true, ...options });
  closers.push(() => fake.close());
  return fake;
}

/** A test server from `./wrappers`, closed after the test. */
export async function serve<T extends TestServer>(server: Promise<T>): Promise<T> {
  const started = await server;
  closers.push(() => started.close());
  return started;
}

/** The doctor with the fake application's credentials. */
export const doctor = (baseUrl: string, options: Partial<DoctorOptions> = {}) => runDoctor({ baseUrl, ...fakeApplication, ...options });

/** The findings of one check, as `status: seen` lines. */
export const lines = (report: DoctorReport, check: DoctorCheckId) =>
  report.findings.filter((finding) => finding.check === check).map((finding) => `${finding.status}: ${finding.seen}`);

/** The one finding of a check (fails the test when there are none or several). */
export function only(report: DoctorReport, check: DoctorCheckId): DoctorFinding {
  const found = report.findings.filter((finding) => finding.check === check);
  expect(found, `${check} in ${JSON.stringify(report.findings)}`).toHaveLength(1);
  return found[0]!;
}

/** The checks that did not run, with why. */
export const skippedBecause = (report: DoctorReport) => Object.fromEntries(report.skipped.map((skip) => [skip.check, skip.reason]));

/** Neither the token nor the Authorization value (base64 of id:token) nor a test password appear anywhere. */
export function expectNoSecrets(report: DoctorReport, token: string, password?: string) {
  const text = JSON.stringify(report);
  expect(text).not.toContain(token);
  expect(text).not.toContain(btoa(`${fakeApplication.applicationId}:${token}`));
  if (password) expect(text).not.toContain(password);
}
