import { parentPort, workerData } from 'node:worker_threads';
import { partialPathCentralities } from '../../../shared/analytics/path-centrality.js';
import type { CentralityRequest } from './parallel-centrality.js';

// The worker thread's entry (bundled to dist/workers/centrality-worker.cjs): the breadth-first
// searches from one range of sources; the sums move back to the caller, they are not copied.

const { offsets, targets, count, from, to } = workerData as CentralityRequest;
const result = partialPathCentralities({ offsets, targets }, count, from, to);
parentPort!.postMessage(result, [result.betweenness.buffer, result.closeness.buffer] as ArrayBuffer[]);
