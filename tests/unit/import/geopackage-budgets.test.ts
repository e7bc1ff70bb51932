import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { readGeoPackageLayers } from '../../../electron/store/read-geopackage.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, ogr2ogr, writeText } from './import-helper.js';

// A GeoPackage's feature layer may be a view: one that could run without end (a recursive query,
// a view of views) is not followed, and said; a plain view is followed within the budgets. The
// features of all layers are counted before any is read (a 98 KB file whose view makes 6 million
// rows is refused at once, not after gigabytes), and the data read is counted as it comes.

const gdal = haveTools('ogrinfo');
const english = createTranslator('en');

/** A GeoPackage with a `points` layer of two places (by GDAL), then views registered as layers. */
function geoPackage(name: string, views: Record<string, string>): string {
  const dir = tempDir('itinera-gpkg-budget-');
  const source = writeText(
    dir,
    'points.geojson',
    featureCollection([
      feature({ name: 'Kunsthalle' }, { type: 'Point', coordinates: [15.6, 48.41] }),
      feature({ name: 'Minoritenkirche' }, { type: 'Point', coordinates: [15.59, 48.4] }),
    ]),
  );
  const file = path.join(dir, name);
  ogr2ogr(['-f', 'GPKG', file, source, '-nln', 'points']);
  const db = new Database(file);
  db.exec(
    `CREATE TABLE counter AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) SELECT i AS fid FROM n`,
  );
  for (const [view, sql] of Object.entries(views)) {
    db.exec(`CREATE VIEW ${view} AS ${sql}`);
    db.prepare(
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 4326)",
    ).run(view, view);
    db.prepare(
      "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (?, 'geom', 'POINT', 4326, 0, 0)",
    ).run(view);
  }
  db.close();
  return file;
}

const ONE_POINT = '(SELECT geom FROM points LIMIT 1)';

describe.runIf(gdal)('GeoPackage budgets', () => {
  it('does not follow a recursive view or a view of views, says so, and reads the other layers', () => {
    const file = geoPackage('views.gpkg', {
      endless: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS fid, ${ONE_POINT} AS geom FROM n`,
      plain: `SELECT fid, geom, name FROM points`,
      hidden: `SELECT fid, geom FROM plain`,
    });
    const started = Date.now();
    const layers = readGeoPackageLayers(file, 'views.gpkg');
    expect(Date.now() - started).toBeLessThan(5_000);
    const byName = new Map(layers.map((layer) => [layer.layer, layer]));
    expect(byName.get('points')?.rows).toHaveLength(2);
    expect(byName.get('plain')?.rows.map((row) => row.properties.name)).toEqual(['Kunsthalle', 'Minoritenkirche']);
    for (const name of ['endless', 'hidden']) {
      const layer = byName.get(name)!;
      expect(layer.rows).toEqual([]);
      expect(layer.notes.map((entry) => english.t(entry))).toEqual([
        `the layer "${name}" is a view Itinera does not follow (a recursive query or a view of views): nothing imported from it; export it into a plain table first`,
      ]);
    }
  });

  it('refuses a small file whose plain view makes 6 million features before reading any', () => {
    const file = geoPackage('many.gpkg', {
      many: `SELECT a.fid * 10000 + b.fid AS fid, ${ONE_POINT} AS geom FROM counter a, counter b`,
    });
    const started = Date.now();
    expect(() => readGeoPackageLayers(file, 'many.gpkg')).toThrow('many.gpkg: more than 5000000 features');
    // Counting (at most one past the limit) takes a second or two; reading them took minutes and GBs.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('counts the features of all layers together, and stops when their data outgrows the budget', () => {
    const file = geoPackage('budget.gpkg', {
      copy: `SELECT fid, geom, name FROM points`,
      wide: `SELECT fid, ${ONE_POINT} AS geom, printf('%.*c', 600000, 'x') AS note FROM counter`,
    });
    expect(() => readGeoPackageLayers(file, 'budget.gpkg', { maxRows: 3, maxBytes: 1e9 })).toThrow(
      'budget.gpkg: more than 3 features',
    );
    expect(() => readGeoPackageLayers(file, 'budget.gpkg', { maxRows: 10_000, maxBytes: 10 * 1024 * 1024 })).toThrow(
      'budget.gpkg, layer "wide": its features hold more than 10 MB of data',
    );
  });
});
