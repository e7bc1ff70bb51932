import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError, NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES, parseInput } from '../../shared/api/contract.js';
import { geodesicDistanceMetres } from '../../shared/geo/geodesic-distance.js';
import { getCategory, labelOf, SECTORS } from '../../shared/model/typology.js';
import { appPaths } from '../services/core/app-paths.js';
import { createProjectHost } from '../services/core/project-host.js';
import { writeSampleProject } from '../services/core/sample-project.js';
import { ensureSampleProject } from '../services/core/user-data.js';
import { hasDisplay, openAppWindow } from '../serve/open-browser.js';
import { startServer } from '../serve/http-server.js';
import { openProjectStore, ProjectFileError } from '../store/project-store.js';
import { createProjectService } from '../services/core/project-service.js';
import { createImportService } from '../services/transfer/import-service.js';
import { proximityJoin } from '../services/places/proximity-join.js';
import { CATEGORY_FAMILIES, type CategoryFamily } from '../../shared/model/typology.js';
import { renderExport, selectExportData } from '../services/transfer/export-service.js';
import { writeFileAtomically } from '../services/transfer/write-file-atomically.js';
import { parseOsmBox, type OsmImportResult } from '../services/osm/osm-import.js';
import type { OsmArea } from '../../shared/codecs/osm/osm-clip.js';
import { createJobRunner } from '../services/jobs/job-runner.js';

// The `itinera` command. Every command runs the same services as the desktop app.

const USAGE = `Usage: itinera <command> [options]

Commands:
  new FILE.gpkg [--name NAME]          create an empty project
  sample FILE.gpkg                     write the sample project (Krems old town)
  info FILE.gpkg                       print the project's name, layers and feature counts
  nearby FILE.gpkg --place ID [--within METRES] [--json]
                                       creative firms and tourism operators near a place
  pairs FILE.gpkg --from FAMILIES --to FAMILIES --within METRES [--count|--summary|--json]
                                       every pair of places (from, to) within a distance
                                       (WGS84 ellipsoid); families comma-separated, e.g.
                                       --from heritage --to creative-firm; --summary: per
                                       "from" place its count and the sum of its "to" ids
  import FILE.gpkg SOURCE [--category C]
                                       import GeoJSON, CSV/TSV, KML/KMZ, GPX, zipped
                                       shapefile, GeoPackage or FlatGeobuf (all or nothing)
  import-osm FILE.gpkg EXTRACT [--bbox W,S,E,N | --quarter ID] [--progress]
                                       import places from an OpenStreetMap extract
                                       (.osm, .osm.gz, .osm.pbf) by the project's category
                                       mapping; a re-import updates them, keeping your edits;
                                       and the walking and cycling network (replaced);
                                       progress on stderr when it is a terminal (or with
                                       --progress); Ctrl+C cancels, leaving the project as it was
  add-basemap FILE.gpkg TILES [--overlay] [--encoding terrarium|mapbox]
                                       copy an MBTiles or PMTiles file (raster, vector or
                                       elevation) into the project as a basemap or overlay;
                                       --encoding: a raster file is elevation (hillshade)
  export FILE.gpkg --format F OUT [--families F1,F2] [--csv-geometry wkt|lonlat]
                                       export to geojson, csv, kml, gpx, shp (zip), gpkg,
                                       fgb or jsonld; written atomically
  serve [--project FILE.gpkg] [--port N] [--no-open]
                                       serve the app on 127.0.0.1 (without --project: your
                                       copy of the sample project)
  help                                 show this text`;

export class UsageError extends Error {}

const PHASE_TEXT: Record<string, string> = {
  starting: 'Starting',
  'reading-places': 'Reading places',
  'reading-network': 'Reading the street network',
  'reading-basemap': 'Reading the basemap (roads, buildings, water, areas)',
  writing: 'Writing to the project',
};

/** "1 place", "2 places". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Runs an OSM import as a job (worker thread, as the app does): progress on stderr when it is a
 * terminal, Ctrl+C cancels (the job's transaction rolls back, the project stays as it was).
 */
