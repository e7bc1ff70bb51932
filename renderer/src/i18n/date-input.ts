import type { Translator } from '../../../shared/i18n/translator.js';

// Dates typed by a person: shown in the app's one date format (the translator's `date`, numeric in
// the language's order: 31.12.2026, 31/12/2026, 12/31/2026), read back in that format or as ISO
// (2026-12-31, what the project stores). Pure, so the rules are tested per locale.

type Part = 'year' | 'month' | 'day';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date of a calendar day, or null when there is no such day (31 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a text is a real day written as ISO (YYYY-MM-DD). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/** The order of year, month and day in the translator's date format. */
export function dateOrder(t: Pick<Translator, 'formattingLocale'>): Part[] {
  const parts = new Intl.DateTimeFormat(t.formattingLocale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2026, 11, 31))
    .map((part) => part.type)
    .filter((type): type is Part => type === 'year' || type === 'month' || type === 'day');
  return parts.length === 3 ? parts : ['year', 'month', 'day'];
}

/**
 * The ISO date a person typed, or null when the text is no date. Accepts the app's format of the
 * language (any separators: 31.12.2026, 31/12/2026, 31-12-2026) and ISO (2026-12-31).
 */
export function parseDateInput(t: Pick<Translator, 'formattingLocale'>, text: string): string | null {
  const groups = text.trim().match(/\d+/g);
  if (!groups || groups.length !== 3 || /[^\d\s./\-–]/.test(text.trim())) return null;
  // A year first (four digits) is ISO order whatever the language.
  const order: Part[] = groups[0]!.length === 4 ? ['year', 'month', 'day'] : dateOrder(t);
  const value: Record<Part, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, index) => (value[part] = Number(groups[index])));
  const yearText = groups[order.indexOf('year')]!;
  if (yearText.length !== 4) return null;
  return isoDate(value.year, value.month, value.day);
}

/** An ISO date in the app's format of the language; any other text as it is. */
export function formatDateInput(t: Pick<Translator, 'date'>, value: string): string {
  return isIsoDate(value) ? t.date(value) : value;
}

/** An example date in the app's format (for placeholders and hints). */
export function dateExample(t: Pick<Translator, 'date'>): string {
  return t.date('2026-12-31');
}
