import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, importInto, ogr2ogr, writeText } from './import-helper.js';

// Coordinate systems as the GeoPackage standard defines them, judged per layer (one odd layer
// does not refuse the file), and positions a hair beyond ±180°/±90° (floating-point overshoot,
// as Natural Earth's Russia and Antarctica have) moved onto the edge instead of dropped.

const dir = tempDir('itinera-crs-');
const gdal = haveTools('ogrinfo');

const squareAt = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

describe.runIf(gdal)('GeoPackage coordinate systems, layer by layer', () => {
  it('reads srs_id 0 as WGS84, lists srs_id -1 and unknown systems as skipped, notes a missing table, imports the rest', async () => {
    const source = writeText(
      dir,
      'layers.geojson',
      featureCollection([
        feature({ name: 'Kunsthalle' }, { type: 'Point', coordinates: [15.6, 48.41] }),
        feature({ name: 'Altstadt' }, squareAt(15.6, 48.4)),
      ]),
    );
    const file = path.join(dir, 'layers.gpkg');
    for (const layer of ['wgs84', 'undefined_geographic', 'undefined_cartesian', 'odd_crs'])
      ogr2ogr(['-f', 'GPKG', ...(layer === 'wgs84' ? [] : ['-update']), file, source, '-nln', layer]);
    const db = new Database(file);
    const setSrs = (table: string, srsId: number) => {
      db.prepare('UPDATE gpkg_geometry_columns SET srs_id = ? WHERE table_name = ?').run(srsId, table);
      db.prepare('UPDATE gpkg_contents SET srs_id = ? WHERE table_name = ?').run(srsId, table);
    };
    setSrs('undefined_geographic', 0);
    setSrs('undefined_cartesian', -1);
    db.prepare(
      `INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)
       VALUES ('nonsense', 990001, 'NONE', 990001, 'PROJCS["broken"')`,
    ).run();
    setSrs('odd_crs', 990001);
    // gpkg_contents lists a table the file does not have.
    db.prepare(
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('ghost', 'features', 'ghost', 4326)",
    ).run();
    db.prepare(
      "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES ('ghost', 'geom', 'POINT', 4326, 0, 0)",
    ).run();
    db.close();

    const imported = await importInto(dir, file);
    // Both readable layers (srs_id 4326 and 0) are imported in full.
    expect(imported.places.map((place) => place.name)).toEqual(['Kunsthalle', 'Kunsthalle']);
    expect(imported.quarters).toHaveLength(2);
    expect(imported.places[1]).toMatchObject({ longitude: 15.6, latitude: 48.41 });
    expect(imported.notes).toEqual([
      'gpkg_contents lists the table "ghost", but the file has no such table: nothing to import from it',
      'undefined geographic coordinate reference system (srs_id 0): positions read as WGS84 longitude/latitude',
    ]);
    // Every feature not imported is listed, by layer, with why.
    expect(imported.result.skipped.map((problem) => problem.layer)).toEqual([
      'odd_crs',
      'odd_crs',
      'undefined_cartesian',
      'undefined_cartesian',
    ]);
    expect(imported.skipped).toEqual([
      '#1: unknown CRS (srs_id 990001): its definition cannot be read',
      '#2: unknown CRS (srs_id 990001): its definition cannot be read',
      expect.stringMatching(/^#1: the layer’s coordinate reference system is undefined Cartesian \(srs_id -1\)/),
      expect.stringMatching(/^#2: the layer’s coordinate reference system is undefined Cartesian/),
    ]);
  });
});

describe('positions a hair beyond ±180° and ±90°', () => {
  it('are moved onto the edge (Russia to 180.0000019°, Antarctica to -90.0000005°), said in a note', async () => {
    const russia = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179.5, 65],
            [180.0000019, 65],
            [180.0000019, 66],
            [179.5, 66],
            [179.5, 65],
          ],
        ],
        [
          [
            [-180.0000019, 65],
            [-179.5, 65],
            [-179.5, 66],
            [-180.0000019, 66],
            [-180.0000019, 65],
          ],
        ],
      ],
    };
    const antarctica = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -90.0000005],
          [180, -90.0000005],
          [180, -85],
          [-180, -85],
          [-180, -90.0000005],
        ],
      ],
    };
    const file = writeText(
      dir,
      'world.geojson',
      featureCollection([
        feature({ name: 'Russia' }, russia),
        feature({ name: 'Antarctica' }, antarctica),
        feature({ name: 'Too far' }, { type: 'Point', coordinates: [180.01, 0] }),
      ]),
    );
    const imported = await importInto(dir, file);
    expect(imported.quarters.map((quarter) => quarter.name).sort()).toEqual([
      'Antarctica',
      'Russia (part 1)',
      'Russia (part 2)',
    ]);
    const corners = imported.quarters.flatMap((quarter) => quarter.geometry.coordinates.flat());
    expect(Math.max(...corners.map(([longitude]) => longitude!))).toBe(180);
    expect(Math.min(...corners.map(([longitude]) => longitude!))).toBe(-180);
    expect(Math.min(...corners.map(([, latitude]) => latitude!))).toBe(-90);
    expect(imported.notes).toContainEqual(
      '8 positions lie beyond ±180° or ±90° by a millionth or less (rounding in the file): moved onto that edge',
    );
    // Beyond rounding, a position is still refused, with its value.
    expect(imported.skipped).toEqual(['#3: invalid coordinate: longitude 180.01 is outside -180..180']);
  });

  it.runIf(gdal)('a world outline GDAL wrote in Web Mercator comes back to exactly ±180°', async () => {
    const source = writeText(
      dir,
      'band.geojson',
      featureCollection([
        feature(
          { name: 'Band' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [-180, -60],
                [180, -60],
                [180, 60],
                [-180, 60],
                [-180, -60],
              ],
            ],
          },
        ),
      ]),
    );
    const file = path.join(dir, 'band-3857.gpkg');
    ogr2ogr(['-f', 'GPKG', file, source, '-t_srs', 'EPSG:3857']);
    const imported = await importInto(dir, file);
    expect(imported.skipped).toEqual([]);
    const longitudes = imported.quarters[0]!.geometry.coordinates[0]!.map(([longitude]) => longitude);
    expect(Math.max(...longitudes)).toBeCloseTo(180, 9);
    expect(Math.min(...longitudes)).toBeCloseTo(-180, 9);
  });
});
