import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ImportError } from '../../../shared/codecs/import/source-table.js';
import { messageRef, type MessageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError } from '../../../shared/i18n/message-error.js';
import { osmMessages } from '../../../shared/i18n/messages/osm.js';
import { osmReadMessages } from '../../../shared/i18n/messages/osm-read.js';
import { validationMessages } from '../../../shared/i18n/messages/validation.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import type { OsmImportReview, OsmReviewMatch, OsmReviewRemoval } from '../../../shared/api/osm-review.js';
import {
  createRuleClassifier,
  ruleProblem,
  type OsmCategoryRule,
} from '../../../shared/codecs/osm/osm-category-mapping.js';
import { osmAreaBox, type OsmArea } from '../../../shared/codecs/osm/osm-clip.js';
import type { OsmSource } from '../../../shared/codecs/osm/osm-entities.js';
import { collectOsmNetwork } from '../../../shared/codecs/osm/osm-network.js';
import { collectOsmPlaces, type OsmBox, type OsmCollection } from '../../../shared/codecs/osm/osm-places.js';
import type { OsmFormat } from '../../../shared/codecs/osm/read-osm.js';
import type { ProjectStore } from '../../store/project-store.js';
import { applyOsmPlacePlan, needsReview, planOsmPlaces } from './osm-place-plan.js';
import { collectBasemapFeatures } from '../../../shared/codecs/osm/osm-basemap-collect.js';
import { writeBasemapTiles, type BasemapTilesResult } from './osm-basemap.js';
import { rerouteRoutes } from '../routes/route-geometry.js';
import { createRoutePlanner } from '../routes/route-planner.js';

// Importing places from an OpenStreetMap extract (.osm, .osm.gz, .osm.pbf) into a project.
// The extract is read in streaming passes first (a broken file fails before anything is
// written), then every change is written in one transaction: all of it, or none of it.
// Places are matched to the project's (osm-place-plan.ts): by OSM object, else by name or
// category nearby; new ones are added, matched ones updated or linked except for the fields a user
// edited (a place the user made keeps all it has), and unchanged ones are not written at all
// (their rows, and updated_at, stay byte for byte as they were). With `review`, the import shows
// its matches and removals and waits for the user's answer before it writes.

export interface OsmImportResult {
  format: OsmFormat;
  added: number;
  updated: number;
  unchanged: number;
  /** Places the project had that now come from an OSM object (matched by name or category). */
  linked: number;
  /** The matches by name or category that were applied (those the user declined were added instead). */
  matches: OsmReviewMatch[];
  /** Places removed because no mapping rule takes their OSM object any more. */
  removed: OsmReviewRemoval[];
  /** Places no rule takes any more, kept because a user edited or linked them. */
  kept: number;
  skipped: OsmCollection['skipped'] & { invalid: number };
  /** Why features were left out as invalid (the first 50): the OSM object ("node/123") and its problem. */
  problems: OsmImportProblem[];
  /** The walking and cycling network now stored; `changed` is false when it was already so. */
  network: { nodes: number; edges: number; changed: boolean };
  /** The street-level basemap tiles written (they replace the project's earlier ones). */
  basemap: BasemapTilesResult;
  /** Routes whose line changed: routed again on the new network, or through places the import moved. */
  reroutedRoutes: { id: number; name: string }[];
}

/** An OSM object left out as invalid; `problem` is e.g. "Website: must be a web address". */
export interface OsmImportProblem {
  osm: string;
  problem: MessageRef;
}

/** What a running import is doing, for a progress bar; `done` of `total` bytes of the extract in reading phases. */
export type OsmImportPhase = 'reading-places' | 'reading-network' | 'reading-basemap' | 'writing';
export interface OsmImportProgress {
  phase: OsmImportPhase;
  done: number;
  total: number;
}

