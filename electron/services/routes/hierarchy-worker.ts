import { parentPort, workerData } from 'node:worker_threads';
import { buildHierarchyData, hierarchyBuffers } from '../../../shared/routing/contraction.js';
import type { HierarchyMessage, HierarchyRequest } from './hierarchy-builder.js';

// The worker thread's entry (bundled to dist/workers/hierarchy-worker.cjs): builds one profile's
// contraction hierarchy and hands it back; the typed arrays move, they are not copied.

const { profile, input } = workerData as HierarchyRequest;
const post = (message: HierarchyMessage, transfer: ArrayBufferLike[] = []) =>
  parentPort!.postMessage(message, transfer as ArrayBuffer[]);

const data = buildHierarchyData(input, profile, {
  onProgress: (done, total) => post({ type: 'progress', done, total }),
});
post({ type: 'done', data }, hierarchyBuffers(data));
