const namers = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in the shopper's language (`Intl.DisplayNames`), or its ISO code where the browser cannot name it.
 * @example
 * countryName('AE', 'en'); // 'United Arab Emirates'
 * countryName('AE', 'ar'); // 'الإمارات العربية المتحدة'
 */
export function countryName(country: string, locale: string): string {
  if (!namers.has(locale)) {
    let namer: Intl.DisplayNames | null = null;
    try {
      namer = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      // An unknown locale or no Intl.DisplayNames: the codes stand in for the names.
    }
    namers.set(locale, namer);
  }
  try {
    return namers.get(locale)?.of(country) ?? country;
  } catch {
    return country;
  }
}
