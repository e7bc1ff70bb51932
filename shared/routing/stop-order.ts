// The best order of a route's stops over network costs (a travelling-salesman problem): exact by
// dynamic programming over subsets (Held–Karp) up to 12 stops; beyond, cheapest insertion then
// 2-opt and Or-opt moves from several seeded starts (the same stops give the same order). Costs
// may differ by direction (oneways); unreachable pairs cost Infinity.

export interface StopOrderOptions {
  /** An open walk ends anywhere (or at the fixed end); a round trip returns to its start. */
  mode: 'open' | 'round';
  /** Keep the first stop first (always true for a round trip: a loop can start anywhere). */
  fixStart: boolean;
  /** Keep the last stop last (open walks only). */
  fixEnd: boolean;
}

export interface StopOrder {
  /** Stop indexes in the new order. */
  order: number[];
  cost: number;
  /** Whether the order is proven best (dynamic programming) or the best the heuristics found. */
  exact: boolean;
}

export const EXACT_STOP_LIMIT = 12;

type Matrix = readonly ArrayLike<number>[];

/** The cost of visiting the stops in this order (with the way back to the first on a round trip). */
export function orderCost(matrix: Matrix, order: readonly number[], mode: StopOrderOptions['mode']): number {
  let cost = 0;
  for (let index = 1; index < order.length; index++) cost += matrix[order[index - 1]!]![order[index]!]!;
  if (mode === 'round' && order.length > 1) cost += matrix[order[order.length - 1]!]![order[0]!]!;
  return cost;
}

function exactOrder(matrix: Matrix, options: StopOrderOptions): StopOrder {
  const count = matrix.length;
  const fixStart = options.fixStart || options.mode === 'round';
  const fixEnd = options.mode === 'open' && options.fixEnd && count > 1;
  const full = (1 << count) - 1;
  const cost = new Float64Array((1 << count) * count).fill(Infinity);
  const previous = new Int8Array((1 << count) * count).fill(-1);
  const startNodes = fixStart ? [0] : [...Array(count).keys()].filter((stop) => !(fixEnd && stop === count - 1));
  for (const start of startNodes) cost[(1 << start) * count + start] = 0;
  for (let mask = 1; mask <= full; mask++) {
    for (let last = 0; last < count; last++) {
      const here = cost[mask * count + last]!;
      if (here === Infinity || !(mask & (1 << last))) continue;
      for (let next = 0; next < count; next++) {
        if (mask & (1 << next)) continue;
        // A fixed end is visited last.
        if (fixEnd && next === count - 1 && (mask | (1 << next)) !== full) continue;
        const step = here + matrix[last]![next]!;
        const slot = (mask | (1 << next)) * count + next;
        if (step < cost[slot]!) {
          cost[slot] = step;
          previous[slot] = last;
        }
      }
    }
  }
  let best = Infinity;
  let end = -1;
  for (let last = 0; last < count; last++) {
    if (fixEnd && last !== count - 1) continue;
    const total = cost[full * count + last]! + (options.mode === 'round' ? matrix[last]![0]! : 0);
    if (total < best || end < 0) {
      best = total;
      end = last;
    }
  }
  const order: number[] = [];
  for (let mask = full, stop = end; stop >= 0;) {
    order.push(stop);
    const before = previous[mask * count + stop]!;
    mask &= ~(1 << stop);
    stop = before;
  }
  order.reverse();
  return { order, cost: best, exact: true };
}

/** A small seeded generator (mulberry32): the same stops always give the same order. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function improve(matrix: Matrix, order: number[], options: StopOrderOptions): number[] {
  const mode = options.mode;
  const first = options.fixStart || mode === 'round' ? 1 : 0;
  const last = mode === 'open' && options.fixEnd ? order.length - 2 : order.length - 1;
  let best = orderCost(matrix, order, mode);
  let improved = true;
  while (improved) {
    improved = false;
    // 2-opt: reverse order[i..j] (costs may be asymmetric, so the whole tour is re-costed).
    for (let i = first; i < last && !improved; i++) {
      for (let j = i + 1; j <= last; j++) {
        const candidate = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)];
        const cost = orderCost(matrix, candidate, mode);
        if (cost < best - 1e-9) {
          order = candidate;
          best = cost;
          improved = true;
          break;
        }
      }
    }
    // Or-opt: move a run of 1 to 3 stops elsewhere, in either orientation.
    for (let length = 1; length <= 3 && !improved; length++) {
      for (let i = first; i + length - 1 <= last && !improved; i++) {
        const run = order.slice(i, i + length);
        const rest = [...order.slice(0, i), ...order.slice(i + length)];
        const restLast = last - length;
        for (let position = first; position <= restLast + 1 && !improved; position++) {
          if (position === i) continue;
          for (const piece of length > 1 ? [run, [...run].reverse()] : [run]) {
            const candidate = [...rest.slice(0, position), ...piece, ...rest.slice(position)];
            const cost = orderCost(matrix, candidate, mode);
            if (cost < best - 1e-9) {
              order = candidate;
              best = cost;
              improved = true;
              break;
            }
          }
        }
      }
    }
  }
  return order;
}

/** Cheapest insertion of the free stops, in the given sequence, between the fixed ends. */
function insertion(matrix: Matrix, free: readonly number[], options: StopOrderOptions, count: number): number[] {
  const fixStart = options.fixStart || options.mode === 'round';
  const fixEnd = options.mode === 'open' && options.fixEnd;
  const order: number[] = [];
  if (fixStart) order.push(0);
  if (fixEnd) order.push(count - 1);
  for (const stop of free) {
    let bestPosition = order.length;
    let bestCost = Infinity;
    const from = fixStart ? 1 : 0;
    const to = fixEnd ? order.length - 1 : order.length;
    for (let position = from; position <= to; position++) {
      const candidate = [...order.slice(0, position), stop, ...order.slice(position)];
      const cost = orderCost(matrix, candidate, options.mode);
      if (cost < bestCost) {
        bestCost = cost;
        bestPosition = position;
      }
    }
    order.splice(bestPosition, 0, stop);
  }
  return order;
}

export function heuristicOrder(matrix: Matrix, options: StopOrderOptions, restarts = 20): StopOrder {
  const count = matrix.length;
  const fixStart = options.fixStart || options.mode === 'round';
  const fixEnd = options.mode === 'open' && options.fixEnd;
  const free = [...Array(count).keys()].filter((stop) => !(fixStart && stop === 0) && !(fixEnd && stop === count - 1));
  const random = seeded(count * 7919 + free.length);
  let best: number[] | null = null;
  let bestCost = Infinity;
  for (let attempt = 0; attempt <= restarts; attempt++) {
    const sequence = [...free];
    if (attempt > 0) {
      for (let index = sequence.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [sequence[index], sequence[other]] = [sequence[other]!, sequence[index]!];
      }
    }
    const order = improve(matrix, insertion(matrix, sequence, options, count), options);
    const cost = orderCost(matrix, order, options.mode);
    if (cost < bestCost || !best) {
      best = order;
      bestCost = cost;
    }
  }
  return { order: best!, cost: bestCost, exact: false };
}

/** The best order of the stops: exact up to EXACT_STOP_LIMIT stops, heuristic beyond. */
export function bestStopOrder(matrix: Matrix, options: StopOrderOptions): StopOrder {
  if (matrix.length <= 2) {
    const order = [...matrix.keys()];
    return { order, cost: orderCost(matrix, order, options.mode), exact: true };
  }
  return matrix.length <= EXACT_STOP_LIMIT ? exactOrder(matrix, options) : heuristicOrder(matrix, options);
}
