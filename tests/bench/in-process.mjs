// The services Itinera runs, bundled from source with esbuild (as `npm run build` bundles the
// CLI), so the bench can time single queries in-process, next to the reference databases'
// in-process queries, without a process start or HTTP in the measurement.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles the named exports of source files (`[['openProjectStore'], 'electron/store/project-store.ts']`)
 * into `node_modules/.cache/itinera-bench/<name>.mjs` and imports it.
 */
export async function bundleSources(root, name, modules) {
  const dir = path.join(root, 'node_modules', '.cache', 'itinera-bench');
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
