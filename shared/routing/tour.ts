import { bestStopOrder, orderCost } from './stop-order.js';

// A round trip of about a given time from a start, through the most relevant places (an
// orienteering problem: collect the most score within a time budget). Greedy insertion by score
// per added minute, each step re-ordered with the stop-order heuristics; then single swaps of a
// visited place for an unvisited one while they raise the score. Deterministic for the same input.

export interface TourCandidate {
  /** How much the user wants it (the panel shows it): heritage sites score highest by default. */
  score: number;
  /** Minutes spent at the place. */
  visitSeconds: number;
}

export interface TourProposal {
  /** Indexes into the matrix: the start (0) first, the way back to it implied. */
  order: number[];
  /** Walking plus visits, in the matrix's units (seconds). */
  seconds: number;
  score: number;
}

type Matrix = readonly ArrayLike<number>[];

/**
 * `matrix` holds travel times between the start (index 0) and the candidates (1…n); `candidates`
 * describes 1…n (index 0 of it is the start's own visit). Returns the proposal within `budgetSeconds`.
 */
export function proposeTour(matrix: Matrix, candidates: readonly TourCandidate[], budgetSeconds: number): TourProposal {
  const total = (order: number[]) =>
    orderCost(matrix, order, 'round') + order.reduce((sum, index) => sum + candidates[index]!.visitSeconds, 0);
  const scoreOf = (order: number[]) =>
    order.reduce((sum, index) => sum + (index === 0 ? 0 : candidates[index]!.score), 0);
  const reorder = (order: number[]) =>
    bestStopOrder(pick(matrix, order), { mode: 'round', fixStart: true, fixEnd: false }).order.map((i) => order[i]!);

  let tour = [0];
  const unvisited = new Set(
    [...Array(matrix.length).keys()].filter((index) => index !== 0 && candidates[index]!.score > 0),
  );
  for (;;) {
    let best: { index: number; ratio: number; order: number[] } | null = null;
    const current = total(tour);
    for (const index of unvisited) {
      // The cheapest place for it in the current order.
      let bestAdded = Infinity;
      let bestOrder: number[] = [];
      for (let position = 1; position <= tour.length; position++) {
        const candidate = [...tour.slice(0, position), index, ...tour.slice(position)];
        const added = total(candidate) - current;
        if (added < bestAdded) {
          bestAdded = added;
          bestOrder = candidate;
        }
      }
      if (current + bestAdded > budgetSeconds) continue;
      const ratio = candidates[index]!.score / Math.max(1, bestAdded);
      if (!best || ratio > best.ratio || (ratio === best.ratio && index < best.index))
        best = { index, ratio, order: bestOrder };
    }
    if (!best) break;
    unvisited.delete(best.index);
    const improved = reorder(best.order);
    tour = total(improved) <= total(best.order) ? improved : best.order;
  }
  // Swaps: trade a visited place for a better unvisited one while the tour still fits.
  for (let changed = true; changed;) {
    changed = false;
    for (const out of tour.slice(1)) {
      for (const into of [...unvisited].sort((a, b) => candidates[b]!.score - candidates[a]!.score || a - b)) {
        if (candidates[into]!.score <= candidates[out]!.score) break;
        const swapped = reorder(tour.map((index) => (index === out ? into : index)));
        if (total(swapped) <= budgetSeconds) {
          unvisited.delete(into);
          unvisited.add(out);
          tour = swapped;
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return { order: tour, seconds: total(tour), score: scoreOf(tour) };
}

/** The sub-matrix of the given indexes, in their order. */
function pick(matrix: Matrix, indexes: readonly number[]): number[][] {
  return indexes.map((row) => indexes.map((column) => matrix[row]![column]!));
}
