import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { proximityJoin } from '../../../electron/services/places/proximity-join.js';
import type { PlacePoints } from '../../../electron/store/places-repository.js';

// The join against brute force: every pair, exact geodesic (GeographicLib) distance, on random
// places around a centre, with many pairs close to the edge of the radius.
const { Geodesic } = geodesicModule;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomPoints(count: number, latitude: number, seed: number): PlacePoints {
  const next = random(seed);
  const categories = ['heritage-site', 'monument', 'creative-firm', 'museum', 'creative-industry-company'];
  const points: PlacePoints = {
    ids: new Float64Array(count),
    longitudes: new Float64Array(count),
    latitudes: new Float64Array(count),
    categories: [],
    length: count,
  };
  for (let index = 0; index < count; index++) {
    const at = Geodesic.WGS84.Direct(latitude, 16.37, next() * 360, Math.sqrt(next()) * 1500);
    points.ids[index] = index * 3 + 1;
    points.longitudes[index] = at.lon2 as number;
    points.latitudes[index] = at.lat2 as number;
    points.categories.push(categories[Math.floor(next() * categories.length)]!);
  }
  return points;
}

function bruteForce(points: PlacePoints, from: string[], to: string[], metres: number): string[] {
  const pairs: string[] = [];
  for (let a = 0; a < points.length; a++) {
    if (!from.includes(points.categories[a]!)) continue;
    for (let b = 0; b < points.length; b++) {
      if (a === b || !to.includes(points.categories[b]!)) continue;
      const distance = Geodesic.WGS84.Inverse(
        points.latitudes[a]!,
        points.longitudes[a]!,
        points.latitudes[b]!,
        points.longitudes[b]!,
        Geodesic.DISTANCE,
      ).s12 as number;
      if (distance <= metres) pairs.push(`${points.ids[a]}-${points.ids[b]}`);
    }
  }
  return pairs.sort();
}

describe('proximity join', () => {
  it('returns exactly the pairs brute force finds (WGS84 ellipsoid)', () => {
    for (const [latitude, metres] of [
      [48.2, 250],
      [69.5, 120],
      [-33.9, 400],
    ] as const) {
      const points = randomPoints(1200, latitude, Math.round(metres));
      const found: string[] = [];
      const stats = proximityJoin(points, { from: ['heritage'], to: ['creative-firm'], withinMetres: metres }, (a, b) =>
        found.push(`${a}-${b}`),
      );
      const expected = bruteForce(
        points,
        ['heritage-site', 'monument'],
        ['creative-firm', 'creative-industry-company'],
        metres,
      );
      expect(expected.length).toBeGreaterThan(1000);
      expect(found.sort()).toEqual(expected);
      expect(stats.pairs).toBe(expected.length);
      // The approximation settles most candidates; only those near the edge need the geodesic.
      expect(stats.exactDistances).toBeLessThan(expected.length / 10);
    }
  });

  it('never pairs a place with itself when both sides share a family', () => {
    const points = randomPoints(400, 48.2, 3);
    const found: string[] = [];
    proximityJoin(points, { from: ['heritage'], to: ['heritage'], withinMetres: 300 }, (a, b) => {
      expect(a).not.toBe(b);
      found.push(`${a}-${b}`);
    });
    expect(found.sort()).toEqual(bruteForce(points, ['heritage-site', 'monument'], ['heritage-site', 'monument'], 300));
  });

  it('finds nothing when a side is empty', () => {
    const points = randomPoints(100, 48.2, 5);
    expect(
      proximityJoin(points, { from: ['education'], to: ['creative-firm'], withinMetres: 500 }, () => {}).pairs,
    ).toBe(0);
  });
});