async function runOsmImportJob(
  projectFile: string,
  extract: string,
  clip: { box?: ReturnType<typeof parseOsmBox>; area?: OsmArea },
  err: NodeJS.WritableStream,
  progressLines: boolean,
): Promise<OsmImportResult | 'cancelled'> {
  const runner = createJobRunner();
  const job = runner.startOsmImport(projectFile, { file: extract, ...clip });
  const terminal = (err as NodeJS.WriteStream).isTTY === true;
  if (terminal)
    runner.watch(job.jobId, (status) => {
      const percent = status.total > 0 ? ` ${Math.floor((100 * status.done) / status.total)}%` : '';
      err.write(`\r\x1b[K${PHASE_TEXT[status.phase] ?? status.phase}${percent}`);
    });
  else if (progressLines) {
    // Not a terminal (a log, a test): one line per phase.
    let last = '';
    runner.watch(job.jobId, (status) => {
      if (status.phase !== last && PHASE_TEXT[status.phase]) err.write(`${PHASE_TEXT[status.phase]}…\n`);
      last = status.phase;
    });
  }
  const cancel = () => runner.cancel(job.jobId);
  process.on('SIGINT', cancel);
  try {
    const end = await runner.wait(job.jobId);
    if (terminal) err.write('\r\x1b[K');
    if (end.state === 'cancelled') return 'cancelled';
    if (end.state === 'failed') throw new Error(end.error?.message ?? 'the import failed');
    return end.result as OsmImportResult;
  } finally {
    process.off('SIGINT', cancel);
  }
}

function appRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

function requireFile(positionals: string[], command: string): string {
  const file = positionals[0];
  if (!file) throw new UsageError(`"itinera ${command}" needs a project file, e.g. itinera ${command} quarter.gpkg`);
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".`);
  return path.resolve(file);
}

function withProject<T>(file: string, work: (service: ReturnType<typeof createProjectService>) => T): T {
  const store = openProjectStore(file);
  try {
    return work(createProjectService(store));
  } finally {
    store.close();
  }
}

function parseNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(`--${option} must be a number, not "${value}".`);
  return number;
}

