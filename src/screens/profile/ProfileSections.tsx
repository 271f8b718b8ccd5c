'use client';
import { Fragment, Suspense, useId, type ReactNode } from 'react';
import type { ProfileForm } from '../../forms/profile/useProfileForm';
import { useMessages } from '../../i18n/MessagesContext';
import { profileMessages } from '../../i18n/messages/profile';
import { ProfileError, ProfileField, ProfileGender, ProfileNotice, ProfileRoot, ProfileSubmit, ProfileSummary } from '../../components/Profile';
import { Skeleton } from '../../components/primitives/Skeleton';
import { lazyPart } from '../../components/primitives/lazyPart';
import { Section } from './sections/Section';

// The sections under the profile form load on demand (issue 17): the form works before their code arrives.
const ContactSection = lazyPart(() => import('./sections/ContactSection').then((module) => module.ContactSection));
const PasswordSection = lazyPart(() => import('./sections/PasswordSection').then((module) => module.PasswordSection));
const SessionsSection = lazyPart(() => import('./sections/SessionsSection').then((module) => module.SessionsSection));

/** Fetches the code of the account screen's sections not loaded yet. */
export function preloadProfileSections(): Promise<unknown> {
  return Promise.all([ContactSection.preload(), PasswordSection.preload(), SessionsSection.preload()]);
}

/** A section of the `ProfileScreen`. */
export type ProfileSection = 'profile' | 'emails' | 'phones' | 'password' | 'sessions' | 'logout';

/** Every section, in the default order. */
export const PROFILE_SECTIONS: readonly ProfileSection[] = ['profile', 'emails', 'phones', 'password', 'sessions', 'logout'];

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
    const id = `${ids}-${section}`;
    let body: ReactNode = null;
    let title: string | undefined;
    if (section === 'emails' || section === 'phones') {
      title = section === 'emails' ? messages.emailsTitle : messages.phonesTitle;
      body = <ContactSection id={id} kind={section === 'emails' ? 'email' : 'phone'} />;
    } else if (section === 'password') {
      title = messages.passwordChangeTitle;
      body = <PasswordSection id={id} />;
    } else if (section === 'sessions') {
      title = messages.sessionsTitle;
      body = <SessionsSection id={id} />;
    }
    if (!body || title === undefined) return null;
    // While its code loads, a section shows its title and a skeleton of its height.
    const loading = (
      <Section id={id} title={title}>
        <Skeleton label={messages.commonLoading} lines={2} />
      </Section>
    );
    return <Suspense fallback={loading}>{body}</Suspense>;
  };
  return (
    <>
      {sections.map((section) => (
        <Fragment key={section}>{render(section)}</Fragment>
      ))}
    </>
  );
}
