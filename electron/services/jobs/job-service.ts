import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { JobStatus, StagedExtract } from '../../../shared/api/jobs.js';
import type { OsmArea } from '../../../shared/codecs/osm/osm-clip.js';
import type { OsmBox } from '../../../shared/codecs/osm/osm-places.js';
import type { ProjectStore } from '../../store/project-store.js';
import { createJobRunner, type JobRunner } from './job-runner.js';

// The jobs part of the API: stage an OSM extract (the file travels as base64, as for the file
// import, and waits in a private temporary file), start its import as a job, poll, cancel.

const MAX_STAGED = 4;

export function createJobService(store: ProjectStore, runner: JobRunner = createJobRunner()) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-extracts-'));
  const staged = new Map<string, { file: string; fileName: string }>();

  function discard(extractId: string) {
    const entry = staged.get(extractId);
    if (!entry) return;
    staged.delete(extractId);
    fs.rmSync(entry.file, { force: true });
  }

  return {
    runner,
    stageOsmExtract({ fileName, contentBase64 }: { fileName: string; contentBase64: string }): StagedExtract {
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length === 0) throw new ApiError('invalid-input', `${fileName}: the file is empty`, 'contentBase64');
      const extractId = crypto.randomUUID();
      // The name keeps its extension; the reader detects the format by content anyway.
      const file = path.join(folder, `${extractId}-${path.basename(fileName).replace(/[^\w.-]+/g, '_')}`);
      fs.writeFileSync(file, bytes, { mode: 0o600 });
      staged.set(extractId, { file, fileName });
      while (staged.size > MAX_STAGED) discard(staged.keys().next().value as string);
      return { extractId, fileName, bytes: bytes.length };
    },
    startOsmImport({ extractId, box, quarterId }: { extractId: string; box?: OsmBox; quarterId?: number }): JobStatus {
      const entry = staged.get(extractId);
      if (!entry)
        throw new ApiError('not-found', 'This extract is no longer staged; choose the file again.', 'extractId');
      let area: OsmArea | undefined;
      if (quarterId !== undefined) {
        const quarter = store.quarters.get(quarterId);
        if (!quarter) throw new ApiError('not-found', `There is no quarter ${quarterId}.`, 'quarterId');
        area = quarter.geometry;
      }
      // The staged file is the job's until it ends; then it is removed.
      staged.delete(extractId);
      return runner.startOsmImport(
        store.file,
        { file: entry.file, box, area },
        { onEnd: () => fs.rmSync(entry.file, { force: true }) },
      );
    },
    getJob: ({ jobId }: { jobId: string }): JobStatus => runner.get(jobId),
    cancelJob: ({ jobId }: { jobId: string }): JobStatus => runner.cancel(jobId),
    /** Cancels running jobs and removes staged files (the project is being closed). */
    async close(): Promise<void> {
      await runner.cancelAll();
      for (const extractId of [...staged.keys()]) discard(extractId);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
export type JobService = ReturnType<typeof createJobService>;
