/**
 * The English texts of the forms that take a shopper's details and passwords (registration, complete profile,
 * the profile, a new or changed password): loaded with those forms, not by the sign-in step.
 */
export const personMessages = {
  fieldFirstName: 'First name',
  fieldLastName: 'Last name',
  fieldGender: 'Gender',
  fieldGenderMale: 'Male',
  fieldGenderFemale: 'Female',
  fieldGenderOther: 'Other',
  fieldDateOfBirth: 'Date of birth',
  fieldProfilePicture: 'Profile picture URL',
  validationPasswordTooShort: 'Use at least {min} characters.',
  validationPasswordRule: 'Use at least {min} characters, with a letter (A–Z), a digit and a special character, and no spaces.',
  validationPasswordNoSpaces: 'Leave out spaces.',
  validationPasswordRuleCustom: 'Use at least {min} characters, with {needs}.',
  validationPasswordLetter: 'a letter (A–Z)',
  validationPasswordDigit: 'a digit',
  validationPasswordSpecial: 'a special character',
  validationPasswordMismatch: 'The passwords do not match.',
  validationPasswordSame: 'Choose a password different from your current one.',
  validationTooLong: 'Use at most {max} characters.',
  validationDate: 'Enter a valid date.',
  validationHttpsUrl: 'Enter a web address starting with https://.',
  validationDatePast: 'Enter a date in the past.',
};
