import { describe, expect, it } from 'vitest';
import type { Place, Quarter, Route } from '../../../shared/model/schemas.js';
import { addedContent, boundsContain, boundsIntersect, contentBounds } from './added-bounds.js';

const place = (id: number, longitude: number, latitude: number) => ({ id, longitude, latitude }) as Place;
const quarter = (id: number, ring: [number, number][]) =>
  ({ id, geometry: { type: 'Polygon', coordinates: [ring] } }) as Quarter;
const route = (id: number, line: [number, number][]) =>
  ({ id, geometry: { type: 'LineString', coordinates: line } }) as Route;

describe('bounds of added content', () => {
  const before = { places: [place(1, 15.6, 48.41)], quarters: [], routes: [] };

  it('finds what was added and boxes it, shapes included', () => {
    const after = {
      places: [place(1, 15.6, 48.41), place(2, 16.37, 48.2)],
      quarters: [
        quarter(1, [
          [16.3, 48.1],
          [16.4, 48.1],
          [16.4, 48.3],
          [16.3, 48.1],
        ]),
      ],
      routes: [
        route(4, [
          [16.2, 48.25],
          [16.5, 48.22],
        ]),
      ],
    };
    const added = addedContent(before, after);
    expect(added.places.map((entry) => entry.id)).toEqual([2]);
    expect(contentBounds(added)).toEqual([16.2, 48.1, 16.5, 48.3]);
  });

  it('has no bounds when nothing was added', () => {
    expect(contentBounds(addedContent(before, before))).toBeNull();
  });

  it('tells whether a box lies inside another', () => {
    expect(boundsContain([15, 48, 17, 49], [15.5, 48.2, 16, 48.5])).toBe(true);
    expect(boundsContain([15, 48, 17, 49], [14.9, 48.2, 16, 48.5])).toBe(false);
  });
});

describe('boundsIntersect', () => {
  it('is true when two boxes share area, false when they only touch or lie apart', () => {
    expect(boundsIntersect([0, 0, 2, 2], [1, 1, 3, 3])).toBe(true);
    expect(boundsIntersect([0, 0, 10, 10], [4, 4, 5, 5])).toBe(true);
    expect(boundsIntersect([0, 0, 1, 1], [1, 0, 2, 1])).toBe(false);
    expect(boundsIntersect([0, 0, 1, 1], [5, 5, 6, 6])).toBe(false);
  });
});
