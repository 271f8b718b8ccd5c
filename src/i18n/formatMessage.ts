/** A plural block: `{count, plural, one {# session} other {# sessions}}` (cases: `=N`, zero, one, two, few, many, other). */
const PLURAL = /\{([A-Za-z0-9_]+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function formatPlural(block: string, name: string, cases: string, values: Readonly<Record<string, string | number>>, locale: string): string {
  if (!Object.hasOwn(values, name)) return block;
  const count = Number(values[name]);
  const options = new Map<string, string>();
  for (const match of cases.matchAll(CASE)) options.set(match[1]!, match[2]!);
  const chosen = options.get(`=${count}`) ?? options.get(Number.isFinite(count) ? pluralCategory(locale, count) : 'other') ?? options.get('other') ?? block;
  return chosen.replace(/#/g, String(values[name]));
}

/**
 * Fills a message's placeholders as plain text: `{name}` with a value, and plural blocks
 * (`{count, plural, one {# active session} other {# active sessions}}`) by the plural rules of `locale`
 * (`Intl.PluralRules`: Arabic has six forms, Hindi two). A value is inserted with `String()` and never read as
 * markup or as another placeholder. Placeholders without a value are left as they are, so a missing value is
 * visible rather than silently empty.
 * @example
 * formatMessage('Too many attempts. Try again in {seconds} s.', { seconds: 30 });
 * // 'Too many attempts. Try again in 30 s.'
 * formatMessage('{count, plural, one {# session} other {# sessions}}', { count: 2 }, 'en'); // '2 sessions'
 */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  return template
    .replace(PLURAL, (block, name: string, cases: string) => formatPlural(block, name, cases, values, locale))
    .replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
