import { describe, expect, it } from 'vitest';
import type { RouteLeg } from '../../../../shared/model/schemas.js';
import { stopSegments } from '../../../../shared/routing/stop-segments.js';
import { insertStop, isRoundTrip, moveItem, withVia, withoutItem } from './route-stop-order.js';

// Four stops west to east along a street in Krems, about 150 m apart.
const STREET: [number, number][] = [
  [15.598, 48.41],
  [15.6, 48.41],
  [15.602, 48.41],
  [15.604, 48.41],
];

function leg(toStop: number | null, lengthMetres: number, kind: RouteLeg['kind'] = 'network'): RouteLeg {
  return {
    kind,
    ...(kind === 'straight' ? { reason: 'no-path' as const } : {}),
    toStop,
    coordinates: [
      [0, 0],
      [1, 1],
    ],
    lengthMetres,
    durationSeconds: lengthMetres * 0.72,
    directions: [],
  };
}

describe('where a new stop goes', () => {
  it('between the two stops it lies between, where the detour is least', () => {
    expect(insertStop([1, 2, 3, 4], STREET, 9, [15.601, 48.4101])).toEqual([1, 2, 9, 3, 4]);
  });

  it('at the end when it lies beyond the last stop, never before the start', () => {
    expect(insertStop([1, 2, 3, 4], STREET, 9, [15.606, 48.41])).toEqual([1, 2, 3, 4, 9]);
    expect(insertStop([1, 2, 3, 4], STREET, 9, [15.596, 48.41])).toEqual([1, 9, 2, 3, 4]);
  });

  it('keeps a round trip ending where it began', () => {
    // A triangle: east along the street, north, and back south-west to the start.
    const round = [1, 2, 3, 1];
    const positions: [number, number][] = [
      [15.598, 48.41],
      [15.602, 48.41],
      [15.602, 48.413],
      [15.598, 48.41],
    ];
    expect(isRoundTrip(round)).toBe(true);
    expect(isRoundTrip([1, 2])).toBe(false);
    // Beside the way back: before the return to the start, not after it.
    expect(insertStop(round, positions, 9, [15.5995, 48.4118])).toEqual([1, 2, 3, 9, 1]);
    expect(insertStop(round, positions, 9, [15.6035, 48.4115])).toEqual([1, 2, 9, 3, 1]);
  });
});

describe('moving and removing stops', () => {
  it('moves an item up, down and to the ends', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('removes by index (a place that is a stop twice keeps its other stop)', () => {
    expect(withoutItem([1, 2, 3, 1], 3)).toEqual([1, 2, 3]);
  });
});

describe('the way to each stop', () => {
  it('sums the legs through via points and collects why parts are straight', () => {
    const legs = [leg(1, 100), leg(null, 50, 'straight'), leg(2, 70), leg(3, 30)];
    const segments = stopSegments(legs);
    expect(segments.map((segment) => segment.toStop)).toEqual([1, 2, 3]);
    expect(segments[1]).toMatchObject({
      legIndexes: [1, 2],
      lengthMetres: 120,
      straightReasons: ['no-path'],
      ascentMetres: null,
    });
    expect(segments[1]!.durationSeconds).toBeCloseTo(120 * 0.72);
  });

  it('takes times and climbs from the elevation when there is one', () => {
    const legs = [leg(1, 100), leg(2, 100)];
    const climbs = [
      { ascentMetres: 10, descentMetres: 0, durationSeconds: 90 },
      { ascentMetres: 2, descentMetres: 12, durationSeconds: 70 },
    ];
    expect(stopSegments(legs, climbs).map((segment) => [segment.durationSeconds, segment.ascentMetres])).toEqual([
      [90, 10],
      [70, 2],
    ]);
  });
});

describe('a via point where the line was dragged', () => {
  const via = (afterStop: number, longitude: number) => ({ afterStop, longitude, latitude: 48.41 });

  it("goes after the stop the dragged leg leaves from, in order among that stop's vias", () => {
    // Stop 0 → via A → stop 1 → stop 2: legs 0 (to A), 1 (A to stop 1), 2 (to stop 2).
    const legs = [leg(null, 10), leg(1, 10), leg(2, 10)];
    const vias = [via(0, 15.1)];
    expect(withVia(legs, vias, 0, [15.05, 48.41])).toEqual([via(0, 15.05), via(0, 15.1)]);
    expect(withVia(legs, vias, 1, [15.15, 48.41])).toEqual([via(0, 15.1), via(0, 15.15)]);
    expect(withVia(legs, vias, 2, [15.3, 48.41])).toEqual([via(0, 15.1), via(1, 15.3)]);
  });
});
