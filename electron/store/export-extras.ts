import Database from 'better-sqlite3';
import type { ExportExtra } from '../../shared/codecs/export/export-data.js';
import { registerGeoPackageFunctions } from './sqlite-functions.js';

// What a GeoPackage export may carry besides the (filtered) data: the project's street basemap
// (its OpenStreetMap vector tiles, so the copy opens on a street map offline) and its walking and
// cycling network (QGIS shows it as two layers; Itinera routes on it). Copied row for row from the
// project file, read through a read-only attachment beside the app's own connection.

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

const TABLES: Record<ExportExtra, readonly string[]> = {
  basemap: ['basemap_metadata', 'basemap_tiles'],
  network: ['network_nodes', 'network_edges'],
};

/** Copies the chosen extras of `projectFile` into the new GeoPackage `target` (one transaction). */
export function copyExportExtras(target: string, projectFile: string, include: readonly ExportExtra[]): void {
  if (include.length === 0) return;
  const db = new Database(target);
  try {
    // The layers' RTree triggers call GeoPackage's SQL functions.
    registerGeoPackageFunctions(db);
    // Only read: nothing below writes to `source` (SQLite takes no read-only flag on ATTACH
    // without URI file names).
    db.prepare('ATTACH DATABASE ? AS source').run(projectFile);
    const columns = (schema: string, table: string) =>
      (db.pragma(`${schema}.table_info(${quoteIdentifier(table)})`) as { name: string }[]).map((row) => row.name);
    db.transaction(() => {
      for (const table of include.flatMap((extra) => TABLES[extra])) {
        const present = new Set(columns('source', table));
        const shared = columns('main', table).filter((column) => present.has(column));
        if (shared.length === 0) continue;
        const list = shared.map(quoteIdentifier).join(', ');
        db.exec(
          `INSERT INTO main.${quoteIdentifier(table)} (${list}) SELECT ${list} FROM source.${quoteIdentifier(table)}`,
        );
        // The layer's extent and last change as the project has them (QGIS zooms to the extent).
        db.prepare(
          `UPDATE main.gpkg_contents SET (min_x, min_y, max_x, max_y, last_change) =
             (SELECT min_x, min_y, max_x, max_y, last_change FROM source.gpkg_contents WHERE table_name = ?)
           WHERE table_name = ? AND EXISTS (SELECT 1 FROM source.gpkg_contents WHERE table_name = ?)`,
        ).run(table, table, table);
      }
    })();
    db.exec('DETACH DATABASE source');
  } finally {
    db.close();
  }
}
