import { z } from 'zod';
import type { MessageRef } from '../i18n/define-messages.js';
import { method } from './method.js';
import type { OsmImportReview } from './osm-review.js';

// Long jobs (an OSM import) run off the UI path: start one, poll its status, cancel it. The
// same three calls over IPC and HTTP; a cancelled or failed job leaves the project as it was.

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What a job is doing; the renderer shows it through i18n (`jobs.phase.<phase>`). */
export type JobPhase =
  | 'starting'
  | 'reading-places'
  | 'reading-network'
  | 'reading-basemap'
  | 'reading-file'
  | 'planning'
  | 'review'
  | 'writing'
  | 'finished';

export interface JobStatus {
  jobId: string;
  /** import: the app's import of a file (its dialog waits for it; Cancel discards it). */
  kind: 'osm-import' | 'import';
  state: JobState;
  phase: JobPhase | string;
  /** Progress within the phase: `done` of `total` (bytes of the file when reading). */
  done: number;
  total: number;
  /** The job's answer once `state` is done (an OSM import: counts). */
  result: unknown;
  /** In phase "review": what the import proposes; it writes once confirmed (jobs:osm-import:confirm). */
  review: OsmImportReview | null;
  /** Why a job failed, as a message made into text where it is shown (in the reader's language). */
  error: { code: string; message: MessageRef } | null;
}

export interface StagedExtract {
  extractId: string;
  fileName: string;
  bytes: number;
}

export const JobIdSchema = z.object({ jobId: z.string().uuid() }).strict();

export const jobsApi = {
  getJob: method<typeof JobIdSchema, JobStatus>('jobs:item:get', JobIdSchema),
  cancelJob: method<typeof JobIdSchema, JobStatus>('jobs:item:cancel', JobIdSchema),
};
