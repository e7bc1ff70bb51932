import { describe, expect, it } from 'vitest';
import {
  canonicalLanguage,
  ContentLanguagesSchema,
  localizedName,
  localizedTexts,
  TranslationsSchema,
} from '../../../shared/model/content-languages.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import { PlaceChangesSchema } from '../../../shared/model/schemas.js';
import { english } from '../../helpers/labels.js';

// Content languages in the model: any BCP 47 language (not only the app's seven), in canonical
// form; refusals a person reads; the fallback to the primary text where a translation is missing.

describe('language codes', () => {
  it.each([
    ['de', 'de'],
    ['DE', 'de'],
    ['pt-br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['hsb', 'hsb'],
    ['iw', 'he'],
    ['be-tarask', 'be-tarask'],
  ])('%s is the language %s', (code, canonical) => {
    expect(canonicalLanguage(code)).toBe(canonical);
  });

  it.each(['', 'fr!', 'x-private', 'de-u-co-phonebk', 'signed', 'prefix', 'etymology', 'und', 'ja_rm'])(
    '%s is not a language of content',
    (code) => {
      expect(canonicalLanguage(code)).toBeNull();
    },
  );

  it('a refused code is named in the message, and the key is the field', () => {
    const result = PlaceChangesSchema.safeParse({ translations: { de: { name: 'Burg' }, 'klingon!': { name: 'x' } } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['translations', 'klingon!']);
    expect(english(issueMessage(issue))).toBe(
      'Translations: “klingon!” is not a language code (BCP 47, such as de, fr or pt-BR)',
    );
  });

  it('two spellings of one language are refused, as is the primary among the further languages', () => {
    const twice = TranslationsSchema.safeParse({ de: { name: 'a' }, DE: { name: 'b' } });
    expect(twice.success).toBe(false);
    const primary = ContentLanguagesSchema.safeParse({ primary: 'de', further: ['fr', 'DE'] });
    expect(english(issueMessage(primary.error!.issues[0]!))).toBe(
      'Further languages: “de” is the primary language; a further language must be another one',
    );
  });
});

describe('fallback to the primary language', () => {
  const castle = {
    name: 'Gozzoburg',
    description: 'Gotische Stadtburg',
    translations: { fr: { name: 'Château de Gozzo', description: '' }, en: { name: '', description: 'Town castle' } },
  };

  it('shows the translation where there is one, and the primary text where there is none', () => {
    expect(localizedTexts(castle, 'fr')).toEqual({ name: 'Château de Gozzo', description: 'Gotische Stadtburg' });
    expect(localizedTexts(castle, 'en')).toEqual({ name: 'Gozzoburg', description: 'Town castle' });
    expect(localizedName(castle, 'it')).toBe('Gozzoburg');
    expect(localizedName(castle, null)).toBe('Gozzoburg');
    expect(localizedName({ name: 'Steiner Tor' }, 'fr')).toBe('Steiner Tor');
  });
});
