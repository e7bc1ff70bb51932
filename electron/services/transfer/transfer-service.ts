import type { transferApi } from '../../../shared/api/transfer.js';
import { exportedCounts } from '../../../shared/codecs/export/export-data.js';
import type { ElevationService } from '../elevation/elevation-service.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { exportProject, type ExportSource } from './export-service.js';
import { createImportService } from './import-service.js';

// Files in and out of a project: an import is staged (read and previewed), planned per layer and
// run, all or nothing; an export reads the project through the other features (`source`).

export type TransferService = ServiceOf<typeof transferApi, 'stageImport' | 'planImport' | 'runImport' | 'exportData'>;

export function createTransferService(
  context: ServiceContext,
  source: ExportSource,
  jobRunner: () => JobRunner,
  elevation?: ElevationService,
): TransferService {
  const imports = createImportService(context.store, jobRunner);
  return {
    stageImport: ({ fileName, contentBase64 }) => imports.stage(fileName, Buffer.from(contentBase64, 'base64')),
    planImport: ({ importId, layer, mapping }) => imports.plan(importId, layer, mapping),
    runImport: ({ importId, layers }) => imports.run(importId, layers),
    discardImport({ importId }) {
      imports.discard(importId);
      return { importId };
    },
    async exportData(request) {
      const { data, file } = await exportProject(
        source,
        request,
        elevation && (() => elevation.heights()),
        context.store.file,
      );
      const base = data.projectName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'itinera-export';
      return {
        fileName: `${base}.${file.extension}`,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
        counts: exportedCounts(request.format, data),
      };
    },
  };
}
