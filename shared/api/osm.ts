import { z } from 'zod';
import type { JobStatus, StagedExtract } from './jobs.js';
import { OSM_EXTRACT_NAME } from './limits.js';
import { method } from './method.js';
import { stagedFileSchema } from './staged-file.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// OpenStreetMap extracts: staged like any file, then imported as a job (places, walking and
// cycling network, street basemap).

export const StageOsmExtractSchema = stagedFileSchema({
  name: { pattern: OSM_EXTRACT_NAME, message: problem(m.osmExtractName) },
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
      .refine(([west, south, east, north]) => west < east && south < north, problem(m.boxOrder))
      .optional(),
    /** ...or to one of the project's quarters: places and network inside its outline, the basemap over its box. */
    quarterId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((input) => input.box === undefined || input.quarterId === undefined, {
    message: problem(m.boxOrArea),
    path: ['quarterId'],
  });

export const osmApi = {
  stageOsmExtract: method<typeof StageOsmExtractSchema, StagedExtract>('osm:extract:stage', StageOsmExtractSchema),
  startOsmImport: method<typeof StartOsmImportSchema, JobStatus>('jobs:osm-import:start', StartOsmImportSchema),
};
