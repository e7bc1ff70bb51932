import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { fieldName } from './field-name.js';

// A stored column as a person reads it: in the history's changed fields and a sync conflict's field.

describe('fieldName', () => {
  it('names known columns in the reader’s language, and others readably', () => {
    const en = createTranslator('en');
    expect(fieldName(en, 'geom')).toBe('position');
    expect(fieldName(en, 'start_date')).toBe('start date');
    expect(fieldName(en, 'opening_hours')).toBe('opening hours');
    const de = createTranslator('de');
    expect(fieldName(de, 'start_date')).not.toBe('start date');
    expect(fieldName(de, 'start_date')).not.toMatch(/_/);
  });
});
