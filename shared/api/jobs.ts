import { z } from 'zod';
import { OSM_EXTRACT_NAME } from './limits.js';
import { stagedFileSchema } from './staged-file.js';

export { OSM_EXTRACT_NAME };

// Long jobs (an OSM import) run off the UI path: start one, poll its status, cancel it. The
// same three calls over IPC and HTTP; a cancelled or failed job leaves the project as it was.

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What a job is doing; the renderer shows it through i18n (`jobs.phase.<phase>`). */
export type JobPhase = 'starting' | 'reading-places' | 'reading-network' | 'reading-basemap' | 'writing' | 'finished';

export interface JobStatus {
  jobId: string;
  kind: 'osm-import';
  state: JobState;
  phase: JobPhase | string;
  /** Progress within the phase: `done` of `total` (bytes of the file when reading). */
  done: number;
  total: number;
  /** The job's answer once `state` is done (an OSM import: counts). */
  result: unknown;
  error: { code: string; message: string } | null;
}

export interface StagedExtract {
  extractId: string;
  fileName: string;
  bytes: number;
}

export const StageOsmExtractSchema = stagedFileSchema({
  name: { pattern: OSM_EXTRACT_NAME, message: 'must be an OpenStreetMap extract (.osm, .osm.gz or .osm.pbf)' },
  command: 'import-osm',
});

const Longitude = z.number().min(-180).max(180);
const Latitude = z.number().min(-90).max(90);

export const StartOsmImportSchema = z
  .object({
    extractId: z.string().uuid(),
    /** Clip to [west, south, east, north] (WGS84 degrees)... */
    box: z
      .tuple([Longitude, Latitude, Longitude, Latitude])
      .refine(([west, south, east, north]) => west < east && south < north, 'west must be < east and south < north')
      .optional(),
    /** ...or to one of the project's quarters: places and network inside its outline, the basemap over its box. */
    quarterId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((input) => input.box === undefined || input.quarterId === undefined, {
    message: 'give a box or a quarter, not both',
    path: ['quarterId'],
  });

export const JobIdSchema = z.object({ jobId: z.string().uuid() }).strict();
