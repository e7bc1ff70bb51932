// The services Itinera runs, bundled from source with esbuild (as `npm run build` bundles the
// CLI), so the bench can time single queries in-process, next to the reference databases'
// in-process queries, without a process start or HTTP in the measurement.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export async function loadServices(root) {
  const dir = path.join(root, 'node_modules', '.cache', 'itinera-bench');
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      `export { openProjectStore } from '${path.join(root, 'electron/store/project-store.ts')}';`,
      `export { createProjectService } from '${path.join(root, 'electron/services/core/project-service.ts')}';`,
      '',
    ].join('\n'),
  );
  const outfile = path.join(dir, 'services.mjs');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${outfile}?${Date.now()}`);
}
