import { describe, expect, it } from 'vitest';
import { proposeTour, type TourCandidate } from '../../../shared/routing/tour.js';
import { orderCost } from '../../../shared/routing/stop-order.js';

// A round trip of a given time through the most relevant places.

function seededRandom(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Walking seconds between points of a plane (metres, 1.4 m/s). */
function walking(points: [number, number][]): number[][] {
  return points.map((a) => points.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1]) / 1.4));
}

describe('a tour of a given length', () => {
  it('stays within the time, starts and ends at the start, prefers high scores', () => {
    const random = seededRandom(5);
    const points: [number, number][] = [
      [0, 0],
      ...Array.from({ length: 30 }, () => [random() * 2000 - 1000, random() * 2000 - 1000] as [number, number]),
    ];
    const candidates: TourCandidate[] = points.map((_, index) => ({
      score: index === 0 ? 0 : index % 3 === 0 ? 3 : 1,
      visitSeconds: index === 0 ? 0 : 600,
    }));
    const matrix = walking(points);
    for (const minutes of [30, 60, 120]) {
      const tour = proposeTour(matrix, candidates, minutes * 60);
      expect(tour.order[0]).toBe(0);
      expect(new Set(tour.order).size).toBe(tour.order.length);
      expect(tour.seconds).toBeLessThanOrEqual(minutes * 60);
      const recomputed = orderCost(matrix, tour.order, 'round') + (tour.order.length - 1) * 600;
      expect(tour.seconds).toBeCloseTo(recomputed, 6);
      if (minutes === 120) {
        const heritage = tour.order.filter((index) => index % 3 === 0 && index !== 0).length;
        const others = tour.order.length - 1 - heritage;
        expect(heritage).toBeGreaterThan(others);
      }
    }
    // More time, at least as much to see.
    expect(proposeTour(matrix, candidates, 7200).score).toBeGreaterThanOrEqual(
      proposeTour(matrix, candidates, 3600).score,
    );
  });

  it('proposes only the start when nothing fits', () => {
    const matrix = walking([
      [0, 0],
      [5000, 0],
    ]);
    expect(
      proposeTour(
        matrix,
        [
          { score: 0, visitSeconds: 0 },
          { score: 5, visitSeconds: 600 },
        ],
        600,
      ).order,
    ).toEqual([0]);
  });
});
