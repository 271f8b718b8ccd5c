/**
 * Starts the fake User service on http://127.0.0.1:4010 (or $PORT) until Ctrl-C: `npm run fake-server`.
 * Options from the environment: PORT, PRESET (a preset name), STRICT=1 (check credentials and signatures),
 * STATE_FILE=<path> (keep the state in that file: sessions, codes and the inbox outlive a restart).
 */
import { fakeApplication, fakeFileStorage, fakeSeedLogins, platformPresetNames, startFakeUserServer, type PlatformPresetName } from '../src/testing/index';

const port = Number(process.env.PORT ?? 4010);
const preset = (process.env.PRESET ?? 'default') as PlatformPresetName;
if (!platformPresetNames.includes(preset)) {
  console.error(`Unknown PRESET "${preset}". One of: ${platformPresetNames.join(', ')}`);
  process.exit(1);
}
const strict = process.env.STRICT === '1' || process.env.STRICT === 'true';
const stateFile = process.env.STATE_FILE;

const fake = await startFakeUserServer({ port, preset, strict, ...(stateFile ? { storage: fakeFileStorage(stateFile) } : {}) });
const { ana, ben } = fakeSeedLogins;
console.log(`Fake User service listening on ${fake.url}  (preset: ${fake.service.presetName ?? 'custom'}${strict ? ', strict' : ''}${stateFile ? `, state in ${stateFile}` : ''})

  Application   applicationId "${fakeApplication.applicationId}", applicationToken "${fakeApplication.applicationToken}"
  Ana Rao       ${ana.email} / +${ana.countryCode} ${ana.mobile}, password ${ana.password}
  Ben Shah      ${ben.email} (no password: sign in by email OTP)

  Codes sent:   GET  ${fake.url}/_fake/inbox        (?to=<email or mobile>)
  Presets:      POST ${fake.url}/_fake/preset       {"name":"otpOnly"}   (${platformPresetNames.join(', ')})
  Faults:       POST ${fake.url}/_fake/faults       {"route":"loginWithOTP","fault":{"type":"html"},"times":1}
                DELETE ${fake.url}/_fake/faults
  Reset:        POST ${fake.url}/_fake/reset

Press Ctrl-C to stop.`);

const stop = () => {
  void fake.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Started by another process with an IPC channel (`npm run dev:server`): stop when that process ends.
if (process.send) process.on('disconnect', stop);