export async function run(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  const write = (line = '') => out.write(`${line}\n`);
  try {
    switch (command) {
      case 'new': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { name: { type: 'string' } },
          allowPositionals: true,
        });
        const file = requireFile(positionals, 'new');
        const host = createProjectHost();
        host.create(file, values.name);
        const name = host.current().getProject({}).name;
        host.close();
        write(`Created project "${name}" in ${file}`);
        return 0;
      }
      case 'sample': {
        const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true });
        const file = requireFile(positionals, 'sample');
        writeSampleProject(file);
        write(`Wrote the sample project to ${file}`);
        return 0;
      }
      case 'info': {
        const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true });
        const file = requireFile(positionals, 'info');
        const info = withProject(file, (service) => service.getProject({}));
        write(`Project: ${info.name}${info.isSample ? ' (sample data)' : ''}`);
        write(`File: ${file}`);
        write('Layers:');
        write(`  places (points): ${info.counts.places}`);
        write(`  quarters (polygons): ${info.counts.quarters}`);
        write(`  routes (lines): ${info.counts.routes}`);
        write(`  links (place to place): ${info.counts.links}`);
        if (info.bounds) write(`Extent (W,S,E,N): ${info.bounds.map((value) => value.toFixed(6)).join(', ')}`);
        return 0;
      }
      case 'nearby': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { place: { type: 'string' }, within: { type: 'string' }, json: { type: 'boolean' } },
          allowPositionals: true,
        });
        const file = requireFile(positionals, 'nearby');
        if (values.place === undefined) throw new UsageError('"itinera nearby" needs --place ID.');
        const query = parseInput('nearbyPlaces', {
          placeId: parseNumber(values.place, 'place'),
          withinMetres: parseNumber(values.within, 'within') ?? NEARBY_DEFAULT_METRES,
        });
        const { centre, hits } = withProject(file, (service) => ({
          centre: service.getPlace({ id: query.placeId }),
          hits: service.nearbyPlaces(query),
        }));
        if (values.json) {
          write(
            JSON.stringify(
              hits.map((hit) => ({
                id: hit.place.id,
                name: hit.place.name,
                category: hit.place.category,
                sector: hit.place.sector,
                distanceMetres: hit.distanceMetres,
                linked: hit.linked,
              })),
              null,
              2,
            ),
          );
          return 0;
        }
        write(`Creative firms and tourism operators within ${query.withinMetres} m of ${centre.name} (#${centre.id}):`);
        if (hits.length === 0) write('  none');
        for (const hit of hits) {
          const kind = hit.place.sector
            ? `${getCategory(hit.place.category).label}, ${labelOf(SECTORS, hit.place.sector)}`
            : getCategory(hit.place.category).label;
          write(
            `  ${String(Math.round(hit.distanceMetres)).padStart(5)} m  #${hit.place.id} ${hit.place.name} (${kind})${hit.linked ? ' [linked]' : ''}`,
          );
        }
        return 0;
      }
      case 'pairs': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: {
            from: { type: 'string' },
            to: { type: 'string' },
            within: { type: 'string' },
            count: { type: 'boolean' },
            summary: { type: 'boolean' },
            json: { type: 'boolean' },
          },
          allowPositionals: true,
        });
        const file = requireFile(positionals, 'pairs');
        const familiesOf = (value: string | undefined, option: string): CategoryFamily[] => {
          if (!value)
            throw new UsageError(`"itinera pairs" needs --${option} FAMILIES (${CATEGORY_FAMILIES.join(', ')}).`);
          return value.split(',').map((family) => {
            const trimmed = family.trim();
            if (!(CATEGORY_FAMILIES as readonly string[]).includes(trimmed))
              throw new UsageError(`--${option}: unknown family "${trimmed}" (${CATEGORY_FAMILIES.join(', ')}).`);
            return trimmed as CategoryFamily;
          });
        };
        const from = familiesOf(values.from, 'from');
        const to = familiesOf(values.to, 'to');
        const withinMetres = parseNumber(values.within, 'within');
        if (withinMetres === undefined || withinMetres <= 0 || withinMetres > NEARBY_MAX_METRES)
          throw new UsageError(`"itinera pairs" needs --within METRES (more than 0, at most ${NEARBY_MAX_METRES}).`);
        const store = openProjectStore(file);
        try {
          const points = store.places.points();
          if (values.json) {
            // Streamed: a join can have millions of pairs.
            const positions = new Map<number, [number, number]>();
            for (let index = 0; index < points.length; index++)
              positions.set(points.ids[index]!, [points.longitudes[index]!, points.latitudes[index]!]);
            let first = true;
            let buffer = '[';
            proximityJoin(points, { from, to, withinMetres }, (fromId, toId) => {
              const metres = geodesicDistanceMetres(positions.get(fromId)!, positions.get(toId)!);
              buffer += `${first ? '\n' : ',\n'}  {"fromId":${fromId},"toId":${toId},"distanceMetres":${Math.round(metres * 10) / 10}}`;
              first = false;
              if (buffer.length > 1 << 16) {
                out.write(buffer);
                buffer = '';
              }
            });
            write(`${buffer}\n]`);
            return 0;
          }
          const perPlace = new Map<number, { count: number; idSum: number }>();
          const stats = proximityJoin(points, { from, to, withinMetres }, (fromId, toId) => {
            if (!values.summary) return;
            const entry = perPlace.get(fromId);
            if (entry) {
              entry.count++;
              entry.idSum += toId;
            } else perPlace.set(fromId, { count: 1, idSum: toId });
          });
          if (values.count) {
            write(String(stats.pairs));
          } else if (values.summary) {
            let buffer = 'from_id\tcount\tto_id_sum\n';
            for (const [fromId, entry] of perPlace) buffer += `${fromId}\t${entry.count}\t${entry.idSum}\n`;
            out.write(buffer);
          } else {
            write(
              `${stats.pairs} pairs within ${withinMetres} m (WGS84 ellipsoid, geodesic) between ${stats.fromPlaces} places of ${from.join(', ')} and ${stats.toPlaces} places of ${to.join(', ')}.`,
            );
          }
        } finally {
          store.close();
        }
        return 0;
      }
      case 'import': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { category: { type: 'string' } },
          allowPositionals: true,
        });
        const [projectFile, sourceFile, extra] = positionals;
        if (!projectFile || !sourceFile)
          throw new UsageError('"itinera import" needs a project file and a source file.');
        if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
        const category =
          values.category === undefined
            ? null
            : parseInput('createPlace', { name: 'x', longitude: 0, latitude: 0, category: values.category }).category;
        const store = openProjectStore(path.resolve(projectFile));
        try {
          const result = await createImportService(store).importFile(path.resolve(sourceFile), category);
          for (const note of result.notes) write(`  ${note}`);
          write(
            `Imported ${counted(result.added.places, 'place')}, ${counted(result.added.quarters, 'quarter')} and ${counted(result.added.routes, 'route')} from ${path.basename(sourceFile)}.`,
          );
          if (result.skipped.length > 0) {
            write(`Skipped ${result.skipped.length} features:`);
            for (const problem of result.skipped.slice(0, 50))
              write(`  ${problem.layer} #${problem.position}: ${problem.message}`);
            if (result.skipped.length > 50) write(`  … and ${result.skipped.length - 50} more`);
          }
        } finally {
          store.close();
        }
        return 0;
      }
      case 'import-osm': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { bbox: { type: 'string' }, quarter: { type: 'string' }, progress: { type: 'boolean' } },
          allowPositionals: true,
        });
        const [projectFile, extract, extra] = positionals;
        if (!projectFile || !extract)
          throw new UsageError(
            '"itinera import-osm" needs a project file and an OSM extract (.osm, .osm.gz, .osm.pbf).',
          );
        if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
        let box: ReturnType<typeof parseOsmBox> | undefined;
        try {
          box = values.bbox === undefined ? undefined : parseOsmBox(values.bbox);
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        if (box && values.quarter !== undefined) throw new UsageError('Give --bbox or --quarter, not both.');
        let quarterId: number | undefined;
        if (values.quarter !== undefined) {
          quarterId = Number(values.quarter);
          if (!Number.isInteger(quarterId) || quarterId < 1)
            throw new UsageError(`--quarter must be a quarter's id (a whole number), not "${values.quarter}"`);
        }
        // Opening checks (and upgrades) the project here, with the usual clear errors.
        const opened = openProjectStore(path.resolve(projectFile));
        let area: OsmArea | undefined;
        try {
          if (quarterId !== undefined) {
            const quarter = opened.quarters.get(quarterId);
            if (!quarter) throw new UsageError(`There is no quarter ${quarterId} in ${path.basename(projectFile)}.`);
            area = quarter.geometry;
          }
        } finally {
          opened.close();
        }
        const result = await runOsmImportJob(
          path.resolve(projectFile),
          path.resolve(extract),
          { box, area },
          err,
          values.progress === true,
        );
        if (result === 'cancelled') {
          err.write('itinera: import cancelled; the project is unchanged.\n');
          return 130;
        }
        const { skipped } = result;
        const skippedTotal =
          skipped.noName + skipped.outsideBox + skipped.noLocation + skipped.otherRelation + skipped.invalid;
        write(
          `Imported ${path.basename(extract)} (OSM ${result.format === 'pbf' ? 'PBF' : 'XML'}): ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${skippedTotal} skipped.`,
        );
        if (skippedTotal > 0)
          write(
            `  skipped: ${skipped.noName} without a name, ${skipped.outsideBox} outside the box or quarter, ${skipped.noLocation} without node coordinates, ${skipped.otherRelation} relations that are not multipolygons, ${skipped.invalid} invalid`,
          );
        for (const problem of result.problems) write(`  ${problem}`);
        write(
          `Walking and cycling network: ${result.network.edges} edges between ${result.network.nodes} junctions${result.network.changed ? '' : ' (unchanged)'}.`,
        );
        write(`Street basemap: ${result.basemap.tiles} vector tiles (zoom 10 to 16).`);
        return 0;
      }
      case 'add-basemap': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { overlay: { type: 'boolean' }, encoding: { type: 'string' } },
          allowPositionals: true,
        });
        const [projectFile, tilesFile, extra] = positionals;
        if (!projectFile || !tilesFile)
          throw new UsageError('"itinera add-basemap" needs a project file and an MBTiles or PMTiles file.');
        if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
        const encoding = values.encoding;
        if (encoding !== undefined && encoding !== 'terrarium' && encoding !== 'mapbox')
          throw new UsageError(`--encoding must be terrarium or mapbox, not "${encoding}".`);
        const store = openProjectStore(path.resolve(projectFile));
        let added;
        try {
          added = await createProjectService(store).basemapFiles.addFromPath(
            path.resolve(tilesFile),
            path.basename(tilesFile),
            { role: values.overlay ? 'overlay' : 'basemap', encoding },
          );
        } finally {
          store.close();
        }
        const kind = {
          raster: 'raster',
          vector: 'vector',
          'raster-dem': `elevation (${added.encoding ?? ''}, hillshade)`,
        }[added.kind];
        write(
          `Added ${path.basename(tilesFile)} as ${added.role === 'overlay' ? 'an overlay' : 'a basemap'}: "${added.name}", ${kind}, ${added.tileFormat}, zoom ${added.minZoom}–${added.maxZoom}, ${counted(added.tileCount, 'tile')}.`,
        );
        return 0;
      }
      case 'export': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { format: { type: 'string' }, families: { type: 'string' }, 'csv-geometry': { type: 'string' } },
          allowPositionals: true,
        });
        const [projectFile, out, extra] = positionals;
        if (!projectFile || !out) throw new UsageError('"itinera export" needs a project file and an output file.');
        if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
        if (!values.format)
          throw new UsageError('"itinera export" needs --format (geojson, csv, kml, gpx, shp, gpkg, fgb or jsonld).');
        const request = parseInput('exportData', {
          format: values.format,
          filter: values.families ? { families: values.families.split(',').map((family) => family.trim()) } : {},
          ...(values['csv-geometry'] ? { csvGeometry: values['csv-geometry'] } : {}),
        });
        const store = openProjectStore(path.resolve(projectFile));
        try {
          const data = selectExportData(createProjectService(store), request.filter);
          const file = await renderExport(data, request.format, { csvGeometry: request.csvGeometry });
          writeFileAtomically(path.resolve(out), file.bytes);
          write(
            `Exported ${counted(data.places.length, 'place')}, ${counted(data.quarters.length, 'quarter')}, ${counted(data.routes.length, 'route')} and ${counted(data.links.length, 'link')} to ${out} (${request.format}).`,
          );
        } finally {
          store.close();
        }
        return 0;
      }
      case 'serve': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { project: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
          allowPositionals: true,
        });
        if (positionals.length > 0)
          throw new UsageError(`Unexpected argument "${positionals[0]}"; use --project FILE.`);
        const port = parseNumber(values.port, 'port') ?? 0;
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0 to 65535.');
        const paths = appPaths(appRoot());
        const file = values.project ? path.resolve(values.project) : ensureSampleProject(paths.shippedSample);
        const host = createProjectHost();
        host.open(file);
        const server = await startServer({
          dispatch: host.dispatch,
          staticDir: paths.renderer,
          port,
          readAttachment: host.readAttachment,
          readTile: host.basemapTile,
          readFileTile: host.basemapFileTile,
        });
        write(`Itinera is running at ${server.url}`);
        if (!fs.existsSync(path.join(paths.renderer, 'index.html'))) {
          err.write(`warning: the app is not built (${paths.renderer}); run "npm run build". The API works.\n`);
        }
        if (!values['no-open']) {
          const browser = openAppWindow(server.url);
          err.write(
            browser
              ? `Opened in ${browser}\n`
              : hasDisplay()
                ? 'No Chromium or Chrome found: open the URL above in your browser.\n'
                : 'No display to open a window on: open the URL above in a browser on this machine.\n',
          );
        }
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
        host.close();
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`itinera: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ApiError || error instanceof ProjectFileError) {
      err.write(`itinera: ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      err.write(`itinera: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    err.write(`itinera: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
