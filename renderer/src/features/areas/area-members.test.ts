import { describe, expect, it } from 'vitest';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import { createTranslator } from '../../../../shared/i18n/translator.js';
import { areaMembers } from './area-members.js';
import { formatHectares, hectaresOf, smallestArea } from './area-size.js';

const place = (id: number, name: string, category: Place['category']): Place => ({
  id,
  name,
  category,
  sector: null,
  description: '',
  address: '',
  website: '',
  tags: [],
  customFields: {},
  longitude: 15.6,
  latitude: 48.41,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const places = [
  place(1, 'Gozzoburg', 'historic-building'),
  place(2, 'Pfarrkirche St. Veit', 'monument'),
  place(3, 'Atelier Ölberg', 'creative-firm'),
  place(4, 'Kunsthalle', 'museum'),
  place(5, 'Outside', 'creative-firm'),
];
const byId = new Map(places.map((entry) => [entry.id, entry]));
const german = new Intl.Collator('de').compare;

describe('areaMembers', () => {
  it('lists the places inside by name and counts them per kind, most first', () => {
    const members = areaMembers(new Set([4, 2, 3, 1, 99]), byId, german);
    expect(members.places.map((entry) => entry.name)).toEqual([
      'Atelier Ölberg',
      'Gozzoburg',
      'Kunsthalle',
      'Pfarrkirche St. Veit',
    ]);
    // Two heritage sites; one firm and one venue tie, in the kinds' usual order.
    expect(members.byFamily).toEqual([
      { family: 'heritage', count: 2 },
      { family: 'cultural-venue', count: 1 },
      { family: 'creative-firm', count: 1 },
    ]);
  });

  it('is empty for an area with no place inside, or one not known yet', () => {
    expect(areaMembers(new Set(), byId, german)).toEqual({ places: [], byFamily: [] });
    expect(areaMembers(undefined, byId, german)).toEqual({ places: [], byFamily: [] });
  });
});

describe('formatHectares', () => {
  it('writes hectares in the reader’s language, three digits for small areas', () => {
    expect(formatHectares(createTranslator('en'), 12.345)).toBe('12.3 ha');
    expect(formatHectares(createTranslator('de'), 0.4567)).toBe('0,457 ha');
    expect(formatHectares(createTranslator('fr'), 1234.5)).toMatch(/^1\s235\sha$/);
  });

  it('measures the sample’s old town at about 25 ha', () => {
    const hectares = hectaresOf({
      type: 'Polygon',
      coordinates: [
        [
          [15.5978, 48.4098],
          [15.6032, 48.4088],
          [15.6068, 48.4094],
          [15.6076, 48.4122],
          [15.6049, 48.4141],
          [15.5992, 48.4139],
          [15.5978, 48.4098],
        ],
      ],
    });
    expect(hectares).toBeGreaterThan(20);
    expect(hectares).toBeLessThan(35);
  });
});

describe('smallestArea', () => {
  const square = (id: number, west: number, south: number, size: number): Quarter => ({
    id,
    name: `Area ${id}`,
    kind: 'cultural-quarter',
    description: '',
    customFields: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west + size, south],
          [west + size, south + size],
          [west, south + size],
          [west, south],
        ],
      ],
    },
  });
  const quarter = square(1, 15.59, 48.4, 0.02);
  const campus = square(2, 15.6, 48.41, 0.002);

  it('picks the smallest of overlapping areas (a creative space inside a quarter)', () => {
    expect(smallestArea([1, 2, 1], [quarter, campus])).toBe(2);
    expect(smallestArea([1], [quarter, campus])).toBe(1);
  });

  it('ignores ids no area has, and finds none in an empty hit', () => {
    expect(smallestArea([7], [quarter])).toBeNull();
    expect(smallestArea([], [quarter])).toBeNull();
  });
});
