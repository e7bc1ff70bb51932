import type { Place } from '../../../shared/model/schemas.js';

/** A place for renderer unit tests: a creative firm in Krems with no details; `changes` override. */
export function samplePlace(id: number, changes: Partial<Place> = {}): Place {
  return {
    id,
    name: `Place ${id}`,
    category: 'creative-firm',
    sector: null,
    description: '',
    address: '',
    website: '',
    tags: [],
    customFields: {},
    longitude: 15.6,
    latitude: 48.41,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...changes,
  };
}
