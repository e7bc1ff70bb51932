import Database from 'better-sqlite3';
import path from 'node:path';
import type { LineString } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import type { ProjectServiceImpl as ProjectService } from '../../../electron/services/core/project-service.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { decodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { RouteInputSchema, type Route } from '../../../shared/model/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The printed guide's surfaces and wheelchair access (issue #16) on the sample project: the old town
// walk crosses the pebblestone of Obere Landstraße (loose ground to OpenStreetMap, so no way for a
// wheelchair) and follows many streets whose surface the map does not record. Checked against the
// network read straight from the file: each stretch of the route by the way its middle lies on.

const ON_WAY_METRES = 0.05;

interface StoredEdge {
  line: [number, number][];
  tags: Record<string, string>;
}

/** Metres from a point to a line (local plane; fine at a few metres). */
function offLineMetres(point: [number, number], line: [number, number][]): number {
  const kx = 111_320 * Math.cos((point[1] * Math.PI) / 180);
  const ky = 110_574;
  let best = Infinity;
  for (let index = 1; index < line.length; index++) {
    const [ax, ay] = [(line[index - 1]![0] - point[0]) * kx, (line[index - 1]![1] - point[1]) * ky];
    const [bx, by] = [(line[index]![0] - point[0]) * kx, (line[index]![1] - point[1]) * ky];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/** Metres of the route's stretches whose middle lies on a way the test accepts. */
function metresOn(route: Route, edges: StoredEdge[], accept: (edge: StoredEdge) => boolean): number {
  let metres = 0;
  for (const leg of route.legs)
    for (let index = 1; index < leg.coordinates.length; index++) {
      const [a, b] = [leg.coordinates[index - 1]!, leg.coordinates[index]!];
      const middle: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const way = edges.find((edge) => offLineMetres(middle, edge.line) < ON_WAY_METRES);
      if (way && accept(way)) metres += geodesicDistanceMetres(a, b);
    }
  return metres;
}

describe('the printed guide’s surfaces and wheelchair access', { timeout: 60_000 }, () => {
  const file = path.join(tempDir('itinera-guide-ways-'), 'sample.gpkg');
  const host = createProjectHost();
  let service: ProjectService;
  let edges: StoredEdge[];
  let walk: Route;

  beforeAll(async () => {
    await writeSampleProject(file);
    const db = new Database(file, { readonly: true });
    edges = (db.prepare('SELECT geom, tags FROM network_edges').all() as { geom: Buffer; tags: string | null }[]).map(
      (row) => ({
        line: (decodeGeometry(row.geom).geometry as LineString).coordinates as [number, number][],
        tags: JSON.parse(row.tags ?? '{}') as Record<string, string>,
      }),
    );
    db.close();
    service = host.open(file);
    walk = service.listRoutes({})[0]!;
  });
  afterAll(() => host.close());

  const routeLike = (mode: Route['mode']) =>
    service.createRoute(
      RouteInputSchema.parse({ name: `${mode} route`, mode, stopPlaceIds: walk.stops.map((stop) => stop.placeId) }),
    );

  it('reports the sample walk’s unpaved stretch, the metres a wheelchair cannot use and the unknown surfaces', async () => {
    const { accessibility } = await service.getRouteGuide({ routeId: walk.id, language: null });
    const ways = accessibility.ways!;
    expect(ways).not.toBeNull();
    expect(ways.totalMetres).toBeGreaterThan(walk.lengthMetres - 2);
    expect(ways.totalMetres).toBeLessThan(walk.lengthMetres + 2);
    const unpaved = metresOn(walk, edges, (edge) => edge.tags.surface === 'pebblestone');
    // Obere Landstraße's pebblestone block (56 m) and part of the next.
    expect(unpaved).toBeGreaterThan(56);
    expect(ways.unpavedMetres).toBeCloseTo(unpaved, -0.5);
    expect(ways.cobblesMetres).toBe(0);
    // No steps on this walk: the pebblestone is all a wheelchair cannot use.
    expect(accessibility.steps.count).toBe(0);
    expect(ways.noWheelchairMetres).toBeCloseTo(unpaved, -0.5);
    expect(ways.limitedWheelchairMetres).toBe(0);
    const untagged = metresOn(walk, edges, (edge) => !edge.tags.surface);
    expect(untagged).toBeGreaterThan(ways.totalMetres / 2);
    expect(ways.unknownSurfaceMetres).toBeCloseTo(untagged, -0.5);
  });

  it('keeps a wheelchair route between the same stops off the ways a wheelchair cannot use', async () => {
    const route = routeLike('wheelchair');
    const ways = (await service.getRouteGuide({ routeId: route.id, language: null })).accessibility.ways!;
    expect(ways.totalMetres).toBeGreaterThan(500);
    expect(ways.noWheelchairMetres).toBe(0);
    expect(ways.unpavedMetres).toBe(0);
  });

  it('says the ways are not known for a route that follows no street (a driving route is not routed)', async () => {
    const route = routeLike('car');
    const { accessibility } = await service.getRouteGuide({ routeId: route.id, language: null });
    expect(accessibility.ways).toBeNull();
  });
});
