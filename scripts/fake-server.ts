/**
 * Starts the fake User service on http://127.0.0.1:4010 (or $PORT) until Ctrl-C: `npm run fake-server`.
 * Options from the environment: PORT, PRESET (a preset name), STRICT=1 (check credentials and signatures).
 */
import { fakeApplication, fakeSeedLogins, platformPresetNames, startFakeUserServer, type PlatformPresetName } from '../src/testing/index';

const port = Number(process.env.PORT ?? 4010);
const preset = (process.env.PRESET ?? 'default') as PlatformPresetName;
if (!platformPresetNames.includes(preset)) {
  console.error(`Unknown PRESET "${preset}". One of: ${platformPresetNames.join(', ')}`);
  process.exit(1);
}
const strict = process.env.STRICT === '1' || process.env.STRICT === 'true';

const fake = await startFakeUserServer({ port, preset, strict });
const { ana, ben } = fakeSeedLogins;
console.log(`Fake User service listening on ${fake.url}  (preset: ${preset}${strict ? ', strict' : ''})

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
