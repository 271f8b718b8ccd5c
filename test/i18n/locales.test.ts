import { describe, expect, it } from 'vitest';
import { FYND_PASSWORD_RULE } from '../../src/config/settings';
import { passwordRuleText } from '../../src/forms/rules/password';
import { formatMessage } from '../../src/i18n/formatMessage';
import { loadMessages, textDirection } from '../../src/i18n/loadMessages';
import { ar } from '../../src/i18n/locales/ar';
import { hi } from '../../src/i18n/locales/hi';
import { messages, type MessageKey, type Messages } from '../../src/i18n/messages';
import { resolveMessages } from '../../src/i18n/resolveMessages';

/** A pack, and what its language must look like. */
interface Pack {
  name: string;
  pack: Messages;
  /** A letter of the language's script: every text has one, but for `latinOnly`. */
  script: RegExp;
  /** Texts with no letter of the script, each with the reason. */
  latinOnly: Partial<Record<MessageKey, string>>;
  /** The Latin words a text may hold (names and tokens that are not translated), each with the reason. */
  latinWords: Record<string, string>;
  /** English wording → the one word the pack uses for it, wherever the English uses it. */
  terms: Array<[english: RegExp, translated: RegExp]>;
  /** Punctuation of English left in the text. */
  foreignPunctuation: RegExp;
}

const brands = { Google: 'a provider’s name', Facebook: 'a provider’s name', Apple: 'a provider’s name', Account: 'Account Kit, a product’s name', Kit: 'Account Kit, a product’s name', https: 'what a web address must start with' };

const packs: Pack[] = [
  {
    name: 'hi',
    pack: hi,
    script: /\p{Script=Devanagari}/u,
    latinOnly: { loginOtpTab: 'OTP is what Indian apps call a one-time code', otpCodeLabel: 'OTP is what Indian apps call a one-time code' },
    latinWords: { ...brands, OTP: 'the word Indian shoppers know', SMS: 'the word Indian shoppers know', URL: 'the word Indian apps use for a web address' },
    terms: [
      [/\bsign(ing|ed)?[ -]in\b/i, /साइन इन/],
      [/\bsign(ing|ed)? out\b/i, /साइन आउट/],
      [/\bverif/i, /वेरिफ़/],
      [/\bpasswords?\b/i, /पासवर्ड/],
      [/\bmobile numbers?\b/i, /मोबाइल नंबर/],
      [/\bemail\b/i, /ईमेल/],
      [/\bcodes?\b/i, /कोड|OTP/],
      [/\baccounts?\b(?! Kit)/i, /अकाउंट/],
      [/\bsessions?\b/i, /सेशन/],
      [/\bprimary\b/i, /प्राइमरी/],
      [/\bremov/i, /हटा/],
      [/\bprofile\b/i, /प्रोफ़ाइल/],
    ],
    // A Hindi sentence ends with a danda (।), not a full stop.
    foreignPunctuation: /\.$/,
  },
  {
    name: 'ar',
    pack: ar,
    script: /\p{Script=Arabic}/u,
    latinOnly: {},
    latinWords: brands,
    terms: [
      [/\bsign(ing|ed)?[ -]in\b/i, /الدخول|دخولك/],
      [/\bsign(ing|ed)? out\b/i, /الخروج|خروجك/],
      [/\bverif/i, /تحقق|التحقق/],
      [/\bpasswords?\b/i, /كلمة (ال)?مرور|كلمتا المرور/],
      [/\bmobile numbers?\b/i, /جوال/],
      [/\bemail\b/i, /بريد/],
      [/(?<!country )\bcodes?\b/i, /رمز|رموز/],
      [/\bcountry code\b/i, /مفتاح الدولة/],
      [/\baccounts?\b(?! Kit)/i, /حساب/],
      [/\bsessions?\b/i, /جلس/],
      [/\bprimary\b/i, /أساسي/],
      [/\bremov/i, /إزال/],
      [/\bprofile\b/i, /الملف الشخصي|ملفك الشخصي/],
    ],
    // Arabic has its own comma, semicolon and question mark (، ؛ ؟).
    foreignPunctuation: /[,;?]/,
  },
];

/** Variables the English inserts as a number and a pack may count by its plural rules (Arabic: ثانية، ثانيتين، ثوانٍ). */
const counted = new Set(['seconds']);

