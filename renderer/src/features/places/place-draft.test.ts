import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../shared/model/schemas.js';
import {
  changesFrom,
  coordinateProblem,
  draftFromPlace,
  parseDegrees,
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

  it('reads typed coordinates in decimal degrees, with a decimal comma, a degree sign or a hemisphere', () => {
    expect(parseDegrees('48.4102', 'latitude')).toBe(48.4102);
    expect(parseDegrees(' 48,4102 ', 'latitude')).toBe(48.4102);
    expect(parseDegrees('48.4102° N', 'latitude')).toBe(48.4102);
    expect(parseDegrees('33.9 S', 'latitude')).toBe(-33.9);
    expect(parseDegrees('-3.7', 'longitude')).toBe(-3.7);
    expect(parseDegrees('3.7W', 'longitude')).toBe(-3.7);
    expect(parseDegrees('-3.7 W', 'longitude')).toBe(3.7);
    expect(parseDegrees('.5', 'longitude')).toBe(0.5);
    expect(parseDegrees('15,6 O', 'longitude')).toBe(15.6);
    for (const wrong of ['', 'abc', '48.41 E', '15.6 N', '48°24′36″', '1e5', '48.4.1', '48,41,2'])
      expect(parseDegrees(wrong, wrong.includes('E') ? 'latitude' : 'longitude'), wrong).toBeNull();
  });

  it('moves the place only when a coordinate was typed, and says which one is no number', () => {
    const draft = draftFromPlace(firm);
    expect(draft).toMatchObject({ latitude: '48.4116', longitude: '15.6026' });
    expect(changesFrom(firm, { ...draft, latitude: '48,4120' })).toEqual({ latitude: 48.412 });
    expect(changesFrom(firm, { ...draft, longitude: '15.6026' })).toEqual({});
    // Out of range goes to the backend, which names the field and the limit.
    expect(changesFrom(firm, { ...draft, latitude: '91' })).toEqual({ latitude: 91 });
    expect(coordinateProblem({ ...draft, longitude: 'east' })).toBe('longitude');
    expect(coordinateProblem(draft)).toBeNull();
  });

  it('keeps a typed coordinate when the place is dragged, and follows the drag when untouched', () => {
    const moved = { ...firm, latitude: 48.4, longitude: 15.61 };
    expect(rebaseDraft(draftFromPlace(firm), firm, moved)).toMatchObject({ latitude: '48.4', longitude: '15.61' });
    const typed = { ...draftFromPlace(firm), latitude: '48.5' };
    expect(rebaseDraft(typed, firm, moved)).toMatchObject({ latitude: '48.5', longitude: '15.61' });
  });
});
