import type { FakeSeedUser } from './types';

/**
 * The users a fake service starts with (unless `seed: false` or another list is given):
 * - Ana Rao: mobile `+91 9876543210` and email `ana@example.com` (both primary and verified), password `Passw0rd!`;
 * - Ben Shah: only the email `ben@example.com` (primary, verified), no password (OTP or social sign-in only).
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
];

/** The seeded sign-ins, for docs, demos and tests. */
export const fakeSeedLogins = {
  ana: { email: 'ana@example.com', mobile: '9876543210', countryCode: '91', password: 'Passw0rd!' },
  ben: { email: 'ben@example.com' },
} as const;
