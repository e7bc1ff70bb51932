import Database from 'better-sqlite3';
import { decodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import { reprojectGeometry, transformToWgs84, type Transform } from '../../shared/codecs/import/reproject.js';
import {
  collectColumns,
  excerpt,
  IMPORT_LIMITS,
  ImportError,
  type SourceRow,
  type SourceTable,
} from '../../shared/codecs/import/source-table.js';
import { messageRef as ref, type MessageRef } from '../../shared/i18n/define-messages.js';
import { importNoteMessages as note } from '../../shared/i18n/messages/import-notes.js';
import { importRowMessages as rowMessage } from '../../shared/i18n/messages/import-rows.js';
import {
  importReasonMessages as reason,
  importWhereMessages as where,
} from '../../shared/i18n/messages/transfer-reasons.js';
import { viewNotFollowed } from './sqlite-views.js';

// Reads the feature layers of any GeoPackage (QGIS's, GDAL's, another Itinera project) for import,
// reprojecting to WGS84 from each layer's gpkg_spatial_ref_sys definition. Read-only.
// A layer is judged on its own: one layer with a coordinate system that cannot be used, or a
// table gpkg_contents lists but the file lacks, does not refuse the others. The GeoPackage
// standard's two reserved systems: srs_id 0 is "undefined geographic" (longitude/latitude in an
// unknown datum: read as WGS84), -1 "undefined Cartesian" (no way to place it: every feature is
// listed as skipped, with why).
// Budgets: a layer that is a view is followed only when it is a plain query of tables (see
// sqlite-views.ts); the features of all layers are counted (at most one past the limit) before
// any is read, and the data read is counted as it comes (a few rows of huge values stop too).

/** What a GeoPackage import reads at most: features over all layers, and bytes of their data. */
export interface GeoPackageBudget {
  maxRows: number;
  maxBytes: number;
}
const BUDGET: GeoPackageBudget = { maxRows: IMPORT_LIMITS.maxRows, maxBytes: IMPORT_LIMITS.maxUnzippedBytes };

interface LayerRow {
  table_name: string;
  column_name: string;
  srs_id: number;
  definition: string | null;
  organization: string | null;
  organization_coordsys_id: number | null;
}

type LayerCrs = { transform: Transform | null; notes: MessageRef[] } | { problem: MessageRef };

function layerCrs(layer: LayerRow): LayerCrs {
  if (layer.srs_id === 0) return { transform: null, notes: [ref(note.undefinedGeographic)] };
  if (layer.srs_id === -1) return { problem: ref(rowMessage.undefinedCartesian) };
  const isWgs84 =
    (layer.organization?.toUpperCase() === 'EPSG' && layer.organization_coordsys_id === 4326) || layer.srs_id === 4326;
  if (isWgs84) return { transform: null, notes: [] };
  const transform = transformToWgs84(layer.definition ?? '');
  if (!transform) return { problem: ref(reason.unknownLayerCrs, { srsId: String(layer.srs_id) }) };
  const crs = `${layer.organization ?? ''}:${layer.organization_coordsys_id ?? layer.srs_id}`;
  return { transform, notes: [ref(note.reprojected, { crs: excerpt(crs) })] };
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Whether the file has the table or view gpkg_contents names. */
const tableExists = (db: Database.Database, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?`).get(name) !== undefined;

/** Bytes a read value holds in memory, roughly (a number or null: 8). */
const valueBytes = (value: unknown) =>
  value instanceof Uint8Array ? value.length : typeof value === 'string' ? 2 * value.length : 8;

interface Spent {
  bytes: number;
}

function readLayer(
  db: Database.Database,
  layer: LayerRow,
  fileName: string,
  budget: GeoPackageBudget,
  spent: Spent,
): SourceTable {
  const name = excerpt(layer.table_name, 200);
  if (!tableExists(db, layer.table_name))
    return {
      format: 'geopackage',
      layer: name,
      columns: [],
      rows: [],
      notes: [ref(note.tableMissing, { table: excerpt(layer.table_name) })],
    };
  if (viewNotFollowed(db, layer.table_name))
    return {
      format: 'geopackage',
      layer: name,
      columns: [],
      rows: [],
      notes: [ref(note.viewNotFollowed, { table: excerpt(layer.table_name) })],
    };
  const crs = layerCrs(layer);
  const primaryKey = (
    db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk = 1`).get(layer.table_name) as
      { name: string } | undefined
  )?.name;
  const statement = db.prepare(
    `SELECT * FROM ${quoted(layer.table_name)}${primaryKey ? ` ORDER BY ${quoted(primaryKey)}` : ''}`,
  );
  const rows: SourceRow[] = [];
  let position = 0;
  for (const record of statement.iterate() as Iterable<Record<string, unknown>>) {
    position += 1;
    const properties: Record<string, unknown> = {};
    for (const value of Object.values(record)) spent.bytes += valueBytes(value);
    if (spent.bytes > budget.maxBytes) {
      throw new ImportError(
        fileName,
        ref(where.layer, { name }),
        ref(reason.dataTooLarge, { megabytes: Math.round(budget.maxBytes / 1024 / 1024) }),
      );
    }
    for (const [column, value] of Object.entries(record)) {
      if (column === layer.column_name || column === primaryKey) continue;
      properties[column] = value instanceof Uint8Array ? `(${value.length} bytes)` : value;
    }
    const blob = record[layer.column_name];
    if ('problem' in crs) {
      rows.push({ position, properties, geometry: null, problem: crs.problem });
      continue;
    }
    if (!(blob instanceof Uint8Array)) {
      rows.push({ position, properties, geometry: null, problem: ref(rowMessage.noGeometry) });
      continue;
    }
    try {
      const { geometry, hasZ, hasM } = decodeGeometry(blob);
      rows.push({
        position,
        properties,
        geometry: crs.transform ? reprojectGeometry(geometry, crs.transform) : geometry,
        ...(hasZ || hasM ? { ordinates: { z: hasZ, m: hasM } } : {}),
      });
    } catch (error) {
      const detail = excerpt((error as Error).message, 120);
      rows.push({ position, properties, geometry: null, problem: ref(rowMessage.geometryUnreadable, { detail }) });
    }
  }
  return {
    format: 'geopackage',
    layer: name,
    columns: collectColumns(rows, fileName),
    rows,
    notes: 'problem' in crs ? [] : crs.notes,
  };
}

