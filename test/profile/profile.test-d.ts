import { describe, expectTypeOf, it } from 'vitest';
import type { ContactRuleResult } from '../../src/forms/profile/contactRules';
import { canDeleteEmail } from '../../src/forms/profile/contactRules';
import { profileChanges } from '../../src/forms/profile/profileForm';
import type { MessageKey } from '../../src/i18n/messages';
import {
  useChangePasswordForm,
  useContactList,
  useProfileForm,
  type ChangePasswordMode,
  type ContactEntry,
  type ProfileFormStatus,
  type ProfileScreenProps,
  type ProfileSection,
  type ProfileValues,
} from '../../src/index';
import type { EditProfileRequestSchema } from '../../src/schemas/profile';

describe('profile hooks', () => {
  it('useProfileForm exposes the sign-in state and the pending values', () => {
    const profile = useProfileForm();
    expectTypeOf(profile.status).toEqualTypeOf<ProfileFormStatus>();
    expectTypeOf<'needs-sign-in'>().toExtend<ProfileFormStatus>();
    expectTypeOf(profile.pendingValues).toEqualTypeOf<ProfileValues | undefined>();
    expectTypeOf(profile.getFieldProps).parameter(0).toEqualTypeOf<keyof ProfileValues>();
    expectTypeOf(profileChanges).returns.toEqualTypeOf<EditProfileRequestSchema>();
  });

  it('rules answer a message key when they refuse', () => {
    expectTypeOf(canDeleteEmail).returns.toEqualTypeOf<ContactRuleResult>();
    expectTypeOf<Extract<ContactRuleResult, { ok: false }>['reason']>().toEqualTypeOf<MessageKey>();
  });

  it('contact lists and the password form', () => {
    expectTypeOf(useContactList).parameter(0).toEqualTypeOf<'email' | 'phone'>();
    expectTypeOf(useContactList('email').items).toEqualTypeOf<ContactEntry[]>();
    expectTypeOf(useChangePasswordForm().mode).toEqualTypeOf<ChangePasswordMode | undefined>();
  });

  it('ProfileScreen sections are a closed list', () => {
    expectTypeOf<NonNullable<ProfileScreenProps['sections']>>().toEqualTypeOf<readonly ProfileSection[]>();
    // @ts-expect-error not a section
    const sections: ProfileSection[] = ['orders'];
    void sections;
  });
});
