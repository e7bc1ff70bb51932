import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { dateOrder, formatDateInput, isIsoDate, parseDateInput } from './date-input.js';

describe('date input', () => {
  it.each([
    ['en', undefined, '12/31/2026', ['month', 'day', 'year']],
    ['en', 'en-GB', '31/12/2026', ['day', 'month', 'year']],
    ['de', undefined, '31.12.2026', ['day', 'month', 'year']],
    ['fr', undefined, '31/12/2026', ['day', 'month', 'year']],
    ['it', undefined, '31/12/2026', ['day', 'month', 'year']],
    ['es', undefined, '31/12/2026', ['day', 'month', 'year']],
    ['pt', 'pt-BR', '31/12/2026', ['day', 'month', 'year']],
    ['nl', undefined, '31-12-2026', ['day', 'month', 'year']],
  ] as const)('%s (%s) shows %s and reads it back', (locale, formatting, shown, order) => {
    const t = createTranslator(locale, formatting);
    expect(formatDateInput(t, '2026-12-31')).toBe(shown);
    expect(dateOrder(t)).toEqual(order);
    expect(parseDateInput(t, shown)).toBe('2026-12-31');
    // ISO is read in every language.
    expect(parseDateInput(t, '2026-12-31')).toBe('2026-12-31');
    expect(parseDateInput(t, ' 2026-12-31 ')).toBe('2026-12-31');
  });

  it('reads the language order with other separators and without leading zeros', () => {
    expect(parseDateInput(createTranslator('de'), '6.3.2026')).toBe('2026-03-06');
    expect(parseDateInput(createTranslator('de'), '06/03/2026')).toBe('2026-03-06');
    expect(parseDateInput(createTranslator('en'), '3/6/2026')).toBe('2026-03-06');
    expect(parseDateInput(createTranslator('nl'), '6-3-2026')).toBe('2026-03-06');
  });

  it('refuses what is no day', () => {
    const t = createTranslator('de');
    for (const text of ['', 'morgen', '31.02.2026', '13.13.2026', '1.1.26', '2026-13-01', '1.2.3.4', '2026-02-30'])
      expect(parseDateInput(t, text)).toBe(null);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('leaves text that is no ISO date as it is', () => {
    const t = createTranslator('fr');
    expect(formatDateInput(t, '')).toBe('');
    expect(formatDateInput(t, '31/12')).toBe('31/12');
  });

  it('shows the pseudo-locales in English order', () => {
    expect(formatDateInput(createTranslator('en-XA'), '2026-01-02')).toBe('01/02/2026');
    expect(parseDateInput(createTranslator('ar-XB'), '01/02/2026')).toBe('2026-01-02');
  });
});
