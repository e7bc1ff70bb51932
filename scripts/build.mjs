// Builds everything the app runs from dist/: the CLI and serve mode, the Electron main and
// preload bundles (esbuild), the renderer (vite), and the shipped sample project.
// `--if-stale` skips the build when dist/ is newer than every source file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const sources = ['electron', 'shared', 'renderer', 'data', 'scripts/build.mjs', 'package.json'];

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) if (child !== 'node_modules') visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const source of sources) if (fs.existsSync(path.join(root, source))) visit(path.join(root, source));
  return newest;
}

if (process.argv.includes('--if-stale') && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSourceTime()) {
  console.log('build: dist/ is up to date');
  process.exit(0);
}

const started = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// The command line and the import worker read a language's catalog from dist/i18n/ when they need
// it (electron/services/core/catalog-files.ts) instead of carrying all six in their code.
const catalogFiles = {
  name: 'catalog-files',
  setup(build) {
    build.onResolve({ filter: /\/catalogs\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, 'shared/i18n/catalogs.js')
        ? { path: path.join(root, 'electron/services/core/catalog-files.ts') }
        : undefined,
    );
  },
};

const bundles = [
  // The CLI loads each command's module when it runs (electron/cli/main.ts): split into chunks
  // beside the entry, dist/cli/itinera.mjs (what bin/itinera.js runs). NOTE: in the same folder,
  // two levels below the app root, as the code that finds the app's files from its own place expects.
  {
    ...common,
    entryPoints: { itinera: './electron/cli/itinera.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
    format: 'esm',
    // Dependencies are bundled too: Node then reads a few files instead of resolving and
    // lexing hundreds of CommonJS modules of node_modules at every start (issue #12: `itinera
    // info` took 0.55 s where ogrinfo takes 0.06 s). Outside: the native better-sqlite3, and
    // @jsquash/webp, which loads its WebAssembly file from beside its own module.
    external: ['better-sqlite3', '@jsquash/webp', 'electron'],
    plugins: [catalogFiles],
    // CommonJS code inside an ES module bundle still calls require() and reads __dirname.
    banner: {
      js: "import { createRequire as __itineraRequire } from 'node:module'; import { fileURLToPath as __itineraPath } from 'node:url'; const require = __itineraRequire(import.meta.url); const __filename = __itineraPath(import.meta.url); const __dirname = __itineraPath(new URL('.', import.meta.url));",
    },
  },
  {
    ...common,
    entryPoints: ['./electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    // job-runner.ts reads import.meta only where __filename is missing (ESM); not in these bundles.
    logOverride: { 'empty-import-meta': 'silent' },
    packages: 'external',
    external: ['electron'],
  },
  // `itinera guide` and `itinera print-map` where Electron is installed: a print window of its own.
  {
    ...common,
    entryPoints: ['./electron/main/print-window-main.ts'],
    outfile: 'dist/electron/print-window.cjs',
    format: 'cjs',
    packages: 'external',
    external: ['electron'],
  },
  // Long jobs (OSM import) run in worker threads, which load a file of their own.
  // NOTE: CommonJS with its dependencies inside (only the native better-sqlite3 outside): in the
  // packaged app the file sits in app.asar, and Electron's worker threads load CommonJS from an
  // asar archive (electron/electron#33216); some dependencies (pbf, @mapbox/vector-tile) are
  // ESM-only, which Node 20's require cannot load.
  {
    ...common,
    entryPoints: ['./electron/services/jobs/job-worker.ts'],
    outfile: 'dist/workers/job-worker.cjs',
    format: 'cjs',
    logOverride: { 'empty-import-meta': 'silent' },
    external: ['better-sqlite3'],
  },
  // A large CSV import reads the file in a worker thread while the command writes (no SQLite there).
  {
    ...common,
    entryPoints: ['./electron/services/transfer/stream-import-worker.ts'],
    outfile: 'dist/workers/stream-import-worker.cjs',
    format: 'cjs',
    external: ['better-sqlite3'],
    plugins: [catalogFiles],
  },
  // The import dialog's preview of a large file is read in a worker thread.
  {
    ...common,
    entryPoints: ['./electron/services/transfer/import-preview-worker.ts'],
    outfile: 'dist/workers/import-preview-worker.cjs',
    format: 'cjs',
    external: ['better-sqlite3'],
  },
  // Contraction hierarchies for routing on big networks are built in a worker thread too.
  {
    ...common,
    entryPoints: ['./electron/services/routes/hierarchy-worker.ts'],
    outfile: 'dist/workers/hierarchy-worker.cjs',
    format: 'cjs',
  },
  // Betweenness and closeness of large link networks: one worker thread per core.
  {
    ...common,
    entryPoints: ['./electron/services/analytics/centrality-worker.ts'],
    outfile: 'dist/workers/centrality-worker.cjs',
    format: 'cjs',
  },
  // A sandboxed preload can require nothing but 'electron': bundle everything else into it.
  {
    ...common,
    entryPoints: ['./electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
  },
];
const built = await Promise.all(
  bundles
    .filter((bundle) => Object.values(bundle.entryPoints).every((entry) => fs.existsSync(path.join(root, entry))))
    .map((bundle) => esbuild.build(bundle)),
);
// Chunks are named by their content: remove those of earlier builds (after writing the new ones,
// so a command running meanwhile still finds its files).
const written = new Set(built.flatMap((result) => Object.keys(result.metafile?.outputs ?? {})));
for (const name of fs.existsSync(path.join(dist, 'cli')) ? fs.readdirSync(path.join(dist, 'cli')) : []) {
  if (!written.has(`dist/cli/${name}`)) fs.rmSync(path.join(dist, 'cli', name), { force: true });
}

if (fs.existsSync(path.join(root, 'renderer/vite.config.ts'))) {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      // NOTE: vitest sets NODE_ENV=test, and its global setup runs this build; vite then bundles
      // React's development build (jsxDEV, owner stacks), several times slower. The app ships
      // and is measured as a production build, whoever starts the build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

// The catalogs the command line and the import worker read (catalog-files.ts); English is in the code.
fs.mkdirSync(path.join(dist, 'i18n', 'locales'), { recursive: true });
for (const locale of ['de', 'fr', 'it', 'es', 'pt', 'nl'])
  fs.copyFileSync(
    path.join(root, 'shared', 'i18n', 'locales', `${locale}.json`),
    path.join(dist, 'i18n', 'locales', `${locale}.json`),
  );

// The shipped sample project, written by the CLI through the same services the app uses.
const sample = path.join(dist, 'sample', 'krems-old-town-sample.gpkg');
fs.rmSync(sample, { force: true });
fs.mkdirSync(path.dirname(sample), { recursive: true });
// The OpenStreetMap clip the sample's streets come from ships too (the packaged app has only dist/).
fs.copyFileSync(
  path.join(root, 'data', 'sample', 'krems-old-town.osm.pbf'),
  path.join(dist, 'sample', 'krems-old-town.osm.pbf'),
);
execFileSync(process.execPath, [path.join(dist, 'cli', 'itinera.mjs'), 'sample', sample], {
  cwd: root,
  stdio: 'ignore',
});

fs.writeFileSync(stamp, new Date().toISOString());
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
