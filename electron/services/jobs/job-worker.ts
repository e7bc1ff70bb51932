import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { apiMessages } from '../../../shared/i18n/messages/api.js';
import type { OsmImportReview } from '../../../shared/api/osm-review.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { openProjectStore } from '../../store/project-store.js';
import {
  CONTROL_CANCEL,
  CONTROL_RESUME,
  STAGE_BUSY,
  STAGE_INTERRUPTIBLE,
  STAGE_STOPPED,
  type JobCommand,
  type JobMessage,
  type JobRequest,
} from './job-runner.js';
import { importOsmFile } from '../osm/osm-import.js';
import { buildPendingSearchIndex } from '../places/search-index-build.js';
import { runFileImport } from '../transfer/import-write.js';

// The worker thread's entry (bundled to dist/workers/job-worker.cjs): opens its own connection
// to the project, runs the job, posts progress, and stops at the next check once cancelled.

class JobCancelled extends Error {}

const request = workerData as JobRequest;
const control = new Int32Array(request.control);
const post = (message: JobMessage) => parentPort!.postMessage(message);

function checkCancelled(): void {
  if (Atomics.load(control, 0) === CONTROL_CANCEL) throw new JobCancelled('cancelled');
}

/**
 * Says whether the main thread may terminate this worker on a cancel (job-runner.ts, STAGE_*):
 * yes while it reads and plans; no from the moment it writes. When the cancel won the race, the
 * job stops here.
 */
function interruptible(on: boolean): void {
  const [from, to] = on ? [STAGE_BUSY, STAGE_INTERRUPTIBLE] : [STAGE_INTERRUPTIBLE, STAGE_BUSY];
  if (Atomics.compareExchange(control, 1, from, to) === STAGE_STOPPED) throw new JobCancelled('cancelled');
}

// Progress at most every 50 ms (and at every change of phase): enough for a smooth bar.
let lastPhase = '';
let lastPost = 0;
function progress(phase: string, done: number, total: number): void {
  const now = Date.now();
  const step = `${phase}:${done}`;
  // Phases counted in steps (writing: places, network) report every step.
  if (phase === lastPhase && now - lastPost < 50 && total > 10 && done < total) return;
  lastPhase = phase;
  lastPost = now;
  post({ type: 'progress', phase, done, total });
  if (request.pauseAt === step) {
    Atomics.wait(control, 0, 0);
    checkCancelled();
  }
  // Tests: a stand-in for a long synchronous read, which looks at no flag until it is done.
  if (request.pauseAt === `busy:${step}`) while (Atomics.load(control, 0) !== CONTROL_RESUME);
}

/** Posts the review and waits for the user's answer (or a cancel) from the main thread. */
function review(proposed: OsmImportReview): Promise<{ declined: string[] }> {
  post({ type: 'review', review: proposed });
  return new Promise((resolve, reject) => {
    const listener = (command: JobCommand) => {
      parentPort!.off('message', listener);
      if (command.type === 'confirm') resolve({ declined: command.declined });
      else reject(new JobCancelled('cancelled'));
    };
    parentPort!.on('message', listener);
  });
}

async function run(): Promise<unknown> {
  const store = openProjectStore(request.projectFile);
  try {
    if (request.kind === 'search-index') return buildPendingSearchIndex(store);
    if (request.kind === 'import')
      return await runFileImport(store, request.input, {
        checkCancelled,
        interruptible,
        onProgress: (phase, done, total) => progress(phase, done, total),
      });
    return await importOsmFile(store, request.input.file, {
      box: request.input.box,
      area: request.input.area,
      fileName: request.input.fileName,
      declined: request.input.declined,
      review: request.input.review ? review : undefined,
      checkCancelled,
      onProgress: ({ phase, done, total }) => progress(phase, done, total),
    });
  } finally {
    store.close();
  }
}

run().then(
  (result) => post({ type: 'done', result }),
  (error: unknown) => {
    if (error instanceof JobCancelled) post({ type: 'cancelled' });
    else if (error instanceof ImportError || error instanceof MessageError)
      post({ type: 'failed', error: { code: 'invalid-input', message: error.detail } });
    else if ((error as { code?: unknown })?.code === 'SQLITE_BUSY')
      post({ type: 'failed', error: { code: 'conflict', message: messageRef(apiMessages.busy) } });
    else
      post({
        type: 'failed',
        error: {
          code: 'internal',
          message: messageRef(apiMessages.internal, { detail: (error as Error)?.message ?? String(error) }),
        },
      });
  },
);
