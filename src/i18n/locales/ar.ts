import type { Messages } from '../messages';
import { arContacts, SECONDS } from './arContacts';

/**
 * Every string the kit shows, in Modern Standard Arabic, for shoppers in the Gulf: short, polite, the words of
 * Gulf shopping apps (رقم الجوال، البريد الإلكتروني). One term per idea: تسجيل الدخول / تسجيل الخروج، رمز
 * (a code; رمز التحقق for a one-time code)، التحقق (verify; تأكيد is "confirm")، حساب، إزالة، أساسي، جلسة.
 * Numbers, phone numbers, codes and email addresses are inserted as they come. Load it with `loadMessages('ar')`.
 * @example
 * <UserKitProvider client={client} messages={ar}>…</UserKitProvider>
 * formatMessage(ar.sessionsCount, { count: 3 }, ar.locale); // '3 جلسات نشطة'
 */
export const ar: Messages = {
  locale: 'ar',

  // Shared
  commonLoading: 'جارٍ التحميل…',
  commonContinue: 'متابعة',
  commonCancel: 'إلغاء',
  commonClose: 'إغلاق',
  commonRetry: 'إعادة المحاولة',
  commonOr: 'أو',
  commonOptional: 'اختياري',
  commonSkip: 'تخطي الآن',
  commonRetryIn: `أعد المحاولة بعد ${SECONDS}`,

  // Field labels shared by several screens
  fieldEmail: 'البريد الإلكتروني',
  fieldMobile: 'رقم الجوال',
  fieldCountryCode: 'مفتاح الدولة',
  countryPicker: 'مفتاح الدولة: {country} +{code}',
  countrySearch: 'ابحث عن دولة',
  countryNoMatch: 'لا توجد دولة تطابق «{query}».',
  fieldPassword: 'كلمة المرور',
  fieldFirstName: 'الاسم الأول',
  fieldLastName: 'اسم العائلة',
  fieldGender: 'الجنس',
  fieldGenderMale: 'ذكر',
  fieldGenderFemale: 'أنثى',
  fieldGenderOther: 'آخر',
  fieldDateOfBirth: 'تاريخ الميلاد',
  fieldProfilePicture: 'رابط صورة الملف الشخصي',
  fieldGenderUnset: 'غير محدد',

  // Validation
  validationRequired: 'هذا الحقل مطلوب.',
  validationEmail: 'أدخل بريدًا إلكترونيًا صحيحًا.',
  validationMobile: 'أدخل رقم جوال صحيحًا.',
  validationMobileCountry: 'أدخل رقم جوال صحيحًا في {country}.',
  validationEmailOrMobile: 'أدخل بريدًا إلكترونيًا أو رقم جوال صحيحًا.',
  validationCountryCode: 'اختر مفتاح الدولة.',
  validationCodeLength: 'أدخل الرمز المكوّن من {length} أرقام.',
  validationPasswordTooShort: 'يجب ألا يقل عدد الأحرف عن {min}.',
  validationPasswordRule: 'يجب ألا يقل عدد الأحرف عن {min}، مع حرف إنجليزي ورقم ورمز خاص، ودون مسافات.',
  validationPasswordNoSpaces: 'لا تستخدم المسافات.',
  validationPasswordRuleCustom: 'يجب ألا يقل عدد الأحرف عن {min}، مع: {needs}.',
  validationPasswordLetter: 'حرف إنجليزي',
  validationPasswordDigit: 'رقم',
  validationPasswordSpecial: 'رمز خاص',
  validationPasswordMismatch: 'كلمتا المرور غير متطابقتين.',
  validationPasswordSame: 'اختر كلمة مرور مختلفة عن كلمة المرور الحالية.',
  validationTooLong: 'يجب ألا يزيد عدد الأحرف على {max}.',
  validationDate: 'أدخل تاريخًا صحيحًا.',
  validationCaptcha: 'أكمل اختبار التحقق.',
  validationHttpsUrl: 'أدخل رابطًا يبدأ بـ https://',
  validationDatePast: 'أدخل تاريخًا في الماضي.',

  // Errors (see `errorMessage`)
  errorGeneric: 'حدث خطأ ما. يرجى المحاولة مرة أخرى.',
  errorServer: 'تعذّر إتمام ذلك الآن. يرجى المحاولة مرة أخرى بعد قليل.',
  errorOffline: 'يبدو أنك غير متصل بالإنترنت. تحقق من اتصالك وحاول مرة أخرى.',
  errorTimeout: 'يستغرق هذا وقتًا أطول من المعتاد. يرجى المحاولة مرة أخرى.',
  errorSessionExpired: 'انتهت صلاحية جلستك. يرجى تسجيل الدخول مرة أخرى.',
  errorSignInAgain: 'تسجيل الدخول مرة أخرى',
  errorRateLimited: `محاولات كثيرة جدًا. أعد المحاولة بعد ${SECONDS}.`,
  errorRateLimitedSoon: 'محاولات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.',
  errorInvalidInput: 'بعض البيانات غير صحيحة. راجع الحقول المميّزة.',
  errorRejected: 'تعذّر إتمام ذلك. راجع البيانات وحاول مرة أخرى.',
  errorProviderTimeout: 'لم تستجب نافذة تسجيل الدخول. يرجى المحاولة مرة أخرى.',
  errorAccountDisabled: 'تم تعطيل هذا الحساب.',

  // Known texts of the User service (see `serverTexts`), shown in your wording
  serverOtpInvalid: 'رمز التحقق غير صحيح. راجعه وحاول مرة أخرى.',
  serverCredentialsIncorrect: 'البريد الإلكتروني أو رقم الجوال أو كلمة المرور غير صحيحة.',
  serverAccountDisabled: 'تم تعطيل هذا الحساب.',
  serverMobileRequired: 'أدخل رقم الجوال.',
  serverMobileInvalid: 'أدخل رقم جوال صحيحًا.',
  serverEmailInvalid: 'أدخل بريدًا إلكترونيًا صحيحًا.',
  serverEmailIncorrect: 'أدخل بريدًا إلكترونيًا صحيحًا.',
  serverEmailTooLong: 'يجب ألا يزيد البريد الإلكتروني على 50 حرفًا.',

  // Login
  loginTitle: 'تسجيل الدخول',
  loginIdentifierLabel: 'البريد الإلكتروني أو رقم الجوال',
  loginMethodLabel: 'طريقة تسجيل الدخول',
  loginPasswordTab: 'كلمة المرور',
  loginOtpTab: 'رمز التحقق',
  loginSubmit: 'تسجيل الدخول',
  loginSubmitting: 'جارٍ تسجيل الدخول…',
  loginSuccess: 'تم تسجيل دخولك.',
  loginForgotPassword: 'نسيت كلمة المرور؟',
  loginNoAccount: 'ليس لديك حساب؟',
  loginCreateAccount: 'إنشاء حساب',
  loginSkip: 'المتابعة كضيف',
  loginNoSignInMethodTitle: 'تسجيل الدخول غير متاح',
  loginNoSignInMethod: 'لا توجد حاليًا طريقة لتسجيل الدخول إلى هذا المتجر. يرجى المحاولة لاحقًا.',
  loginSuccessBody: 'تم تسجيل دخولك. جارٍ إعادتك…',
  loginLinksLabel: 'طرق أخرى للدخول',

  // Social sign-in
  socialContinueWithGoogle: 'المتابعة باستخدام Google',
  socialContinueWithFacebook: 'المتابعة باستخدام Facebook',
  socialContinueWithApple: 'المتابعة باستخدام Apple',
  socialContinueWithAccountKit: 'المتابعة باستخدام Account Kit',
  socialNoToken: 'أُغلقت نافذة تسجيل الدخول قبل إتمام تسجيل دخولك. يرجى المحاولة مرة أخرى.',

  // One-time codes
  otpTitle: 'أدخل رمز التحقق',
  otpSendCode: 'إرسال رمز التحقق',
  otpSending: 'جارٍ إرسال رمز التحقق…',
  otpSentToMobile: 'أرسلنا رمز التحقق إلى {mobile}.',
  otpSentToEmail: 'أرسلنا رمز التحقق إلى {email}.',
  otpCodeLabel: 'رمز التحقق',
  otpVerify: 'تحقق',
  otpVerifying: 'جارٍ التحقق…',
  otpResend: 'إعادة إرسال الرمز',
  otpResendIn: `إعادة إرسال الرمز بعد ${SECONDS}`,
  otpResending: 'جارٍ إعادة إرسال الرمز…',
  otpResendReady: 'يمكنك الآن طلب رمز جديد.',
  otpChangeMobile: 'تغيير رقم الجوال',
  otpChangeEmail: 'تغيير البريد الإلكتروني',

  // Registration
  registerTitle: 'إنشاء حساب',
  registerConfirmPassword: 'تأكيد كلمة المرور',
  registerSoftFieldHint: 'يُنصح بإدخاله لنتمكن من التواصل معك بشأن طلباتك.',
  registerSubmit: 'إنشاء الحساب',
  registerSubmitting: 'جارٍ إنشاء حسابك…',
  registerHaveAccount: 'لديك حساب بالفعل؟',
  registerSignIn: 'تسجيل الدخول',
  registerUnavailable: 'لا يمكن إنشاء حسابات جديدة في هذا المتجر حاليًا.',

  // Complete profile (a new shopper after an OTP or a social sign-in)
  completeProfileTitle: 'أكمل ملفك الشخصي',
  completeProfileHint: 'بعض التفاصيل فقط، ويصبح حسابك جاهزًا.',
  completeProfileKnown: 'إنشاء حساب باستخدام {contact}',
  completeProfileSubmit: 'متابعة',
  completeProfileSubmitting: 'جارٍ الحفظ…',

  // Verify both (the codes a registration asks for)
  verifyTitle: 'التحقق من بياناتك',
  verifyHint: 'أدخل رموز التحقق التي أرسلناها لإكمال إنشاء حسابك.',
  verifyMobileTitle: 'رقم جوالك',
  verifyEmailTitle: 'بريدك الإلكتروني',
  verifyMobileCodeLabel: 'الرمز المرسل برسالة نصية',
  verifyEmailCodeLabel: 'الرمز المرسل بالبريد الإلكتروني',
  verifyMobileDone: 'تم التحقق من رقم الجوال.',
  verifyEmailDone: 'تم التحقق من البريد الإلكتروني.',

  // Links from emails and SMS
  linkEmailTitle: 'التحقق من بريدك الإلكتروني',
  linkMobileTitle: 'التحقق من رقم جوالك',
  linkLoginTitle: 'جارٍ تسجيل دخولك',
  linkChecking: 'جارٍ التحقق من الرابط…',
  linkEmailVerified: 'تم التحقق من بريدك الإلكتروني.',
  linkMobileVerified: 'تم التحقق من رقم جوالك.',
  linkLoginDone: 'تم تسجيل دخولك.',
  linkInvalid: 'انتهت صلاحية هذا الرابط أو سبق استخدامه.',
  linkContinue: 'متابعة',
  emailLinkTitle: 'تفقّد بريدك الإلكتروني',
  emailLinkBody: 'أرسلنا رابط التحقق إلى {email}. افتحه للتحقق من بريدك الإلكتروني.',

  // A disabled account
  lockedTitle: 'الحساب معطّل',
  lockedBody: 'تم تعطيل هذا الحساب، لذا لا يمكن تسجيل الدخول به.',
  lockedSupport: 'لإعادة تفعيله، راسلنا على {email}.',

  // Forgot password (asking for a link)
  forgotTitle: 'إعادة تعيين كلمة المرور',
  forgotHint: 'أدخل بريدك الإلكتروني وسنرسل إليك رمزًا لاختيار كلمة مرور جديدة.',
  forgotSubmit: 'إرسال رمز إعادة التعيين',
  forgotSubmitting: 'جارٍ الإرسال…',
  forgotSent: 'إذا كان هناك حساب مرتبط بـ {email}، فسيصلك رمز إعادة التعيين قريبًا. أدخله أدناه.',
  forgotBackToSignIn: 'العودة إلى تسجيل الدخول',

  // Reset password (the code and the new password)
  resetCodeLabel: 'رمز إعادة التعيين',
  resetCodeHint: 'الرمز الموجود في الرسالة التي أرسلناها إلى بريدك الإلكتروني.',
  resetNewPassword: 'كلمة المرور الجديدة',
  resetConfirmPassword: 'تأكيد كلمة المرور الجديدة',
  resetSubmit: 'تعيين كلمة المرور الجديدة',
  resetSubmitting: 'جارٍ حفظ كلمة المرور الجديدة…',
  resetSuccess: 'تم تغيير كلمة المرور.',

  // Profile
  profileTitle: 'ملفك الشخصي',
  profileSubmit: 'حفظ التغييرات',
  profileSubmitting: 'جارٍ حفظ التغييرات…',
  profileSaved: 'تم تحديث ملفك الشخصي.',
  profileNoChanges: 'لا توجد تغييرات لحفظها.',
  profileDetailsTitle: 'البيانات الشخصية',
  profilePictureHint: 'رابط لصورة، يبدأ بـ https://',
  profileSignInTitle: 'سجّل الدخول لحفظ تغييراتك',
  profileSignInHint: 'انتهت جلستك. سجّل الدخول مرة أخرى وسيتم حفظ تغييراتك.',
  profileSignedOut: 'سجّل الدخول لعرض ملفك الشخصي.',
  profileSignIn: 'تسجيل الدخول',
  profileOtherUser: 'سجّلت الدخول بحساب آخر، لذا لم يتم حفظ التغييرات.',

  ...arContacts,
};
