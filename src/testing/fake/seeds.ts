import type { FakeSeedUser } from './types';

/**
 * The users a fake service starts with (unless `seed: false` or another list is given):
 * - Ana Rao: mobile `+91 9876543210` and email `ana@example.com` (both primary and verified), password `Passw0rd!`;
 * - Ben Shah: only the email `ben@example.com` (primary, verified), no password (OTP or social sign-in only);
 * - Lee Locke: a disabled account (`active: false`) with `locked@example.com`, `+91 9000000099` and the password
 *   `L0cked!pass`: every sign-in answers 403 `This account has been disabled` with `meta.is_deleted: true`.
 * @example
 * const service = createFakeUserService({ seed: [...fakeSeedUsers, { first_name: 'Zoe', emails: [{ email: 'zoe@example.com' }] }] });
 */
export const fakeSeedUsers: readonly FakeSeedUser[] = [
  {
    first_name: 'Ana',
    last_name: 'Rao',
    gender: 'female',
    dob: '1992-04-18',
    profile_pic_url: 'https://cdn.example.com/fake-user/ana.png',
    emails: [{ email: 'ana@example.com', primary: true, verified: true, active: true }],
    phone_numbers: [{ country_code: 91, phone: '9876543210', primary: true, verified: true, active: true }],
    password: 'Passw0rd!',
    created_at: '2024-01-15T09:30:00.000Z',
  },
  {
    first_name: 'Ben',
    last_name: 'Shah',
    gender: 'male',
    emails: [{ email: 'ben@example.com', primary: true, verified: true, active: true }],
    created_at: '2024-02-01T12:00:00.000Z',
  },
  {
    first_name: 'Lee',
    last_name: 'Locke',
    gender: 'unisex',
    emails: [{ email: 'locked@example.com', primary: true, verified: true, active: true }],
    phone_numbers: [{ country_code: 91, phone: '9000000099', primary: true, verified: true, active: true }],
    password: 'L0cked!pass',
    created_at: '2024-03-10T08:00:00.000Z',
    active: false,
  },
];

/**
 * The seeded sign-ins, for docs, demos and tests (`locked` is the disabled account).
 * @example
 * await client.loginWithEmailAndPassword({ body: { username: fakeSeedLogins.ana.email, password: fakeSeedLogins.ana.password } });
 */
export const fakeSeedLogins = {
  ana: { email: 'ana@example.com', mobile: '9876543210', countryCode: '91', password: 'Passw0rd!' },
  ben: { email: 'ben@example.com' },
  locked: { email: 'locked@example.com', mobile: '9000000099', countryCode: '91', password: 'L0cked!pass' },
} as const;
