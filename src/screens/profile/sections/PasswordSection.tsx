'use client';
import { ChangePasswordError, ChangePasswordFields, ChangePasswordHint, ChangePasswordNotice, ChangePasswordRoot, ChangePasswordSubmit, ChangePasswordTitle } from '../../../components/ChangePassword';

/** The "set / change password" section of the account screen. Loaded on demand. */
export function PasswordSection({ id }: { id: string }) {
  return (
    <section className="fdk-section" aria-labelledby={id}>
      <ChangePasswordRoot className="fdk-form">
        <ChangePasswordTitle id={id} />
        <ChangePasswordHint />
        <ChangePasswordFields />
        <ChangePasswordError />
        <ChangePasswordNotice />
        <ChangePasswordSubmit />
      </ChangePasswordRoot>
    </section>
  );
}
