import { describe, expect, it } from 'vitest';
import type { Place } from '../../../../shared/model/schemas.js';
import { samplePlace } from '../../test-support/sample-place.js';
import { compactPlaces } from './compact-places.js';

/** Places as a transport hands them over: every string a copy of its own (parsed from JSON). */
function fromJson(places: Place[]): Place[] {
  return JSON.parse(JSON.stringify(places)) as Place[];
}

const place = (id: number, changes: Partial<Place> = {}) =>
  samplePlace(id, {
    sector: 'design',
    createdAt: '2026-12-02T16:00:24.550Z',
    updatedAt: '2026-12-02T16:00:24.550Z',
    ...changes,
  });

describe('compactPlaces', () => {
  it('keeps every value and shares one copy of an empty tag list and custom field record', () => {
    const original = [
      place(1),
      place(2, { tags: ['open studio'], customFields: { founded: 1998 } }),
      place(3, { category: 'heritage-site', sector: null, tags: ['open studio', 'listed'] }),
      place(4, { updatedAt: '2026-12-03T09:00:00.000Z' }),
    ];
    const places = compactPlaces(fromJson(original));
    expect(places).toEqual(original);
    expect(places[0]!.tags).toBe(places[3]!.tags);
    expect(places[0]!.customFields).toBe(places[2]!.customFields);
    expect(places[1]!.customFields).not.toBe(places[0]!.customFields);
  });

  it('leaves no shared empty value open to change', () => {
    const [first, second] = compactPlaces(fromJson([place(1), place(2)]));
    expect(() => (first!.tags as string[]).push('x')).toThrow(TypeError);
    expect(() => {
      (first!.customFields as Record<string, number>).x = 1;
    }).toThrow(TypeError);
    expect(second!.tags).toEqual([]);
    expect(second!.customFields).toEqual({});
  });
});
