import { describe, expect, it } from 'vitest';
import { languageName, localName, ownName, romanizationLang } from '../../src/lib/names.ts';

describe('names in other languages and scripts', () => {
  it('names languages in English and tags romanisations as Latin script', () => {
    expect(['ja', 'zh-Hans', 'zh-Hant', 'ru'].map(languageName)).toEqual(['Japanese', 'Chinese (Simplified)', 'Chinese (Traditional)', 'Russian']);
    expect(['ja', 'zh-Hans', 'ru', 'en'].map(romanizationLang)).toEqual(['ja-Latn', 'zh-Latn', 'ru-Latn', undefined]);
  });

  it("finds a person's own name, not a transcription of a foreign one", () => {
    const komoto = [{ text: '河本大作', lang: 'ja', romanization: 'Kōmoto Daisaku' }];
    expect(ownName(komoto, 'Kōmoto Daisaku')?.text).toBe('河本大作');
    const roosevelt = [{ text: 'セオドア・ルーズベルト', lang: 'ja', romanization: 'Seodoa Rūzuberuto' }, { text: 'Теодор Рузвельт', lang: 'ru', romanization: "Teodor Ruzvel't" }];
    expect(ownName(roosevelt, 'Theodore Roosevelt')).toBeUndefined();
    const zhukov = [{ text: 'Георгий Константинович Жуков', lang: 'ru', romanization: 'Georgy Konstantinovich Zhukov' }];
    expect(ownName(zhukov, 'Georgy Zhukov')?.lang).toBe('ru');
  });

  it("finds a place's name in its country's script, preferring traditional characters in China", () => {
    const mukden = [{ text: '奉天', lang: 'ja', romanization: 'Hōten' }, { text: '奉天', lang: 'zh-Hant', romanization: 'Fèngtiān' }, { text: '沈阳', lang: 'zh-Hans' }];
    expect(localName(mukden, 'China')?.lang).toBe('zh-Hant');
    expect(localName([{ text: 'ポーツマス', lang: 'ja' }], 'United States')).toBeUndefined();
  });
});
