import { describe, expect, it } from 'vitest';
import { bestStopOrder, heuristicOrder, orderCost, type StopOrderOptions } from '../../../shared/routing/stop-order.js';

// Stop order against brute force over every permutation (small instances; the bench checks up
// to 12 stops), for open walks and round trips, with fixed start and end.

function seededRandom(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Asymmetric costs: distances between random points, plus a random one-way detour. */
function randomMatrix(count: number, random: () => number): number[][] {
  const points = Array.from({ length: count }, () => [random() * 1000, random() * 1000] as const);
  return points.map((a, i) =>
    points.map((b, j) => (i === j ? 0 : Math.hypot(a[0] - b[0], a[1] - b[1]) * (1 + (random() < 0.2 ? random() : 0)))),
  );
}

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let index = 0; index < items.length; index++) {
    const rest = [...items.slice(0, index), ...items.slice(index + 1)];
    for (const tail of permutations(rest)) yield [items[index]!, ...tail];
  }
}

function bruteForce(matrix: number[][], options: StopOrderOptions): number {
  const count = matrix.length;
  const fixStart = options.fixStart || options.mode === 'round';
  const fixEnd = options.mode === 'open' && options.fixEnd;
  const free = [...Array(count).keys()].filter((stop) => !(fixStart && stop === 0) && !(fixEnd && stop === count - 1));
  let best = Infinity;
  for (const middle of permutations(free)) {
    const order = [...(fixStart ? [0] : []), ...middle, ...(fixEnd ? [count - 1] : [])];
    best = Math.min(best, orderCost(matrix, order, options.mode));
  }
  return best;
}

const MODES: StopOrderOptions[] = [
  { mode: 'open', fixStart: false, fixEnd: false },
  { mode: 'open', fixStart: true, fixEnd: false },
  { mode: 'open', fixStart: true, fixEnd: true },
  { mode: 'open', fixStart: false, fixEnd: true },
  { mode: 'round', fixStart: true, fixEnd: false },
];

describe('the best order of stops', () => {
  it('equals brute force on random instances of 3 to 9 stops, every mode', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 60; round++) {
      const count = 3 + (round % 7);
      const matrix = randomMatrix(count, random);
      for (const options of MODES) {
        const found = bestStopOrder(matrix, options);
        expect(found.exact).toBe(true);
        expect([...found.order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
        if (options.fixStart || options.mode === 'round') expect(found.order[0]).toBe(0);
        if (options.mode === 'open' && options.fixEnd) expect(found.order[count - 1]).toBe(count - 1);
        expect(found.cost).toBeCloseTo(orderCost(matrix, found.order, options.mode), 6);
        expect(found.cost).toBeCloseTo(bruteForce(matrix, options), 6);
      }
    }
  });

  it('keeps unreachable pairs apart when another order exists, and is deterministic beyond the exact limit', () => {
    const matrix = [
      [0, 1, Infinity],
      [Infinity, 0, 1],
      [1, Infinity, 0],
    ];
    expect(bestStopOrder(matrix, { mode: 'round', fixStart: true, fixEnd: false }).order).toEqual([0, 1, 2]);
    const random = seededRandom(7);
    const large = randomMatrix(30, random);
    const options: StopOrderOptions = { mode: 'open', fixStart: true, fixEnd: false };
    const first = bestStopOrder(large, options);
    expect(first.exact).toBe(false);
    expect(bestStopOrder(large, options)).toEqual(first);
    expect(first.order[0]).toBe(0);
  });

  it('gets the heuristic within 2% of the optimum on 9-stop instances', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 20; round++) {
      const matrix = randomMatrix(9, random);
      for (const options of MODES) {
        const exact = bestStopOrder(matrix, options).cost;
        expect(heuristicOrder(matrix, options).cost).toBeLessThanOrEqual(exact * 1.02 + 1e-9);
      }
    }
  });
});
