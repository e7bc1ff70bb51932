import { z } from 'zod';
import type { JobStatus, StagedExtract } from './jobs.js';
import { OSM_EXTRACT_NAME } from './limits.js';
import { ByIdSchema, EmptySchema, method, updateSchema } from './method.js';
import { OsmRuleChangesSchema, OsmRuleInputSchema, type OsmRule } from './osm-rules.js';
import { stagedFileSchema } from './staged-file.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// OpenStreetMap extracts: staged like any file, then imported as a job (places, walking and
// cycling network, street basemap). With `review`, the job stops before writing when it found
// places the project already has (or places to remove) and waits for the user's confirmation,
// which may decline some. The category mapping that decides which features become places is
// the project's own and edited here too.

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
    /** Stop before writing and wait for confirmOsmImport when there are matches or removals to review. */
    review: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.box === undefined || input.quarterId === undefined, {
    message: problem(m.boxOrArea),
    path: ['quarterId'],
  });

/** An OSM object as the review names it: "node/123", "way/4", "relation/5". */
export const OsmObjectKeySchema = z.string().regex(/^(node|way|relation)\/[1-9]\d{0,18}$/);

export const ConfirmOsmImportSchema = z
  .object({
    jobId: z.string().uuid(),
    /** Matches and removals the user did not accept, by OSM object: matched ones are added as new places, removals kept. */
    declined: z.array(OsmObjectKeySchema).max(1_000_000).default([]),
  })
  .strict();

const OsmRuleUpdateSchema = updateSchema(OsmRuleChangesSchema);

export const osmApi = {
  stageOsmExtract: method<typeof StageOsmExtractSchema, StagedExtract>('osm:extract:stage', StageOsmExtractSchema),
  startOsmImport: method<typeof StartOsmImportSchema, JobStatus>('jobs:osm-import:start', StartOsmImportSchema),
  confirmOsmImport: method<typeof ConfirmOsmImportSchema, JobStatus>('jobs:osm-import:confirm', ConfirmOsmImportSchema),
  listOsmRules: method<typeof EmptySchema, OsmRule[]>('osm:rules:query', EmptySchema),
  createOsmRule: method<typeof OsmRuleInputSchema, OsmRule>('osm:rule:create', OsmRuleInputSchema),
  updateOsmRule: method<typeof OsmRuleUpdateSchema, OsmRule>('osm:rule:update', OsmRuleUpdateSchema),
  deleteOsmRule: method<typeof ByIdSchema, { id: number }>('osm:rule:delete', ByIdSchema),
};
