'use client';
import { useMemo } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import { useLoggedInUser } from './useLoggedInUser';
import { usePlatformView } from './usePlatformView';

/** A contact the application asks for that the signed-in user has not given. */
export interface MissingField {
  field: 'email' | 'mobile';
  /** `hard`: the application requires it; `soft`: asked for but skippable. */
  level: 'hard' | 'soft';
}

/**
 * Which fields of `register_required_fields` the signed-in user still lacks, so that the app can ask for them
 * after sign-in ("Complete your profile") — soft ones with a "Skip for now".
 * @example
 * const { missingSoft } = useProfileCompleteness();
 * if (missingSoft.length) showBanner();
 */
export function useProfileCompleteness(options: { view?: PlatformView } = {}) {
  const { data: user } = useLoggedInUser();
  const platform = usePlatformView();
  const view = options.view ?? platform.view;
  return useMemo(() => {
    const missing: MissingField[] = [];
    if (user) {
      const rules = view.registerFields;
      if (rules.email.required && !user.emails?.some((email) => email.email)) missing.push({ field: 'email', level: rules.email.level });
      if (rules.mobile.required && !user.phone_numbers?.some((phone) => phone.phone)) missing.push({ field: 'mobile', level: rules.mobile.level });
    }
    return {
      missing,
      missingHard: missing.filter((item) => item.level === 'hard'),
      missingSoft: missing.filter((item) => item.level === 'soft'),
      isComplete: missing.length === 0,
      /** `undefined` until the user is known. */
      user,
    };
  }, [user, view.registerFields]);
}
