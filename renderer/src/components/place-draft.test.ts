import { describe, expect, it } from 'vitest';
import type { Place } from '../../../shared/model/schemas.js';
import { changesFrom, draftFromPlace, duplicateCustomFieldName, fieldOfError, parseTags } from './place-draft.js';

const firm: Place = {
  id: 13,
  name: 'Studio Hoher Markt',
  category: 'creative-firm',
  sector: 'design',
  description: '',
  address: 'Hoher Markt 3',
  website: '',
  tags: ['design', 'print'],
  customFields: { employees: 4, founded: '2011', member: true },
  longitude: 15.6026,
  latitude: 48.4116,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('place draft', () => {
  it('has no changes when nothing was edited, typed custom values included', () => {
    expect(changesFrom(firm, draftFromPlace(firm))).toEqual({});
  });

  it('sends only the edited fields', () => {
    const draft = { ...draftFromPlace(firm), name: 'Studio am Markt', tags: 'design, print, Design,  , signs' };
    expect(changesFrom(firm, draft)).toEqual({ name: 'Studio am Markt', tags: ['design', 'print', 'signs'] });
  });

  it('drops the sector when the category no longer has one', () => {
    const draft = { ...draftFromPlace(firm), category: 'museum' as const };
    expect(changesFrom(firm, draft)).toEqual({ category: 'museum', sector: null });
  });

  it('turns an edited custom value into text and keeps the untouched ones typed', () => {
    const draft = draftFromPlace(firm);
    draft.customFields = draft.customFields.map((row) => (row.name === 'employees' ? { ...row, value: '5' } : row));
    expect(changesFrom(firm, draft)).toEqual({ customFields: { employees: '5', founded: '2011', member: true } });
  });

  it('finds duplicate custom field names and the form field of an API error', () => {
    const rows = [
      { key: 1, name: 'a', value: '1' },
      { key: 2, name: ' a ', value: '2' },
    ];
    expect(duplicateCustomFieldName(rows)).toBe('a');
    expect(fieldOfError('changes.website')).toBe('website');
    expect(fieldOfError('changes.customFields.x')).toBe('customFields');
    expect(fieldOfError(undefined)).toBeNull();
    expect(parseTags(' a, b ,,a')).toEqual(['a', 'b']);
  });
});
