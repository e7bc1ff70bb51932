import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../shared/model/schemas.js';
import {
  changesFrom,
  draftFromPlace,
  duplicateCustomFieldName,
  fieldOfError,
  parseTags,
  rebaseDraft,
} from './place-draft.js';

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

describe('rebasing the draft when the stored place changes under the form', () => {
  const renamed: Place = { ...firm, name: 'Studio am Markt', tags: ['design'], updatedAt: '2026-01-02T00:00:00Z' };

  it('takes the new stored values of every field the user has not touched (an undo or redo)', () => {
    const draft = draftFromPlace(firm);
    const next = rebaseDraft(draft, firm, renamed);
    expect(next.name).toBe('Studio am Markt');
    expect(next.tags).toBe('design');
    // Saving it now changes nothing: the form no longer carries the old values.
    expect(changesFrom(renamed, next)).toEqual({});
  });

  it('keeps what the user typed', () => {
    const draft = { ...draftFromPlace(firm), name: 'Studio Hoher Markt 3', address: 'Hoher Markt 5' };
    const next = rebaseDraft(draft, firm, { ...renamed, address: 'Hoher Markt 4' });
    expect(next.name).toBe('Studio Hoher Markt 3');
    expect(next.address).toBe('Hoher Markt 5');
    expect(next.tags).toBe('design');
  });

  it('returns the same draft when nothing stored changed, so custom field rows keep their keys', () => {
    const draft = draftFromPlace(firm);
    expect(rebaseDraft(draft, firm, { ...firm })).toBe(draft);
  });

  it('takes new custom fields only when the user has not edited the rows', () => {
    const changed: Place = { ...firm, customFields: { employees: 5, founded: '2011', member: true } };
    const untouched = rebaseDraft(draftFromPlace(firm), firm, changed);
    expect(untouched.customFields.map((row) => row.value)).toEqual(['5', '2011', 'true']);
    const edited = draftFromPlace(firm);
    edited.customFields[1] = { ...edited.customFields[1]!, value: '2012' };
    expect(rebaseDraft(edited, firm, changed).customFields.map((row) => row.value)).toEqual(['4', '2012', 'true']);
  });
});
