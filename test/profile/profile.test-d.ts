import { describe, expectTypeOf, it } from 'vitest';
import type { ContactRuleResult } from '../../src/forms/profile/contactRules';
import { canDeleteEmail } from '../../src/forms/profile/contactRules';
import type { ChangePasswordMode } from '../../src/forms/profile/useChangePasswordForm';
import { useChangePasswordForm } from '../../src/forms/profile/useChangePasswordForm';
import { useContactList, type ContactEntry } from '../../src/forms/profile/useContactList';
import { profileChanges, useProfileForm, type ProfileFormStatus, type ProfileValues } from '../../src/forms/useProfileForm';
import type { MessageKey } from '../../src/i18n/messages';
import type { EditProfileRequestSchema } from '../../src/schemas/profile';
import type { ProfileScreenProps, ProfileSection } from '../../src/screens/ProfileScreen';

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
