import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef, type MessageRef } from '../../../shared/i18n/define-messages.js';
import { jobsMessages } from '../../../shared/i18n/messages/jobs.js';
import type { JobStatus } from '../../../shared/api/jobs.js';
import type { OsmImportReview } from '../../../shared/api/osm-review.js';
import { osmMessages } from '../../../shared/i18n/messages/osm.js';
import type { OsmArea } from '../../../shared/codecs/osm/osm-clip.js';
import type { OsmBox } from '../../../shared/codecs/osm/osm-places.js';
import type { FileImportJobInput } from '../transfer/import-write.js';

// Runs long jobs in a worker thread (node:worker_threads), each with its own connection to the
// project file, so the process that answers the UI never blocks on them. The worker reports
// progress by message; cancelling sets a flag in shared memory that the job checks between
// chunks and batches (it throws, the job's one transaction rolls back, the file is as it was).

export interface OsmImportJobInput {
  file: string;
  /** The name the user knows the file by (the staged copy has another): messages name this one. */
  fileName?: string;
  box?: OsmBox;
  area?: OsmArea;
  /** Stop before writing when there are matches or removals, until confirm() or cancel(). */
  review?: boolean;
  /** Matches and removals declined beforehand ("way/123"). */
  declined?: string[];
}

/** The jobs the app lists (JobStatus.kind), with their input. */
type JobWork =
  | { kind: 'osm-import'; input: OsmImportJobInput }
  /** import: writes the layers of a file staged by the app's import dialog (import-write.ts). */
  | { kind: 'import'; input: FileImportJobInput };

/** What the worker is asked to do (workerData). */
export type JobRequest = {
  projectFile: string;
  /** Two Int32: 0 running, 1 cancel, 2 resume (after a test pause); then the stage (STAGE_*). */
  control: SharedArrayBuffer;
  /** Tests: the job waits at "phase:done" until resumed or cancelled, so a test can cancel there. */
  pauseAt?: string;
} & (
  | JobWork
  /** search-index: builds the full-text index a large import left (not a job the app lists). */
  | { kind: 'search-index'; input: { file: string } }
);

export type JobMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'review'; review: OsmImportReview }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: { code: string; message: MessageRef } }
  | { type: 'cancelled' };

/** What the main thread tells a worker waiting for its review. */
export type JobCommand = { type: 'confirm'; declined: string[] } | { type: 'cancel' };

export const CONTROL_CANCEL = 1;
export const CONTROL_RESUME = 2;

/**
 * The second Int32 of a job's control: whether the worker may be stopped at once. A job reading a
 * file or planning has written nothing and holds no transaction: a cancel then terminates its
 * worker rather than wait for its next check (a long file is read in one synchronous call). Both
 * threads change it by compare-and-exchange, so a worker starting to write and a cancel arriving
 * then cannot both win.
 */
export const STAGE_BUSY = 0;
export const STAGE_INTERRUPTIBLE = 1;
export const STAGE_STOPPED = 2;

/** Where the built worker is: dist/workers/ under the app root. */
export function defaultJobWorkerFile(): string {
  return builtWorkerFile('job-worker.cjs');
}

/** A worker bundle of dist/workers/ (scripts/build.mjs) under the app root. */
export function builtWorkerFile(name: string): string {
  // NOTE: bundled into dist/cli/ (ESM) and dist/electron/main.cjs (CJS, no import.meta), two
  // levels below the app root; run from electron/services/jobs/*.ts in tests, three levels below.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const levels = /\.[cm]?ts$/.test(here) ? 3 : 2;
  return path.join(path.dirname(here), ...Array<string>(levels).fill('..'), 'dist', 'workers', name);
}

interface Job {
  status: JobStatus;
  worker: Worker;
  control: Int32Array;
  finished: Promise<JobStatus>;
  /** Ends the job with this state (once: later calls change nothing). */
  settle(state: JobStatus['state'], patch?: Partial<JobStatus>): void;
}

export interface JobOptions {
  pauseAt?: string;
  onEnd?: (status: JobStatus) => void;
}

export interface JobRunner {
  startOsmImport(projectFile: string, input: OsmImportJobInput, options?: JobOptions): JobStatus;
  /** Writes layers of a file staged by the app's import dialog (one job at a time, like OSM imports). */
  startFileImport(projectFile: string, input: FileImportJobInput, options?: JobOptions): JobStatus;
  get(jobId: string): JobStatus;
  /** Lets an import waiting in phase "review" write, without the declined matches and removals. */
  confirm(jobId: string, declined: string[]): JobStatus;
  cancel(jobId: string): JobStatus;
  /** Resumes a job paused by `pauseAt` (tests). */
  resume(jobId: string): void;
  /** Resolves when the job has ended (done, failed or cancelled). */
  wait(jobId: string): Promise<JobStatus>;
  /** Listens to every status change of a job (the CLI prints progress). */
  watch(jobId: string, listener: (status: JobStatus) => void): void;
  /** Cancels every running job and waits for them to end (closing a project). */
  cancelAll(): Promise<void>;
  /**
   * Builds the project's pending full-text index in a worker thread, unless one is building it;
   * resolves when that worker ends (whether it built the index, found it built, or failed).
   */
  buildSearchIndex(projectFile: string): Promise<void>;
}

const KEEP_FINISHED = 20;