export interface OsmImportOptions {
  box?: OsmBox;
  /** Places and the network are kept only inside this outline (a quarter's); the basemap covers its box. */
  area?: OsmArea;
  onProgress?: (progress: OsmImportProgress) => void;
  /** Called often while the import runs; throws to stop it (nothing is written then). */
  checkCancelled?: () => void;
  /** False: only the network and the street basemap (the sample project keeps its own curated places). */
  places?: boolean;
  /**
   * Asked before writing when the import matched places the project has or removes some; answers
   * the OSM objects ("way/123") whose match or removal the user declined. Runs outside any transaction.
   */
  review?: (review: OsmImportReview) => Promise<{ declined: readonly string[] }>;
  /** Matches and removals declined beforehand (the CLI's --separate). */
  declined?: readonly string[];
  /** The file's name as the user knows it (an extract staged from the app is read from a temporary copy). */
  fileName?: string;
}

function isGzip(file: string): boolean {
  const head = Buffer.alloc(2);
  const handle = fs.openSync(file, 'r');
  try {
    return fs.readSync(handle, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * The file as a source of chunks, gunzipped when it is gzip (by content, not by name);
 * `onRead` hears how many bytes of the file each pass has read so far (and may throw to stop).
 */
function openExtract(file: string, onRead?: (bytes: number) => void): OsmSource {
  const gzip = isGzip(file);
  return () => {
    const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
    const input = onRead ? Readable.from(metered(raw, onRead)) : raw;
    if (!gzip) return input;
    const gunzip = zlib.createGunzip();
    input.on('error', (error: Error) => gunzip.destroy(error));
    return input.pipe(gunzip);
  };
}

async function* metered(chunks: AsyncIterable<Buffer>, onRead: (bytes: number) => void) {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    onRead(bytes);
    yield chunk;
  }
}

function checkedRules(store: ProjectStore): OsmCategoryRule[] {
  return store.osm.rules().map((row) => {
    const problem = ruleProblem(row);
    if (problem) throw new MessageError(messageRef(osmMessages.mappingRow, { row: row.id, problem }));
    return row as unknown as OsmCategoryRule;
  });
}

/**
 * Runs `read` over the extract; turns low-level read errors into clear ones (messages: they reach
 * the user as a job's error, in the reader's language).
 */
async function readingExtract<T>(
  file: string,
  read: (fileName: string) => Promise<T>,
  fileName = path.basename(file),
): Promise<T> {
  try {
    if (!fs.statSync(file).isFile()) throw new ImportError(fileName, null, messageRef(osmReadMessages.notAFile));
    return await read(fileName);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB_BINDING_CLOSED')
      throw new ImportError(
        fileName,
        null,
        messageRef(osmReadMessages.gzipDamaged, { detail: (error as Error).message }),
      );
    if (code === 'ENOENT') throw new ImportError(fileName, null, messageRef(osmReadMessages.notFound));
    if (code === 'EACCES') throw new ImportError(fileName, null, messageRef(osmReadMessages.permissionDenied));
    throw error;
  }
}

/**
 * Imports the places and the walking network of an OSM extract; optionally only what lies
 * within `box` (W,S,E,N) and `area` (an outline; the basemap is cut to its box, so the streets
 * around a quarter are drawn too).
 */
export async function importOsmFile(
  store: ProjectStore,
  file: string,
  options: OsmImportOptions = {},
): Promise<OsmImportResult> {
  const { area, onProgress } = options;
  const box = options.box ?? (area ? osmAreaBox(area) : undefined);
  const checkCancelled = options.checkCancelled ?? (() => {});
  const withPlaces = options.places !== false;
  const rules = withPlaces ? checkedRules(store) : [];
  // Places that came from OSM: a re-import notes those no rule takes any more.
  const identities = withPlaces ? store.osm.identities() : new Map<string, unknown>();
  const total = fs.existsSync(file) ? fs.statSync(file).size : 0;
  let phase: OsmImportPhase = 'reading-places';
  // Opened inside readingExtract, which turns a missing or unreadable file into a clear error.
  let opened: OsmSource | undefined;
  const source = () =>
    (opened ??= openExtract(file, (done) => {
      checkCancelled();
      onProgress?.({ phase, done, total });
    }));
  onProgress?.({ phase, done: 0, total });
  const collection = await readingExtract(
    file,
    (fileName) =>
      collectOsmPlaces(source(), createRuleClassifier(rules), {
        box,
        area,
        fileName,
        known: (osmType, osmId) => identities.has(`${osmType}/${osmId}`),
      }),
    options.fileName,
  );
  identities.clear();
  phase = 'reading-network';
  onProgress?.({ phase, done: 0, total });
  const network = await readingExtract(
    file,
    (fileName) => collectOsmNetwork(source(), { box, area, fileName }),
    options.fileName,
  );
  checkCancelled();
  // The basemap's own passes (osm-basemap-collect.ts); its tiles are cut in the transaction below.
  phase = 'reading-basemap';
  onProgress?.({ phase, done: 0, total });
  const basemapFeatures = await readingExtract(
    file,
    (fileName) => collectBasemapFeatures(source(), { box, fileName }),
    options.fileName,
  );
  checkCancelled();
  const declined = new Set(options.declined ?? []);
  if (options.review && withPlaces) {
    const proposed = planOsmPlaces(store, collection, declined).review;
    if (needsReview(proposed)) {
      // NOTE: no progress for this phase: the job's review message sets it, with the review.
      for (const key of (await options.review(proposed)).declined) declined.add(key);
      checkCancelled();
    }
  }
  phase = 'writing';
  onProgress?.({ phase, done: 0, total: 3 });
  const result: OsmImportResult = {
    format: collection.format,
    added: 0,
    updated: 0,
    unchanged: 0,
    linked: 0,
    matches: [],
    removed: [],
    kept: 0,
    skipped: { ...collection.skipped, invalid: 0 },
    problems: [],
    network: { nodes: network.nodes.length, edges: network.edges.length, changed: false },
    basemap: { tiles: 0, bounds: null },
    reroutedRoutes: [],
  };

  store.transaction(() => {
    // Planned again against the project as it is now (it may have changed during the review).
    const plan = planOsmPlaces(store, collection, declined);
    for (const { key, issue } of plan.invalid) {
      result.skipped.invalid++;
      if (result.problems.length < 50)
        result.problems.push({
          osm: key,
          problem: issue ? issueMessage(issue) : messageRef(validationMessages.invalid),
        });
    }
    const applied = applyOsmPlacePlan(store, plan, checkCancelled);
    Object.assign(result, {
      added: applied.added,
      updated: applied.updated,
      unchanged: plan.review.unchanged,
      linked: applied.linked,
      matches: plan.review.matches,
      removed: plan.review.removals,
      kept: plan.review.kept,
    });
    if (withPlaces) store.osm.setRuleCounts(new Map([...plan.ruleCounts, ...collection.leftOut]));
    const movedRoutes = applied.movedRoutes;
    checkCancelled();
    onProgress?.({ phase: 'writing', done: 1, total: 3 });

    result.network.changed = store.network.replace(network, checkCancelled);
    if (result.network.changed) {
      store.touch('network_nodes');
      store.touch('network_edges');
    }
    checkCancelled();
    // Every route follows the new network (or, with the same network, the places that moved).
    const routeIds = result.network.changed ? store.routes.list().map((route) => route.id) : movedRoutes;
    result.reroutedRoutes = rerouteRoutes(store, createRoutePlanner(store), routeIds).map((id) => ({
      id,
      name: store.routes.get(id)?.name ?? '',
    }));
    onProgress?.({ phase: 'writing', done: 2, total: 3 });
    result.basemap = writeBasemapTiles(store, basemapFeatures, { fileName: path.basename(file) }, checkCancelled);
  });
  onProgress?.({ phase: 'writing', done: 3, total: 3 });
  return result;
}
