'use client';
import { Fragment, useId, type ReactNode } from 'react';
import type { ProfileForm } from '../../forms/profile/useProfileForm';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { ChangePasswordError, ChangePasswordFields, ChangePasswordHint, ChangePasswordNotice, ChangePasswordRoot, ChangePasswordSubmit, ChangePasswordTitle } from '../../components/ChangePassword';
import { ContactListAdd, ContactListItems, ContactListRoot, ContactListStatus } from '../../components/ContactList';
import { ProfileError, ProfileField, ProfileGender, ProfileNotice, ProfileRoot, ProfileSubmit, ProfileSummary } from '../../components/Profile';
import { SessionsList } from '../../components/Sessions';

/** A section of the `ProfileScreen`. */
export type ProfileSection = 'profile' | 'emails' | 'phones' | 'password' | 'sessions' | 'logout';

/** Every section, in the default order. */
export const PROFILE_SECTIONS: readonly ProfileSection[] = ['profile', 'emails', 'phones', 'password', 'sessions', 'logout'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fdk-section" aria-labelledby={id}>
      <h2 className="fdk-section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The sections of the account screen, in the order given (`logout` sits in the header). */
export function ProfileSections({ sections, profile, signedIn }: { sections: readonly ProfileSection[]; profile: ProfileForm; signedIn: boolean }) {
  const messages = useMessages(profileMessages);
  const ids = useId();
  const render = (section: ProfileSection): ReactNode => {
    if (section === 'profile') {
      return (
        <Section id={`${ids}-profile`} title={messages.profileDetailsTitle}>
          <ProfileSummary />
          <ProfileRoot profile={profile} className="fdk-form">
            <ProfileField name="first_name" />
            <ProfileField name="last_name" />
            <ProfileGender />
            <ProfileField name="dob" />
            <ProfileField name="profile_pic_url" />
            <ProfileError />
            <ProfileNotice />
            <ProfileSubmit />
          </ProfileRoot>
        </Section>
      );
    }
    // The other sections need the session; the profile form alone stays while a save waits for a sign-in.
    if (!signedIn) return null;
    if (section === 'emails' || section === 'phones') {
      return (
        <Section id={`${ids}-${section}`} title={section === 'emails' ? messages.emailsTitle : messages.phonesTitle}>
          <ContactListRoot kind={section === 'emails' ? 'email' : 'phone'}>
            <ContactListStatus />
            <ContactListItems />
            <ContactListAdd />
          </ContactListRoot>
        </Section>
      );
    }
    if (section === 'password') {
      return (
        <section className="fdk-section" aria-labelledby={`${ids}-password`}>
          <ChangePasswordRoot className="fdk-form">
            <ChangePasswordTitle id={`${ids}-password`} />
            <ChangePasswordHint />
            <ChangePasswordFields />
            <ChangePasswordError />
            <ChangePasswordNotice />
            <ChangePasswordSubmit />
          </ChangePasswordRoot>
        </section>
      );
    }
    if (section === 'sessions') {
      return (
        <Section id={`${ids}-sessions`} title={messages.sessionsTitle}>
          <p className="fdk-hint">{messages.sessionsHint}</p>
          <SessionsList />
        </Section>
      );
    }
    return null;
  };
  return (
    <>
      {sections.map((section) => (
        <Fragment key={section}>{render(section)}</Fragment>
      ))}
    </>
  );
}
