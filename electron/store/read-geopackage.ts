import Database from 'better-sqlite3';
import { decodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import { reprojectGeometry, transformToWgs84 } from '../../shared/codecs/import/reproject.js';
import {
  collectColumns,
  ImportError,
  type SourceRow,
  type SourceTable,
} from '../../shared/codecs/import/source-table.js';
import { messageRef as ref } from '../../shared/i18n/define-messages.js';
import {
  importReasonMessages as reason,
  importWhereMessages as where,
} from '../../shared/i18n/messages/transfer-reasons.js';

// Reads the feature layers of any GeoPackage (QGIS's, GDAL's, another Itinera project) for import,
// reprojecting to WGS84 from each layer's gpkg_spatial_ref_sys definition. Read-only.

interface LayerRow {
  table_name: string;
  column_name: string;
  srs_id: number;
  definition: string | null;
  organization: string | null;
  organization_coordsys_id: number | null;
}

export function readGeoPackageLayers(file: string, fileName: string): SourceTable[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ImportError(fileName, null, ref(reason.cannotOpenGeoPackage, { detail: (error as Error).message }));
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
      throw new ImportError(fileName, null, ref(reason.notFeatureGeoPackage, { detail: (error as Error).message }));
    }
    if (layers.length === 0) throw new ImportError(fileName, null, ref(reason.noFeatureLayers));
    return layers.map((layer) => {
      const isWgs84 =
        (layer.organization?.toUpperCase() === 'EPSG' && layer.organization_coordsys_id === 4326) ||
        layer.srs_id === 4326;
      const transform = isWgs84 ? null : transformToWgs84(layer.definition ?? '');
      if (!isWgs84 && !transform) {
        throw new ImportError(
          fileName,
          ref(where.layer, { name: layer.table_name }),
          ref(reason.unknownLayerCrs, { srsId: String(layer.srs_id) }),
        );
      }
      const primaryKey = (
        db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk = 1`).get(layer.table_name) as
          { name: string } | undefined
      )?.name;
      const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const statement = db.prepare(
        `SELECT * FROM ${quoted(layer.table_name)}${primaryKey ? ` ORDER BY ${quoted(primaryKey)}` : ''}`,
      );
      const rows: SourceRow[] = [];
      let position = 0;
      for (const record of statement.iterate() as Iterable<Record<string, unknown>>) {
        position += 1;
        const properties: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(record)) {
          if (column === layer.column_name || column === primaryKey) continue;
          properties[column] = value instanceof Uint8Array ? `(${value.length} bytes)` : value;
        }
        const blob = record[layer.column_name];
        if (!(blob instanceof Uint8Array)) {
          rows.push({ position, properties, geometry: null, problem: 'no geometry' });
          continue;
        }
        try {
          const { geometry } = decodeGeometry(blob);
          rows.push({ position, properties, geometry: transform ? reprojectGeometry(geometry, transform) : geometry });
        } catch (error) {
          rows.push({ position, properties, geometry: null, problem: (error as Error).message });
        }
      }
      return {
        format: 'geopackage' as const,
        layer: layer.table_name,
        columns: collectColumns(rows),
        rows,
        notes: transform
          ? [`reprojected to WGS84 from ${layer.organization ?? ''}:${layer.organization_coordsys_id ?? layer.srs_id}`]
          : [],
      };
    });
  } finally {
    db.close();
  }
}
