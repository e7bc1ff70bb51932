import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathCentralities } from '../../../shared/analytics/path-centrality.js';
import { seededRandom } from '../../../shared/analytics/seeded-random.js';
import {
  PARALLEL_FROM_NODES,
  parallelPathCentralities,
} from '../../../electron/services/analytics/parallel-centrality.js';
import { builtWorkerFile } from '../../../electron/services/jobs/job-runner.js';

// Betweenness and closeness of a large network in worker threads (one range of sources each)
// equal those computed at once on this thread: the ranges' sums add up to the whole.

const WORKER = builtWorkerFile('centrality-worker.cjs');

function randomAdjacency(count: number, edges: number) {
  const random = seededRandom(7);
  const pairs = new Set<number>();
  while (pairs.size < edges) {
    const a = Math.floor(random() * count);
    const b = Math.floor(random() * count);
    if (a !== b) pairs.add(Math.min(a, b) * count + Math.max(a, b));
  }
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const key of pairs) {
    neighbours[Math.floor(key / count)]!.push(key % count);
    neighbours[key % count]!.push(Math.floor(key / count));
  }
  const offsets = new Int32Array(count + 1);
  neighbours.forEach((list, index) => (offsets[index + 1] = offsets[index]! + list.length));
  return { offsets, targets: Int32Array.from(neighbours.flat()) };
}

describe('betweenness and closeness in worker threads', () => {
  it('equal those computed on one thread', async () => {
    // The worker is part of the build (`npm test` builds first).
    expect(fs.existsSync(WORKER)).toBe(true);
    const count = PARALLEL_FROM_NODES + 500;
    const graph = randomAdjacency(count, count * 3);
    const [parallel, single] = [await parallelPathCentralities(graph, count, WORKER), pathCentralities(graph, count)];
    for (let node = 0; node < count; node++) {
      expect(Math.abs(parallel.betweenness[node]! - single.betweenness[node]!)).toBeLessThan(1e-12);
      expect(parallel.closeness[node]).toBe(single.closeness[node]);
    }
    expect(Math.max(...single.betweenness)).toBeGreaterThan(0);
  });
});
