// Names in other languages and scripts: what to call the language, and how to tag the
// romanisation so that browsers and screen readers treat each part correctly.

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });

/** The English name of a BCP-47 language tag: ja → "Japanese", zh-Hans → "Chinese (Simplified)". */
export function languageName(tag: string): string {
  return displayNames.of(tag) ?? tag;
}

/**
 * The tag of a romanisation of text in `tag`: the same language written in Latin script
 * (ja → ja-Latn, zh-Hans → zh-Latn), or undefined for text that is already Latin.
 */
export function romanizationLang(tag: string): string | undefined {
  const locale = new Intl.Locale(tag);
  if (locale.language === 'en') return undefined;
  return `${locale.language}-Latn`;
}

/** Whether a name is in English (an English alternative name needs no language label). */
export function isEnglish(tag: string): boolean {
  return new Intl.Locale(tag).language === 'en';
}
