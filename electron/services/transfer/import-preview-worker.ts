import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import type { MessageRef } from '../../../shared/i18n/define-messages.js';
import { previewStagedFile, type PreviewAnswer, type PreviewRequest } from './import-preview.js';

// The worker thread that reads a large staged import for the dialog's preview (bundled to
// dist/workers/import-preview-worker.cjs), so the app keeps answering while it reads.

export type PreviewWorkerMessage =
  | { type: 'done'; answer: PreviewAnswer }
  | { type: 'refused'; detail: MessageRef }
  | { type: 'failed'; message: string };

const post = (message: PreviewWorkerMessage) => parentPort!.postMessage(message);

previewStagedFile(workerData as PreviewRequest).then(
  (answer) => post({ type: 'done', answer }),
  (error: unknown) => {
    if (error instanceof ImportError) post({ type: 'refused', detail: error.detail });
    else post({ type: 'failed', message: (error as Error)?.stack ?? String(error) });
  },
);
