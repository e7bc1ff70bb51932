// The services Itinera runs, bundled from source with esbuild (as `npm run build` bundles the
// CLI), so the bench can time single queries in-process, next to the reference databases'
// in-process queries, without a process start or HTTP in the measurement.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles the named exports of source files (`[['openProjectStore'], 'electron/store/project-store.ts']`)
 * into `dist/bench/<name>.mjs` and imports it.
 */
export async function bundleSources(root, name, modules) {
  // NOTE: in dist/bench/, two levels below the root like dist/cli/: the services find their
  // worker threads' files in dist/workers/ (see builtWorkerFile and bundleWorker below).
  const dir = path.join(root, 'dist', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, `${name}-entry.ts`);
  const lines = modules.map(([names, file]) => `export { ${names.join(', ')} } from '${path.join(root, file)}';`);
  fs.writeFileSync(entry, [...lines, ''].join('\n'));
  const outfile = path.join(dir, `${name}.mjs`);
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

export function loadServices(root) {
  return bundleSources(root, 'services', [
    [['openProjectStore'], 'electron/store/project-store.ts'],
    [['createProjectService'], 'electron/services/core/project-service.ts'],
  ]);
}

/** Builds one worker thread's file into dist/workers/ as the app's build does (CommonJS). */
export async function bundleWorker(root, entry, name) {
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, 'dist', 'workers', name),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
}
