import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator.js';
import { routeStopsFromPositions as stopsOrProblem } from './route-stops.js';

// The problem is a message; read in English here.
const english = createTranslator('en');
const routeStopsFromPositions = (...args: Parameters<typeof stopsOrProblem>) => {
  const result = stopsOrProblem(...args);
  return 'problem' in result ? { problem: english.t(result.problem) } : result;
};

describe('routeStopsFromPositions', () => {
  const placeIdAt = new Map([
    ['15.6,48.41', 1],
    ['15.61,48.42', 2],
    ['15.62,48.43', 3],
  ]);

  it('turns snapped positions into stops in order, merging repeats in a row', () => {
    expect(
      routeStopsFromPositions(
        [
          [15.6, 48.41],
          [15.61, 48.42],
          [15.61, 48.42],
          [15.62, 48.43],
        ],
        placeIdAt,
      ),
    ).toEqual({ stopPlaceIds: [1, 2, 3] });
  });

  it('refuses a point that is not on a place, and a route with one stop', () => {
    expect(
      routeStopsFromPositions(
        [
          [15.6, 48.41],
          [15.65, 48.4],
        ],
        placeIdAt,
      ),
    ).toEqual({ problem: expect.stringMatching(/must be on a place/) });
    expect(
      routeStopsFromPositions(
        [
          [15.6, 48.41],
          [15.6, 48.41],
        ],
        placeIdAt,
      ),
    ).toEqual({ problem: expect.stringMatching(/two different stops/) });
  });
});
