import { parentPort, workerData } from 'node:worker_threads';
import { encodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { NotUtf8Error } from '../../../shared/codecs/import/text-decoding.js';
import { batchBuffers, encodePlaces } from '../../store/place-batch.js';
import { createHeapBudget } from './heap-budget.js';
import { readForImport } from './read-for-import.js';
import type { StreamWorkerMessage, StreamWorkerRequest } from './stream-import-messages.js';
import { RetypeNeeded } from './stream-read.js';
import { placeRecords } from './write-plan.js';

// The worker thread of a large CSV, GeoJSON or GPX import (bundled to
// dist/workers/stream-import-worker.cjs): reads and checks the file (read-for-import.ts) while the
// importing thread writes, so the two halves of the work run on two cores. Places travel in
// columns (place-batch.ts), areas and routes as their encoded geometries: the writing thread makes
// no geometry of its own. The worker stays at most a few plans ahead of the writer (the writer
// counts what it wrote in shared memory) and keeps its heap in a budget (heap-budget.ts), so
// memory stays bounded whichever half is slower.

const request = workerData as StreamWorkerRequest;
const written = new Int32Array(request.written);
const post = (message: StreamWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

/** How much the worker's heap may grow before it collects it (heap-budget.ts). */
const HEAP_GROWTH_BYTES = 16 * 1024 * 1024;
const keepHeapInBudget = createHeapBudget(HEAP_GROWTH_BYTES);

let sent = 0;
try {
  const outcome = readForImport(
    request,
    (plan) => {
      while (sent - Atomics.load(written, 0) >= request.inFlight)
        Atomics.wait(written, 0, Atomics.load(written, 0), 1000);
      const places = encodePlaces(placeRecords(plan, request.primary));
      const groups = plan.places.some((place) => place.group !== undefined)
        ? Int32Array.from(plan.places, (place) => place.group ?? -1)
        : null;
      // Areas and routes travel as their GeoPackage blobs: the writer binds them as they are.
      const quarters = plan.quarters.map((quarter) => ({ ...quarter, geometry: encodeGeometry(quarter.geometry) }));
      const routes = plan.routes.map((route) => ({ ...route, geometry: encodeGeometry(route.geometry) }));
      const shapes = [...quarters, ...routes].map((shape) => shape.geometry.buffer as ArrayBuffer);
      const rest = { ...plan, places: { length: places.count }, quarters, routes };
      post({ type: 'plan', places, groups, rest }, [...batchBuffers(places), ...shapes]);
      sent++;
      keepHeapInBudget();
    },
    keepHeapInBudget,
  );
  post({ type: 'end', ...outcome });
} catch (error) {
  if (error instanceof ImportError)
    post({ type: 'refused', fileName: error.fileName, where: error.where, reason: error.reason });
  else if (error instanceof NotUtf8Error) post({ type: 'not-utf8' });
  else if (error instanceof RetypeNeeded) post({ type: 'retype', textColumns: error.textColumns });
  else post({ type: 'failed', message: (error as Error)?.stack ?? String(error) });
}