export function createJobRunner(workerFile: string = defaultJobWorkerFile()): JobRunner {
  const jobs = new Map<string, Job>();
  let indexing: Promise<void> | null = null;
  const listeners = new Map<string, ((status: JobStatus) => void)[]>();

  function find(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new ApiError('not-found', messageRef(jobsMessages.notFound, { jobId }));
    return job;
  }

  function changed(job: Job) {
    for (const listener of listeners.get(job.status.jobId) ?? []) listener({ ...job.status });
  }

  function forgetOld() {
    const finished = [...jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      jobs.delete(job.status.jobId);
      listeners.delete(job.status.jobId);
    }
  }

  function start(projectFile: string, work: JobWork, options: JobOptions): JobStatus {
    for (const job of jobs.values())
      if (job.status.state === 'running') throw new ApiError('conflict', messageRef(jobsMessages.alreadyRunning));
    const jobId = crypto.randomUUID();
    const control = new SharedArrayBuffer(8);
    const request: JobRequest = { ...work, projectFile, control, pauseAt: options.pauseAt };
    const worker = new Worker(workerFile, { workerData: request });
    const status: JobStatus = {
      jobId,
      kind: work.kind,
      state: 'running',
      phase: 'starting',
      done: 0,
      total: 0,
      result: null,
      review: null,
      error: null,
    };
    let end!: (status: JobStatus) => void;
    const finished = new Promise<JobStatus>((resolve) => (end = resolve));
    const settle = (state: JobStatus['state'], patch: Partial<JobStatus> = {}) => {
      if (status.state !== 'running') return;
      Object.assign(status, { state, phase: 'finished', review: null, ...patch });
      changed(job);
      options.onEnd?.({ ...status });
      end({ ...status });
      forgetOld();
    };
    const job: Job = { status, worker, control: new Int32Array(control), finished, settle };
    worker.on('message', (message: JobMessage) => {
      if (message.type === 'progress') {
        Object.assign(status, { phase: message.phase, done: message.done, total: message.total });
        changed(job);
      } else if (message.type === 'review') {
        Object.assign(status, { phase: 'review', done: 0, total: 0, review: message.review });
        changed(job);
      } else if (message.type === 'done') settle('done', { result: message.result, done: 1, total: 1 });
      else if (message.type === 'cancelled') settle('cancelled');
      else settle('failed', { error: message.error });
    });
    worker.on('error', (error) =>
      settle('failed', {
        error: { code: 'internal', message: messageRef(jobsMessages.stopped, { detail: error.message }) },
      }),
    );
    worker.on('exit', (code) =>
      settle('failed', {
        error: { code: 'internal', message: messageRef(jobsMessages.exited, { code: String(code) }) },
      }),
    );
    jobs.set(jobId, job);
    return { ...status };
  }

  /** Cancels a running job: at once while it reads or plans (nothing written), else at its next check. */
  function stop(job: Job): void {
    Atomics.store(job.control, 0, CONTROL_CANCEL);
    Atomics.notify(job.control, 0);
    if (Atomics.compareExchange(job.control, 1, STAGE_INTERRUPTIBLE, STAGE_STOPPED) === STAGE_INTERRUPTIBLE) {
      void job.worker.terminate();
      job.settle('cancelled');
      return;
    }
    // A job waiting for its review listens for messages, not for the flag.
    job.worker.postMessage({ type: 'cancel' } satisfies JobCommand);
  }

  return {
    startOsmImport: (projectFile, input, options = {}) => start(projectFile, { kind: 'osm-import', input }, options),
    startFileImport: (projectFile, input, options = {}) => start(projectFile, { kind: 'import', input }, options),
    get: (jobId) => ({ ...find(jobId).status }),
    confirm(jobId, declined) {
      const job = find(jobId);
      if (job.status.state !== 'running' || job.status.review === null)
        throw new ApiError('conflict', messageRef(osmMessages.notInReview), 'jobId');
      Object.assign(job.status, { phase: 'writing', review: null });
      job.worker.postMessage({ type: 'confirm', declined } satisfies JobCommand);
      changed(job);
      return { ...job.status };
    },
    cancel(jobId) {
      const job = find(jobId);
      if (job.status.state === 'running') stop(job);
      return { ...job.status };
    },
    resume(jobId) {
      const job = find(jobId);
      Atomics.store(job.control, 0, CONTROL_RESUME);
      Atomics.notify(job.control, 0);
    },
    wait: (jobId) => find(jobId).finished,
    watch(jobId, listener) {
      find(jobId);
      listeners.set(jobId, [...(listeners.get(jobId) ?? []), listener]);
    },
    buildSearchIndex(projectFile) {
      if (indexing) return indexing;
      const request: JobRequest = {
        kind: 'search-index',
        projectFile,
        input: { file: projectFile },
        control: new SharedArrayBuffer(4),
      };
      const worker = new Worker(workerFile, { workerData: request });
      // NOTE: a failure (the file busy with another writer's long transaction) is not reported:
      // the index stays pending and the next search starts this again.
      indexing = new Promise<void>((resolve) => {
        worker.on('error', () => undefined);
        worker.once('exit', () => {
          indexing = null;
          resolve();
        });
      });
      return indexing;
    },
    async cancelAll() {
      const running = [...jobs.values()].filter((job) => job.status.state === 'running');
      for (const job of running) stop(job);
      await Promise.all(running.map((job) => job.finished));
    },
  };
}
