import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import type { RoutePlan } from '../../../shared/api/routes.js';
import { itinera, ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { makeDemMbtiles } from '../../helpers/tile-files.js';
import { haveTools, IN_CI } from '../../helpers/tools.js';

// `itinera route` and `itinera elevation` on every OpenStreetMap extract beside the project
// (../shared/data/osm, © OpenStreetMap contributors, ODbL), as a user runs them.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');
const extracts = fs.existsSync(EXTRACTS)
  ? fs.readdirSync(EXTRACTS).filter((name) => /\.osm(\.gz|\.pbf)?$/.test(name))
  : [];
if (extracts.length === 0 && IN_CI) throw new Error(`CI=true and no OSM extract in ${EXTRACTS}`);

/** Two junctions of the imported network far apart in its middle, as "LON,LAT" (the network's most connected part). */
function twoJunctions(file: string): [string, string] {
  const db = new Database(file, { readonly: true });
  const rows = (
    db
      .prepare(
        `SELECT n.geom FROM network_nodes n
         WHERE (SELECT count(*) FROM network_edges e WHERE e.from_node = n.id OR e.to_node = n.id) >= 3 ORDER BY n.id`,
      )
      .all() as { geom: Buffer }[]
  ).map((row) => {
    const [x, y] = (decodeGeometry(row.geom).geometry as Point).coordinates as [number, number];
    return { x, y };
  });
  db.close();
  const xs = rows.map((row) => row.x).sort((a, b) => a - b);
  const ys = rows.map((row) => row.y).sort((a, b) => a - b);
  const centre = [xs[Math.floor(xs.length / 2)]!, ys[Math.floor(ys.length / 2)]!];
  const near = (dx: number) =>
    rows.reduce((best, row) =>
      Math.hypot(row.x - centre[0]! - dx, row.y - centre[1]!) <
      Math.hypot(best.x - centre[0]! - dx, best.y - centre[1]!)
        ? row
        : best,
    );
  const [a, b] = [near(-0.004), near(0.004)];
  return [`${a.x},${a.y}`, `${b.x},${b.y}`];
}

describe.each(extracts)('itinera route on %s', (extract) => {
  it('routes between positions along the network, orders stops, and says when there is no elevation file', () => {
    const file = path.join(tempDir('itinera-route-cli-'), 'project.gpkg');
    expect(itinera(['new', file]).status).toBe(0);
    expect(itinera(['import-osm', file, path.join(EXTRACTS, extract)]).status).toBe(0);
    // NOTE: itinera() pins English (LC_ALL) so the text below can be read.
    const [from, to] = twoJunctions(file);
    const text = itinera(['route', file, '--via', `${from};${to}`]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^[\d.,]+ km, \d+ minutes?/);
    expect(text.stdout).toMatch(/Leg 1: /);
    const json = itinera(['route', file, '--via', `${from};${to};${from}`, '--json', '--profile', 'bicycle']);
    expect(json.status, json.stderr).toBe(0);
    const plan = JSON.parse(json.stdout) as RoutePlan;
    expect(plan.lengthMetres).toBeGreaterThan(0);
    expect(plan.geometry.type).toBe('LineString');
    expect(plan.legs).toHaveLength(2);
    const round = JSON.parse(
      itinera(['route', file, '--via', `${from};${to};${from}`, '--order', 'round', '--json']).stdout,
    ) as RoutePlan;
    expect(round.order[0]).toBe(0);
    expect(round.given).not.toBeNull();

    const none = itinera(['elevation', file, '--at', from]);
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/no elevation file/);
  }, 120_000);
});

describe('itinera route with a stored route, and itinera elevation with an elevation file', () => {
  it('routes a stored route again with --save, and prints the height or says there is no data there', () => {
    const dir = tempDir('itinera-route-cli-');
    const file = path.join(dir, 'sample.gpkg');
    expect(itinera(['sample', file]).status).toBe(0);
    const saved = itinera(['route', file, '--route', '1', '--save']);
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^Routed “Old town heritage walk” again\./);
    const refused = itinera(['route', file, '--via', '15.6,48.41']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/needs --via with at least two positions/);

    const dem = makeDemMbtiles(dir, {
      encoding: 'terrarium',
      area: [15.59, 48.404, 15.62, 48.42],
      name: 'krems.mbtiles',
    });
    expect(itinera(['add-basemap', file, dem]).status).toBe(0);
    const height = itinera(['elevation', file, '--at', '15.605,48.412']);
    expect(height.status, height.stderr).toBe(0);
    expect(height.stdout).toMatch(/^[\d.,]+ m$/m);
    const outside = itinera(['elevation', file, '--at', '2.35,48.85']);
    expect(outside.status).toBe(1);
    expect(outside.stdout).toMatch(/has no data at 2\.35, 48\.85/);
  }, 120_000);
});

describe('the routed line out of the app: GPX', () => {
  it.runIf(haveTools('gpsbabel'))(
    'writes a track along the streets with heights, read by GPSBabel',
    () => {
      const dir = tempDir('itinera-route-gpx-');
      const file = path.join(dir, 'sample.gpkg');
      expect(itinera(['sample', file]).status).toBe(0);
      const dem = makeDemMbtiles(dir, {
        encoding: 'terrarium',
        area: [15.59, 48.404, 15.62, 48.42],
        name: 'krems.mbtiles',
      });
      expect(itinera(['add-basemap', file, dem]).status).toBe(0);
      const gpx = path.join(dir, 'walk.gpx');
      expect(itinera(['export', file, '--format', 'gpx', gpx]).status).toBe(0);
      // GPSBabel reads the file and writes it again: what it understood.
      const normalized = path.join(dir, 'normalized.gpx');
      execFileSync('gpsbabel', ['-t', '-r', '-w', '-i', 'gpx', '-f', gpx, '-o', 'gpx', '-F', normalized]);
      const text = fs.readFileSync(normalized, 'utf8');
      const trackPoints = text.match(/<trkpt /g)?.length ?? 0;
      const routePoints = text.match(/<rtept /g)?.length ?? 0;
      const heights = [...text.matchAll(/<trkpt [^>]*>\s*<ele>([\d.-]+)<\/ele>/g)].map((match) => Number(match[1]));
      expect(routePoints).toBe(5);
      expect(trackPoints).toBeGreaterThan(routePoints * 4);
      expect(heights.length).toBe(trackPoints);
      expect(Math.min(...heights)).toBeGreaterThan(150);
    },
    120_000,
  );
});
