import { describe, expect, it } from 'vitest';
import { resolveLocale, spokenLocale, urlLanguageOf } from './resolve-locale.js';

describe('resolveLocale', () => {
  it('takes ?lang= first, then the preference, then the browser', () => {
    expect(resolveLocale({ urlLanguage: 'fr', preference: 'de', browserLanguages: ['it-IT'] }).locale).toBe('fr');
    expect(resolveLocale({ urlLanguage: null, preference: 'de', browserLanguages: ['it-IT'] }).locale).toBe('de');
    expect(resolveLocale({ urlLanguage: null, preference: null, browserLanguages: ['it-IT', 'de'] }).locale).toBe('it');
  });

  it('reaches the pseudo-locales only through the page address', () => {
    expect(resolveLocale({ urlLanguage: 'en-XA', preference: 'de', browserLanguages: ['de'] }).locale).toBe('en-XA');
    expect(resolveLocale({ urlLanguage: 'ar-XB', preference: null, browserLanguages: ['en'] }).locale).toBe('ar-XB');
    expect(resolveLocale({ urlLanguage: null, preference: null, browserLanguages: ['en-XA', 'fr'] }).locale).toBe('fr');
  });

  it('skips a language it does not speak, in the address and in the browser list', () => {
    expect(resolveLocale({ urlLanguage: 'xx', preference: 'nl', browserLanguages: ['en'] }).locale).toBe('nl');
    expect(resolveLocale({ urlLanguage: 'ja', preference: null, browserLanguages: ['ja', 'pt-BR'] }).locale).toBe('pt');
    expect(resolveLocale({ urlLanguage: null, preference: null, browserLanguages: ['ja'] }).locale).toBe('en');
  });

  it('formats with the first browser language (its region), whichever language is spoken', () => {
    expect(resolveLocale({ urlLanguage: null, preference: null, browserLanguages: ['en-GB'] })).toEqual({
      locale: 'en',
      formattingLocale: 'en-GB',
    });
    expect(resolveLocale({ urlLanguage: null, preference: 'de', browserLanguages: ['de-AT', 'en'] })).toEqual({
      locale: 'de',
      formattingLocale: 'de-AT',
    });
    expect(resolveLocale({ urlLanguage: null, preference: null, browserLanguages: [] }).formattingLocale).toBe(
      undefined,
    );
  });

  it('reads the language from the page address', () => {
    expect(urlLanguageOf('?token=abc&lang=en-XA&e2e=1')).toBe('en-XA');
    expect(urlLanguageOf('?token=abc')).toBe(null);
    expect(spokenLocale('EN_us')).toBe('en');
    expect(spokenLocale('de-CH')).toBe('de');
    expect(spokenLocale('')).toBe(null);
  });
});