const PLURAL = /\{([A-Za-z0-9_]+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** A text's placeholders: plain `{name}`s, plural blocks (variable → case → text), and the text without them. */
function parse(text: string) {
  const plural = new Map<string, Map<string, string>>();
  const withoutPlural = text.replace(PLURAL, (_block, name: string, cases: string) => {
    expect(plural.has(name), `two plural blocks over ${name}`).toBe(false);
    plural.set(name, new Map([...cases.matchAll(CASE)].map((match) => [match[1]!, match[2]!])));
    return '';
  });
  const plain = [...withoutPlural.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]!).sort();
  return { plain, plural, rest: withoutPlural.replace(/\{[A-Za-z0-9_]+\}/g, '') };
}

const keys = (Object.keys(messages) as MessageKey[]).filter((key) => key !== 'locale');

describe.each(packs)('the $name pack', ({ name, pack, script, latinOnly, latinWords, terms, foreignPunctuation }) => {
  const categories = new Intl.PluralRules(name).resolvedOptions().pluralCategories;

  it('has exactly the keys of the English messages, and its own locale', () => {
    expect(Object.keys(pack).sort()).toEqual(Object.keys(messages).sort());
    expect(pack.locale).toBe(name);
    expect(new Intl.Locale(pack.locale).language).toBe(name);
  });

  it('holds a non-empty, trimmed plain text for every key', () => {
    for (const key of keys) {
      const text = pack[key];
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.trim());
      expect(text, key).not.toMatch(/[<>]|&[a-z]+;|\s{2}/i);
    }
  });

  it('has the placeholders of the English text, and a plural block with the language’s categories where English has one', () => {
    for (const key of keys) {
      const english = parse(messages[key]);
      const translated = parse(pack[key]);
      expect(translated.rest, `${key}: a stray brace`).not.toMatch(/[{}]/);
      expect([...translated.plural.keys()].sort(), `${key}: plural blocks`).toEqual(
        [...english.plural.keys(), ...english.plain.filter((variable) => counted.has(variable) && translated.plural.has(variable))].sort(),
      );
      expect(translated.plain, `${key}: placeholders`).toEqual(english.plain.filter((variable) => !translated.plural.has(variable)));
      for (const [variable, cases] of translated.plural) {
        const chosen = [...cases.keys()].filter((category) => !category.startsWith('='));
        expect(chosen.sort(), `${key}: ${variable}'s plural categories`).toEqual([...categories].sort());
        expect(cases.get('other'), `${key}: the number shown for ${variable}`).toContain('#');
      }
    }
  });

  it('shows every value as it comes, and no placeholder is left once all are given', () => {
    for (const key of keys) {
      const english = parse(messages[key]);
      const variables = [...english.plain, ...english.plural.keys()];
      const values = Object.fromEntries(variables.map((variable) => [variable, english.plural.has(variable) || counted.has(variable) ? 7 : `+971 50 ${variable}@x.ae`]));
      const shown = formatMessage(pack[key], values, pack.locale);
      for (const value of Object.values(values)) expect(shown, key).toContain(String(value));
      expect(shown, key).not.toMatch(/[{}#]/);
    }
  });

  it('is not English: no text is the English one, every text is in the script, and Latin words are names or known tokens', () => {
    for (const key of keys) {
      const text = pack[key];
      expect(text, key).not.toBe(messages[key]);
      const words = parse(text).rest.match(/[A-Za-z]+/g) ?? [];
      for (const word of words) expect(latinWords, `${key}: "${word}"`).toHaveProperty([word]);
      if (latinOnly[key]) expect(text, key).not.toMatch(script);
      else expect(text, key).toMatch(script);
      expect(parse(text).rest, `${key}: punctuation`).not.toMatch(foreignPunctuation);
    }
  });

  it('uses one word for one thing across the screens', () => {
    for (const [english, translated] of terms) {
      const using = keys.filter((key) => english.test(parse(messages[key]).rest));
      expect(using.length, String(english)).toBeGreaterThan(0);
      for (const key of using) expect(pack[key], `${key} (${String(english)})`).toMatch(translated);
    }
  });

  it('replaces every English text once given to the kit', async () => {
    const resolved = resolveMessages(await loadMessages(name));
    expect(resolved).toEqual(pack);
    expect(keys.filter((key) => resolved[key] === messages[key])).toEqual([]);
  });
});

describe('loadMessages', () => {
  it('loads a pack by its language, whatever the region', async () => {
    expect(await loadMessages('hi')).toBe(hi);
    expect(await loadMessages('hi-IN')).toBe(hi);
    expect(await loadMessages('ar-AE')).toBe(ar);
    expect(await loadMessages('AR_sa')).toBe(ar);
  });

  it('resolves a language the kit does not ship to no overrides (English)', async () => {
    expect(await loadMessages('fr')).toEqual({});
    expect(await loadMessages('en-IN')).toEqual({});
  });
});

describe('the packs on screen', () => {
  it('writes Arabic right to left and Hindi left to right', () => {
    expect(textDirection(ar.locale)).toBe('rtl');
    expect(textDirection('ar-AE')).toBe('rtl');
    expect(textDirection(hi.locale)).toBe('ltr');
  });

  it('counts Arabic sessions with the noun each number takes', () => {
    const shown = [0, 1, 2, 3, 11, 100].map((count) => formatMessage(ar.sessionsCount, { count }, ar.locale));
    expect(shown).toEqual(['لا توجد جلسات نشطة', 'جلسة نشطة واحدة', 'جلستان نشطتان', '3 جلسات نشطة', '11 جلسة نشطة', '100 جلسة نشطة']);
  });

  it('counts Hindi sessions', () => {
    expect(formatMessage(hi.sessionsCount, { count: 1 }, hi.locale)).toBe('1 ऐक्टिव सेशन');
    expect(formatMessage(hi.sessionsCount, { count: 5 }, hi.locale)).toBe('5 ऐक्टिव सेशन');
  });

  it('counts Arabic seconds by the Arabic rules, and reads right by the English rules the kit uses for them today', () => {
    const byArabic = [1, 2, 5, 30].map((seconds) => formatMessage(ar.otpResendIn, { seconds }, ar.locale));
    expect(byArabic).toEqual(['إعادة إرسال الرمز بعد ثانية واحدة', 'إعادة إرسال الرمز بعد ثانيتين', 'إعادة إرسال الرمز بعد 5 ثوانٍ', 'إعادة إرسال الرمز بعد 30 ثانية']);
    expect(formatMessage(ar.errorRateLimited, { seconds: 30 })).toBe('محاولات كثيرة جدًا. أعد المحاولة بعد 30 ثانية.');
    expect(formatMessage(ar.otpResendIn, { seconds: 1 })).toBe('إعادة إرسال الرمز بعد ثانية واحدة');
  });

  it('keeps numbers, phone numbers and addresses as they come', () => {
    expect(formatMessage(ar.otpSentToMobile, { mobile: '+971 501234567' }, ar.locale)).toBe('أرسلنا رمز التحقق إلى +971 501234567.');
    expect(formatMessage(hi.otpSentToEmail, { email: 'asha@example.in' }, hi.locale)).toBe('हमने asha@example.in पर OTP भेजा है।');
    expect(formatMessage(ar.validationCodeLength, { length: 4 }, ar.locale)).toBe('أدخل الرمز المكوّن من 4 أرقام.');
  });

  it('words the password rule in each language, Fynd’s and a store’s own', () => {
    const own = { minLength: 6, letter: true, digit: true, special: false, noSpaces: true };
    expect(passwordRuleText(FYND_PASSWORD_RULE, hi)).toBe('कम से कम 8 कैरेक्टर इस्तेमाल करें, जिनमें एक अंग्रेज़ी अक्षर, एक अंक और एक स्पेशल कैरेक्टर हो, और कोई स्पेस न हो।');
    expect(passwordRuleText(own, hi)).toBe('कम से कम 6 कैरेक्टर इस्तेमाल करें, और इनमें ये शामिल करें: एक अंग्रेज़ी अक्षर और एक अंक। स्पेस न डालें।');
    expect(passwordRuleText(FYND_PASSWORD_RULE, ar)).toBe('يجب ألا يقل عدد الأحرف عن 8، مع حرف إنجليزي ورقم ورمز خاص، ودون مسافات.');
    expect(passwordRuleText(own, ar)).toBe('يجب ألا يقل عدد الأحرف عن 6، مع: حرف إنجليزي ورقم. لا تستخدم المسافات.');
  });
});
