import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import {
  createLocalDistance,
  LOCAL_ABSOLUTE_ERROR,
  LOCAL_MAX_LATITUDE,
  LOCAL_MAX_METRES,
  LOCAL_RELATIVE_ERROR,
} from '../../../shared/geo/local-distance.js';

// The approximation decides "surely inside / surely outside" without the geodesic, so its error
// bound must hold everywhere it claims to be valid: checked against GeographicLib's Direct problem.
const { Geodesic } = geodesicModule;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('local distance approximation', () => {
  it('stays within a hundredth of its stated error bound over its whole valid range', () => {
    const next = random(7);
    let worst = 0;
    for (let sample = 0; sample < 20_000; sample++) {
      const latitude = (next() * 2 - 1) * LOCAL_MAX_LATITUDE;
      const longitude = (next() * 2 - 1) * 180;
      const metres = next() ** 2 * LOCAL_MAX_METRES;
      const target = Geodesic.WGS84.Direct(latitude, longitude, next() * 360, metres);
      const approximate = createLocalDistance(longitude, latitude, LOCAL_MAX_METRES)!;
      const error = Math.abs(approximate(target.lon2 as number, target.lat2 as number) - metres);
      worst = Math.max(worst, error / (LOCAL_RELATIVE_ERROR * metres + LOCAL_ABSOLUTE_ERROR));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('handles the antimeridian and refuses what it cannot approximate', () => {
    const approximate = createLocalDistance(179.9999, 10, 100)!;
    const target = Geodesic.WGS84.Direct(10, 179.9999, 90, 50);
    expect(approximate(target.lon2 as number, target.lat2 as number)).toBeCloseTo(50, 2);
    expect(createLocalDistance(0, 85, 100)).toBeNull();
    expect(createLocalDistance(0, 45, LOCAL_MAX_METRES + 1)).toBeNull();
  });
});
