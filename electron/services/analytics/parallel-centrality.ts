import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  combinePathCentralities,
  pathCentralities,
  type Adjacency,
  type PathCentralities,
} from '../../../shared/analytics/path-centrality.js';
import { builtWorkerFile } from '../jobs/job-runner.js';

// Betweenness and closeness of a large link network off the main thread: the sources split into
// one range per core, each searched in a worker thread, the sums added here. The server keeps
// answering meanwhile (a 10,000-actor network takes seconds), and the cores share the work.
// A small network (or no built worker: tests run from the sources) is computed at once, here.

export interface CentralityRequest {
  offsets: Int32Array;
  targets: Int32Array;
  count: number;
  from: number;
  to: number;
}

/** Below this many nodes, starting threads costs more than it saves. */
export const PARALLEL_FROM_NODES = 2_000;

export async function parallelPathCentralities(
  graph: Adjacency,
  count: number,
  workerFile: string = builtWorkerFile('centrality-worker.cjs'),
): Promise<PathCentralities> {
  const threads = Math.min(os.availableParallelism(), 8);
  if (count < PARALLEL_FROM_NODES || !fs.existsSync(workerFile)) return pathCentralities(graph, count);
  const bounds = Array.from({ length: threads + 1 }, (_, index) => Math.round((index * count) / threads));
  const parts = await Promise.all(
    bounds.slice(0, -1).map((from, index) =>
      searchInWorker(workerFile, {
        offsets: graph.offsets,
        targets: graph.targets,
        count,
        from,
        to: bounds[index + 1]!,
      }),
    ),
  );
  return combinePathCentralities(parts, count);
}

function searchInWorker(workerFile: string, request: CentralityRequest): Promise<PathCentralities> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    worker.once('message', (result: PathCentralities) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The centrality worker stopped (exit code ${code}).`)));
  });
}
