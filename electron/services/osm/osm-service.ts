import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { osmApi } from '../../../shared/api/osm.js';
import type { OsmArea } from '../../../shared/codecs/osm/osm-clip.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { osmMessages } from '../../../shared/i18n/messages/osm.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import type { JobRunner } from '../jobs/job-runner.js';
import { createOsmRulesService } from './osm-rules-service.js';

// OpenStreetMap imports from the app: the extract travels as base64 (as for the file import) and
// waits in a private temporary file; its import then runs as a job (jobs/job-runner.ts) that the
// app polls and may cancel through the jobs feature.

export type OsmService = ServiceOf<typeof osmApi>;

const MAX_STAGED = 4;

export function createOsmService(context: ServiceContext, runner: () => JobRunner): OsmService {
  const { store, requireArea } = context;
  let folder: string | null = null;
  const staged = new Map<string, { file: string; fileName: string }>();

  function discard(extractId: string) {
    const entry = staged.get(extractId);
    if (!entry) return;
    staged.delete(extractId);
    fs.rmSync(entry.file, { force: true });
  }

  return {
    stageOsmExtract({ fileName, contentBase64 }) {
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length === 0)
        throw new ApiError('invalid-input', messageRef(osmMessages.emptyFile, { fileName }), 'contentBase64');
      folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-extracts-'));
      const extractId = crypto.randomUUID();
      // The name keeps its extension; the reader detects the format by content anyway.
      const file = path.join(folder, `${extractId}-${path.basename(fileName).replace(/[^\w.-]+/g, '_')}`);
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      staged.set(extractId, { file, fileName });
      while (staged.size > MAX_STAGED) discard(staged.keys().next().value as string);
      return { extractId, fileName, bytes: bytes.length };
    },
    startOsmImport({ extractId, box, quarterId, review }) {
      const entry = staged.get(extractId);
      if (!entry) throw new ApiError('not-found', messageRef(osmMessages.notStaged), 'extractId');
      let area: OsmArea | undefined;
      if (quarterId !== undefined) area = requireArea(quarterId, 'quarterId').geometry;
      // The staged file is the job's until it ends; then it is removed.
      staged.delete(extractId);
      return runner().startOsmImport(
        store.file,
        { file: entry.file, fileName: entry.fileName, box, area, review },
        { onEnd: () => fs.rmSync(entry.file, { force: true }) },
      );
    },
    confirmOsmImport: ({ jobId, declined }) => runner().confirm(jobId, declined),
    ...createOsmRulesService(context),
  };
}
