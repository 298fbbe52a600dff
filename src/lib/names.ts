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

interface OtherName {
  text: string;
  lang: string;
  romanization?: string | undefined;
}

const words = (text: string) =>
  new Set(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1));

/**
 * A person's name in their own script: the first name whose romanisation shares a word with
 * the English name (河本大作 "Kōmoto Daisaku" for Kōmoto Daisaku), not a transcription of a
 * foreign name (セオドア・ルーズベルト for Theodore Roosevelt).
 */
export function ownName<T extends OtherName>(names: readonly T[], name: string): T | undefined {
  const english = words(name);
  return names.find((n) => !isEnglish(n.lang) && n.romanization && [...words(n.romanization)].some((w) => english.has(w)));
}

/** The languages in which places in a present-day country are named locally, in order of preference. */
const LOCAL_LANGUAGES: Record<string, string[]> = {
  China: ['zh-Hant', 'zh-Hans', 'zh'],
  Taiwan: ['zh-Hant', 'zh'],
  Japan: ['ja'],
  Russia: ['ru'],
  Mongolia: ['mn', 'mn-Cyrl'],
  'North Korea': ['ko'],
  'South Korea': ['ko'],
};

/** A place's name in the local script of its country (奉天 for Mukden), if the entry has one. */
export function localName<T extends OtherName>(names: readonly T[], country: string): T | undefined {
  for (const lang of LOCAL_LANGUAGES[country] ?? []) {
    const found = names.find((n) => n.lang === lang);
    if (found) return found;
  }
  return undefined;
}
