import { describe, expect, it } from 'vitest';
import { areaPolygonProblem } from '../../shared/geo/area-polygon-problem.js';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [15.6, 48.41],
      [15.61, 48.41],
      [15.61, 48.42],
      [15.6, 48.42],
      [15.6, 48.41],
    ],
  ],
};

describe('areaPolygonProblem', () => {
  it('accepts a simple area', () => {
    expect(areaPolygonProblem(square)).toBeNull();
  });

  it('refuses a bow tie and says where it crosses', () => {
    const bowTie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [15.6, 48.41],
          [15.61, 48.42],
          [15.61, 48.41],
          [15.6, 48.42],
          [15.6, 48.41],
        ],
      ],
    };
    expect(areaPolygonProblem(bowTie)).toMatch(/crosses itself \(near 48\.41500° N, 15\.60500° E\)/);
  });

  it('refuses coordinates out of range, naming the corner', () => {
    const wrong = structuredClone(square);
    wrong.coordinates[0]![2] = [15.61, 91];
    expect(areaPolygonProblem(wrong)).toBe('The latitude of corner 3 must be between -90 and 90.');
    wrong.coordinates[0]![2] = [181, 48.42];
    expect(areaPolygonProblem(wrong)).toBe('The longitude of corner 3 must be between -180 and 180.');
  });

  it('refuses open rings and too few corners', () => {
    const open = structuredClone(square);
    open.coordinates[0]![4] = [15.6001, 48.41];
    expect(areaPolygonProblem(open)).toMatch(/end where it starts/);
    const flat = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [1, 1],
          [2, 2],
          [1, 1],
          [1, 1],
        ],
      ],
    };
    expect(areaPolygonProblem(flat)).toMatch(/three different corners/);
  });
});
