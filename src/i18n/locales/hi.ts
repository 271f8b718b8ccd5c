import type { Messages } from '../messages';
import { hiContacts } from './hiContacts';

/**
 * Every string the kit shows, in Hindi (Devanagari), for shoppers in India: the everyday register of Indian
 * shopping apps, with the English words they use (OTP, ईमेल, मोबाइल नंबर, पासवर्ड, साइन इन). One term per idea:
 * साइन इन / साइन आउट, OTP (a one-time code sent by SMS or email), कोड (any other code), वेरिफ़ाई, अकाउंट, हटाएं,
 * प्राइमरी, सेशन; "enter" is डालें. Load it with `loadMessages('hi')`.
 * @example
 * <UserKitProvider client={client} messages={hi}>…</UserKitProvider>
 * formatMessage(hi.sessionsCount, { count: 2 }, hi.locale); // '2 ऐक्टिव सेशन'
 */
export const hi: Messages = {
  locale: 'hi',

  // Shared
  commonLoading: 'लोड हो रहा है…',
  commonContinue: 'जारी रखें',
  commonCancel: 'रद्द करें',
  commonClose: 'बंद करें',
  commonRetry: 'फिर से कोशिश करें',
  commonOr: 'या',
  commonOptional: 'वैकल्पिक',
  commonSkip: 'अभी छोड़ें',
  commonRetryIn: '{seconds} सेकंड में फिर से कोशिश करें',

  // Field labels shared by several screens
  fieldEmail: 'ईमेल पता',
  fieldMobile: 'मोबाइल नंबर',
  fieldCountryCode: 'देश का कोड',
  countryPicker: 'देश का कोड: {country} +{code}',
  countrySearch: 'देश खोजें',
  countryNoMatch: '“{query}” से मिलता कोई देश नहीं है।',
  fieldPassword: 'पासवर्ड',
  fieldFirstName: 'पहला नाम',
  fieldLastName: 'अंतिम नाम',
  fieldGender: 'लिंग',
  fieldGenderMale: 'पुरुष',
  fieldGenderFemale: 'महिला',
  fieldGenderOther: 'अन्य',
  fieldDateOfBirth: 'जन्म तिथि',
  fieldProfilePicture: 'प्रोफ़ाइल फ़ोटो का URL',
  fieldGenderUnset: 'नहीं बताया गया',

  // Validation
  validationRequired: 'यह फ़ील्ड भरना ज़रूरी है।',
  validationEmail: 'सही ईमेल पता डालें।',
  validationMobile: 'सही मोबाइल नंबर डालें।',
  validationMobileCountry: '{country} का सही मोबाइल नंबर डालें।',
  validationEmailOrMobile: 'सही ईमेल पता या मोबाइल नंबर डालें।',
  validationCountryCode: 'देश का कोड चुनें।',
  validationCodeLength: '{length} अंकों का कोड डालें।',
  validationPasswordTooShort: 'कम से कम {min} कैरेक्टर इस्तेमाल करें।',
  validationPasswordRule: 'कम से कम {min} कैरेक्टर इस्तेमाल करें, जिनमें एक अंग्रेज़ी अक्षर, एक अंक और एक स्पेशल कैरेक्टर हो, और कोई स्पेस न हो।',
  validationPasswordNoSpaces: 'स्पेस न डालें।',
  validationPasswordRuleCustom: 'कम से कम {min} कैरेक्टर इस्तेमाल करें, और इनमें ये शामिल करें: {needs}।',
  validationPasswordLetter: 'एक अंग्रेज़ी अक्षर',
  validationPasswordDigit: 'एक अंक',
  validationPasswordSpecial: 'एक स्पेशल कैरेक्टर',
  validationPasswordMismatch: 'दोनों पासवर्ड एक जैसे नहीं हैं।',
  validationPasswordSame: 'अपने मौजूदा पासवर्ड से अलग पासवर्ड चुनें।',
  validationTooLong: 'ज़्यादा से ज़्यादा {max} कैरेक्टर इस्तेमाल करें।',
  validationDate: 'सही तारीख डालें।',
  validationCaptcha: 'वेरिफ़िकेशन चेक पूरा करें।',
  validationHttpsUrl: 'https:// से शुरू होने वाला वेब पता डालें।',
  validationDatePast: 'आज से पहले की तारीख डालें।',

  // Errors (see `errorMessage`)
  errorGeneric: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
  errorServer: 'अभी यह काम पूरा नहीं हो सका। कृपया थोड़ी देर बाद फिर से कोशिश करें।',
  errorOffline: 'लगता है आप ऑफ़लाइन हैं। अपना इंटरनेट कनेक्शन चेक करें और फिर से कोशिश करें।',
  errorTimeout: 'इसमें बहुत ज़्यादा समय लग रहा है। कृपया फिर से कोशिश करें।',
  errorSessionExpired: 'आपका सेशन खत्म हो गया है। कृपया फिर से साइन इन करें।',
  errorSignInAgain: 'फिर से साइन इन करें',
  errorRateLimited: 'बहुत ज़्यादा कोशिशें हो गईं। {seconds} सेकंड में फिर से कोशिश करें।',
  errorRateLimitedSoon: 'बहुत ज़्यादा कोशिशें हो गईं। कृपया थोड़ी देर रुककर फिर से कोशिश करें।',
  errorInvalidInput: 'कुछ जानकारी सही नहीं है। हाइलाइट किए गए फ़ील्ड चेक करें।',
  errorRejected: 'यह नहीं हो सका। जानकारी जाँचें और फिर से कोशिश करें।',
  errorProviderTimeout: 'साइन इन विंडो से कोई जवाब नहीं मिला। कृपया फिर से कोशिश करें।',
  errorAccountDisabled: 'यह अकाउंट बंद कर दिया गया है।',

  // Known texts of the User service (see `serverTexts`), shown in your wording
  serverOtpInvalid: 'यह OTP सही नहीं है। इसे चेक करके फिर से कोशिश करें।',
  serverCredentialsIncorrect: 'ईमेल, मोबाइल नंबर या पासवर्ड सही नहीं है।',
  serverAccountDisabled: 'यह अकाउंट बंद कर दिया गया है।',
  serverMobileRequired: 'मोबाइल नंबर डालें।',
  serverMobileInvalid: 'सही मोबाइल नंबर डालें।',
  serverEmailInvalid: 'सही ईमेल पता डालें।',
  serverEmailIncorrect: 'सही ईमेल पता डालें।',
  serverEmailTooLong: 'ज़्यादा से ज़्यादा 50 कैरेक्टर का ईमेल पता इस्तेमाल करें।',

  // Login
  loginTitle: 'साइन इन करें',
  loginIdentifierLabel: 'ईमेल या मोबाइल नंबर',
  loginMethodLabel: 'साइन इन का तरीका',
  loginPasswordTab: 'पासवर्ड',
  loginOtpTab: 'OTP',
  loginSubmit: 'साइन इन करें',
  loginSubmitting: 'साइन इन हो रहा है…',
  loginSuccess: 'आप साइन इन हो गए हैं।',
  loginForgotPassword: 'पासवर्ड भूल गए?',
  loginNoAccount: 'यहां नए हैं?',
  loginCreateAccount: 'अकाउंट बनाएं',
  loginSkip: 'गेस्ट के तौर पर जारी रखें',
  loginNoSignInMethodTitle: 'साइन इन अभी उपलब्ध नहीं है',
  loginNoSignInMethod: 'इस स्टोर में अभी साइन इन करने का कोई तरीका उपलब्ध नहीं है। कृपया बाद में फिर से कोशिश करें।',
  loginSuccessBody: 'आप साइन इन हो गए हैं। आपको वापस ले जा रहे हैं…',
  loginLinksLabel: 'साइन इन के दूसरे तरीके',

  // Social sign-in
  socialContinueWithGoogle: 'Google से जारी रखें',
  socialContinueWithFacebook: 'Facebook से जारी रखें',
  socialContinueWithApple: 'Apple से जारी रखें',
  socialContinueWithAccountKit: 'Account Kit से जारी रखें',
  socialNoToken: 'साइन इन विंडो आपको साइन इन किए बिना बंद हो गई। कृपया फिर से कोशिश करें।',

  // One-time codes
  otpTitle: 'OTP डालें',
  otpSendCode: 'OTP भेजें',
  otpSending: 'OTP भेजा जा रहा है…',
  otpSentToMobile: 'हमने {mobile} पर OTP भेजा है।',
  otpSentToEmail: 'हमने {email} पर OTP भेजा है।',
  otpCodeLabel: 'OTP',
  otpVerify: 'वेरिफ़ाई करें',
  otpVerifying: 'वेरिफ़ाई हो रहा है…',
  otpResend: 'OTP फिर से भेजें',
  otpResendIn: '{seconds} सेकंड में OTP फिर से भेजें',
  otpResending: 'OTP फिर से भेजा जा रहा है…',
  otpResendReady: 'अब आप नया OTP मंगा सकते हैं।',
  otpChangeMobile: 'मोबाइल नंबर बदलें',
  otpChangeEmail: 'ईमेल पता बदलें',

  // Registration
  registerTitle: 'अकाउंट बनाएं',
  registerConfirmPassword: 'पासवर्ड कन्फ़र्म करें',
  registerSoftFieldHint: 'इसे भरने की सलाह है, ताकि हम आपके ऑर्डर के बारे में आपसे संपर्क कर सकें।',
  registerSubmit: 'अकाउंट बनाएं',
  registerSubmitting: 'आपका अकाउंट बनाया जा रहा है…',
  registerHaveAccount: 'पहले से अकाउंट है?',
  registerSignIn: 'साइन इन करें',
  registerUnavailable: 'इस स्टोर में अभी नए अकाउंट नहीं बनाए जा सकते।',

  // Complete profile (a new shopper after an OTP or a social sign-in)
  completeProfileTitle: 'अपनी प्रोफ़ाइल पूरी करें',
  completeProfileHint: 'बस कुछ जानकारी दें और आपका अकाउंट तैयार है।',
  completeProfileKnown: '{contact} से अकाउंट बना रहे हैं',
  completeProfileSubmit: 'जारी रखें',
  completeProfileSubmitting: 'सेव हो रहा है…',

  // Verify both (the codes a registration asks for)
  verifyTitle: 'अपनी जानकारी वेरिफ़ाई करें',
  verifyHint: 'अकाउंट बनाना पूरा करने के लिए हमारे भेजे गए OTP डालें।',
  verifyMobileTitle: 'आपका मोबाइल नंबर',
  verifyEmailTitle: 'आपका ईमेल पता',
  verifyMobileCodeLabel: 'SMS से भेजा गया OTP',
  verifyEmailCodeLabel: 'ईमेल से भेजा गया OTP',
  verifyMobileDone: 'मोबाइल नंबर वेरिफ़ाई हो गया।',
  verifyEmailDone: 'ईमेल पता वेरिफ़ाई हो गया।',

  // Links from emails and SMS
  linkEmailTitle: 'अपना ईमेल पता वेरिफ़ाई करें',
  linkMobileTitle: 'अपना मोबाइल नंबर वेरिफ़ाई करें',
  linkLoginTitle: 'आपको साइन इन किया जा रहा है',
  linkChecking: 'आपका लिंक चेक किया जा रहा है…',
  linkEmailVerified: 'आपका ईमेल पता वेरिफ़ाई हो गया है।',
  linkMobileVerified: 'आपका मोबाइल नंबर वेरिफ़ाई हो गया है।',
  linkLoginDone: 'आप साइन इन हो गए हैं।',
  linkInvalid: 'इस लिंक की समय-सीमा खत्म हो गई है या इसका इस्तेमाल पहले ही हो चुका है।',
  linkContinue: 'जारी रखें',
  emailLinkTitle: 'अपना ईमेल देखें',
  emailLinkBody: 'हमने {email} पर एक वेरिफ़िकेशन लिंक भेजा है। अपना ईमेल पता वेरिफ़ाई करने के लिए उसे खोलें।',

  // A disabled account
  lockedTitle: 'अकाउंट बंद है',
  lockedBody: 'यह अकाउंट बंद कर दिया गया है, इसलिए इससे साइन इन नहीं किया जा सकता।',
  lockedSupport: 'इसे फिर से चालू करवाने के लिए {email} पर लिखें।',

  // Forgot password (asking for a link)
  forgotTitle: 'अपना पासवर्ड रीसेट करें',
  forgotHint: 'अपना ईमेल पता डालें, हम आपको नया पासवर्ड चुनने के लिए एक कोड भेजेंगे।',
  forgotSubmit: 'रीसेट कोड भेजें',
  forgotSubmitting: 'भेजा जा रहा है…',
  forgotSent: 'अगर {email} से कोई अकाउंट जुड़ा है, तो उस पर रीसेट कोड भेज दिया गया है। उसे नीचे डालें।',
  forgotBackToSignIn: 'साइन इन पर वापस जाएं',

  // Reset password (the code and the new password)
  resetCodeLabel: 'रीसेट कोड',
  resetCodeHint: 'हमारे भेजे गए ईमेल में दिया गया कोड।',
  resetNewPassword: 'नया पासवर्ड',
  resetConfirmPassword: 'नया पासवर्ड कन्फ़र्म करें',
  resetSubmit: 'नया पासवर्ड सेट करें',
  resetSubmitting: 'आपका नया पासवर्ड सेव हो रहा है…',
  resetSuccess: 'आपका पासवर्ड बदल दिया गया है।',

  // Profile
  profileTitle: 'आपकी प्रोफ़ाइल',
  profileSubmit: 'बदलाव सेव करें',
  profileSubmitting: 'बदलाव सेव हो रहे हैं…',
  profileSaved: 'आपकी प्रोफ़ाइल अपडेट हो गई है।',
  profileNoChanges: 'सेव करने के लिए कोई बदलाव नहीं है।',
  profileDetailsTitle: 'निजी जानकारी',
  profilePictureHint: 'किसी फ़ोटो का लिंक, जो https:// से शुरू हो।',
  profileSignInTitle: 'बदलाव सेव करने के लिए साइन इन करें',
  profileSignInHint: 'आपका सेशन खत्म हो गया है। फिर से साइन इन करें, आपके बदलाव सेव हो जाएंगे।',
  profileSignedOut: 'अपनी प्रोफ़ाइल देखने के लिए साइन इन करें।',
  profileSignIn: 'साइन इन करें',
  profileOtherUser: 'आपने किसी दूसरे अकाउंट से साइन इन किया है, इसलिए बदलाव सेव नहीं हुए।',

  ...hiContacts,
};
