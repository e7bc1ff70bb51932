import { area as turfArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { polygonAreaSquareMetres } from '../../shared/geo/polygon-area.js';
import type { PolygonGeometry } from '../../shared/model/schemas.js';

const ring = (west: number, south: number, east: number, north: number): [number, number][] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

describe('polygonAreaSquareMetres', () => {
  it('measures one degree square at the equator as GeographicLib does on WGS84', () => {
    // Reference: GeographicLib's Planimeter (ellipsoidal), 12,308,778,361.469 m².
    const square: PolygonGeometry = { type: 'Polygon', coordinates: [ring(0, 0, 1, 1)] };
    expect(polygonAreaSquareMetres(square)).toBeCloseTo(12_308_778_361.469, 0);
  });

  it('is the same whichever way the ring runs, and close to turf’s sphere for a quarter-sized area', () => {
    const krems: PolygonGeometry = { type: 'Polygon', coordinates: [ring(15.598, 48.409, 15.608, 48.414)] };
    const reversed: PolygonGeometry = { type: 'Polygon', coordinates: [[...krems.coordinates[0]!].reverse()] };
    const measured = polygonAreaSquareMetres(krems);
    expect(polygonAreaSquareMetres(reversed)).toBeCloseTo(measured, 6);
    // About 41 ha; the sphere differs by a fraction of a percent.
    expect(measured / 10_000).toBeGreaterThan(40);
    expect(measured / 10_000).toBeLessThan(42);
    expect(Math.abs(measured - turfArea(krems)) / measured).toBeLessThan(0.005);
  });

  it('takes holes out', () => {
    const outer = ring(15.598, 48.409, 15.608, 48.414);
    const hole = ring(15.6, 48.41, 15.602, 48.411);
    const withHole: PolygonGeometry = { type: 'Polygon', coordinates: [outer, hole] };
    const full = polygonAreaSquareMetres({ type: 'Polygon', coordinates: [outer] });
    const holeArea = polygonAreaSquareMetres({ type: 'Polygon', coordinates: [hole] });
    expect(holeArea).toBeGreaterThan(0);
    expect(polygonAreaSquareMetres(withHole)).toBeCloseTo(full - holeArea, 3);
  });
});
