import { IntlMessageFormat } from 'intl-messageformat';
import { catalogOf } from './catalogs.js';
import { isMessageRef, type MessageDescriptor, type MessageRef, type MessageValues } from './define-messages.js';
import { isRightToLeft, type Locale } from './locales.js';
import { pseudoLocalize } from './pseudo-locale.js';

// Turns messages into text in one language: ICU messages through FormatJS's intl-messageformat
// (plurals by CLDR rules, numbers and dates through Intl), cached per message. The renderer, the
// Electron menu, the CLI and the backend's error messages all use this one translator.

export interface Translator {
  readonly locale: Locale;
  /** The tag Intl formats numbers and dates with (the language, with the user's region when known). */
  readonly formattingLocale: string;
  readonly direction: 'ltr' | 'rtl';
  /** A message in this language; values may be messages themselves (formatted first). */
  t(message: MessageDescriptor | MessageRef, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** The one date format of the app (numeric, in the language's order): 06.12.2026, 06/12/2026, 12/6/2026. */
  date(isoDate: string | Date): string;
  /** The date as above with the time (hours and minutes). */
  dateTime(iso: string | Date): string;
  /** "a, b and c" in this language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const translators = new Map<string, Translator>();

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // A bare date (YYYY-MM-DD) is a calendar day, not midnight UTC: read it in local time.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The translator of a language. `formattingLocale` (a browser's `en-GB`, the POSIX `de_AT`) keeps
 * the user's regional number and date conventions when it is the same language.
 */
export function createTranslator(locale: Locale, formattingLocale?: string): Translator {
  const language = locale === 'en-XA' || locale === 'ar-XB' ? 'en' : locale;
  let intlLocale: string = language;
  if (formattingLocale) {
    try {
      const wished = new Intl.Locale(formattingLocale.replace(/[.@].*$/, '').replace(/_/g, '-'));
      if (wished.language === language) intlLocale = wished.toString();
    } catch {
      // Not a valid tag: the language's own conventions.
    }
  }
  const key = `${locale}|${intlLocale}`;
  const cached = translators.get(key);
  if (cached) return cached;

  const catalog = locale === 'en' || locale === 'en-XA' || locale === 'ar-XB' ? undefined : catalogOf(locale);
  const compiled = new Map<string, IntlMessageFormat>();
  // NOTE: made when first used: building a DateTimeFormat takes milliseconds (a tenth of a
  // command's start, measured), and most commands print no date.
  let dateFormat: Intl.DateTimeFormat | undefined;
  let dateTimeFormat: Intl.DateTimeFormat | undefined;

  function formatterFor(message: MessageDescriptor | MessageRef): IntlMessageFormat {
    let formatter = compiled.get(message.id);
    if (!formatter) {
      const source =
        locale === 'en-XA' || locale === 'ar-XB'
          ? pseudoLocalize(message.defaultMessage)
          : (catalog?.[message.id] ?? message.defaultMessage);
      formatter = new IntlMessageFormat(source, intlLocale, undefined, { ignoreTag: true });
      compiled.set(message.id, formatter);
    }
    return formatter;
  }

  const translator: Translator = {
    locale,
    formattingLocale: intlLocale,
    direction: isRightToLeft(locale) ? 'rtl' : 'ltr',
    t(message, values) {
      const given = values ?? (isMessageRef(message) ? message.values : undefined);
      const prepared: Record<string, string | number | boolean | Date | null | undefined> = {};
      for (const [name, value] of Object.entries(given ?? {})) {
        prepared[name] = isMessageRef(value) ? translator.t(value) : value;
      }
      return String(formatterFor(message).format(prepared));
    },
    number: (value, options) => new Intl.NumberFormat(intlLocale, options).format(value),
    date(value) {
      const date = toDate(value);
      dateFormat ??= new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: '2-digit', day: '2-digit' });
      return date ? dateFormat.format(date) : String(value);
    },
    dateTime(value) {
      const date = toDate(value);
      dateTimeFormat ??= new Intl.DateTimeFormat(intlLocale, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      return date ? dateTimeFormat.format(date) : String(value);
    },
    list: (items, type = 'conjunction') => new Intl.ListFormat(intlLocale, { type }).format(items),
  };
  translators.set(key, translator);
  return translator;
}