/** A damaged database (SQLITE_CORRUPT, "file is not a database"…) names the file and layer. */
function damaged(fileName: string, layer: LayerRow, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError(
    fileName,
    ref(where.layer, { name: excerpt(layer.table_name) }),
    ref(reason.geoPackageDamaged, { detail: excerpt((error as Error).message, 120) }),
  );
}

/** Counts the features of the layers to be read, refusing the file past the budget. */
function checkFeatureCount(db: Database.Database, layers: readonly LayerRow[], fileName: string, maxRows: number) {
  let total = 0;
  for (const layer of layers) {
    try {
      if (!tableExists(db, layer.table_name) || viewNotFollowed(db, layer.table_name)) continue;
      total += db
        .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${quoted(layer.table_name)} LIMIT ?)`)
        .pluck()
        .get(maxRows - total + 1) as number;
    } catch (error) {
      throw damaged(fileName, layer, error);
    }
    if (total > maxRows) throw new ImportError(fileName, null, ref(reason.tooManyFeatures, { maximum: maxRows }));
  }
}

export function readGeoPackageLayers(file: string, fileName: string, budget: GeoPackageBudget = BUDGET): SourceTable[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ImportError(
      fileName,
      null,
      ref(reason.cannotOpenGeoPackage, { detail: excerpt((error as Error).message, 120) }),
    );
  }
  try {
    let layers: LayerRow[];
    try {
      layers = db
        .prepare(
          `SELECT g.table_name, g.column_name, g.srs_id, s.definition, s.organization, s.organization_coordsys_id
           FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name
           LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
           WHERE c.data_type = 'features' ORDER BY g.table_name`,
        )
        .all() as LayerRow[];
    } catch (error) {
      throw new ImportError(
        fileName,
        null,
        ref(reason.notFeatureGeoPackage, { detail: excerpt((error as Error).message, 120) }),
      );
    }
    if (layers.length === 0) throw new ImportError(fileName, null, ref(reason.noFeatureLayers));
    checkFeatureCount(db, layers, fileName, budget.maxRows);
    const spent: Spent = { bytes: 0 };
    return layers.map((layer) => {
      try {
        return readLayer(db, layer, fileName, budget, spent);
      } catch (error) {
        throw damaged(fileName, layer, error);
      }
    });
  } finally {
    db.close();
  }
}
