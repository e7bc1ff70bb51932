import Database from 'better-sqlite3';
import path from 'node:path';
import type { LineString } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type RouteDetails, type RoutePlan } from '../../../shared/api/contract.js';
import type { Place, Route } from '../../../shared/model/schemas.js';
import type { PlaceAlong, TourProposal } from '../../../shared/api/routes.js';
import { decodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { createProjectHost, type ProjectHost } from '../../../electron/services/core/project-host.js';
import { itinera, ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { makeDemMbtiles } from '../../helpers/tile-files.js';

// Routes through the API on a real network: the sample's OpenStreetMap clip of Krems
// (data/sample/krems-old-town.osm.pbf, © OpenStreetMap contributors, ODbL), imported by the CLI.

const CLIP = path.join(ROOT, 'data', 'sample', 'krems-old-town.osm.pbf');
const KREMS: [number, number, number, number] = [15.59, 48.404, 15.62, 48.42];

/** Metres from a position to the nearest network edge (local plane; fine at these distances). */
function nearestEdgeMetres(position: [number, number], edges: [number, number][][]): number {
  const kx = 111_320 * Math.cos((position[1] * Math.PI) / 180);
  const ky = 110_574;
  let best = Infinity;
  for (const line of edges) {
    for (let index = 1; index < line.length; index++) {
      const [ax, ay] = [(line[index - 1]![0] - position[0]) * kx, (line[index - 1]![1] - position[1]) * ky];
      const [bx, by] = [(line[index]![0] - position[0]) * kx, (line[index]![1] - position[1]) * ky];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

describe('routes along the streets (the API on a real network)', () => {
  const file = path.join(tempDir('itinera-routes-'), 'krems.gpkg');
  let host: ProjectHost;
  let edges: [number, number][][];
  const stops: Place[] = [];
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const answer = await host.dispatch(channel, payload);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };

  beforeAll(async () => {
    expect(itinera(['new', file]).status).toBe(0);
    expect(itinera(['import-osm', file, CLIP]).status).toBe(0);
    const db = new Database(file, { readonly: true });
    edges = (db.prepare('SELECT geom FROM network_edges').all() as { geom: Buffer }[]).map(
      (row) => (decodeGeometry(row.geom).geometry as LineString).coordinates as [number, number][],
    );
    db.close();
    host = createProjectHost();
    host.open(file);
    const positions: [string, number, number][] = [
      ['Steiner Tor', 15.5995, 48.413],
      ['Dreifaltigkeitsplatz', 15.6005, 48.4103],
      ['Göglstraße', 15.6057, 48.4106],
      ['Wachtertor', 15.609, 48.412],
    ];
    for (const [name, longitude, latitude] of positions)
      stops.push(await call<Place>(CHANNELS.createPlace, { name, category: 'heritage-site', longitude, latitude }));
  }, 120_000);
  afterAll(() => host?.close());

  it('routes a route through its stops along the network: every vertex on an edge, length and time', async () => {
    const route = await call<Route>(CHANNELS.createRoute, {
      name: 'Old town',
      stopPlaceIds: stops.map((stop) => stop.id),
    });
    expect(route.legs).toHaveLength(3);
    expect(route.legs.every((leg) => leg.kind === 'network')).toBe(true);
    expect(route.geometry.coordinates.length).toBeGreaterThan(20);
    for (const position of route.geometry.coordinates) expect(nearestEdgeMetres(position, edges)).toBeLessThan(1);
    // Longer than the straight lines between the stops, and walked at 5 km/h.
    let straight = 0;
    for (let index = 1; index < stops.length; index++) {
      const [a, b] = [stops[index - 1]!, stops[index]!];
      straight += Math.hypot((a.longitude - b.longitude) * 73_900, (a.latitude - b.latitude) * 110_574);
    }
    expect(route.lengthMetres).toBeGreaterThan(straight);
    expect(route.durationSeconds / route.lengthMetres).toBeCloseTo(3.6 / 5, 1);
    expect(route.legs[0]!.directions[0]).toMatchObject({ kind: 'depart' });
  });

  it('routes again when the stops are reordered or one moves, and undo restores the line', async () => {
    const [route] = await call<Route[]>(CHANNELS.listRoutes, {});
    const reordered = await call<Route>(CHANNELS.updateRoute, {
      id: route!.id,
      changes: { stopPlaceIds: [stops[0]!.id, stops[2]!.id, stops[1]!.id, stops[3]!.id] },
    });
    expect(reordered.lengthMetres).not.toBeCloseTo(route!.lengthMetres, 0);
    await call(CHANNELS.undo, {});
    const [restored] = await call<Route[]>(CHANNELS.listRoutes, {});
    expect(restored!.geometry.coordinates).toEqual(route!.geometry.coordinates);
    // A stop moves: the routes through it follow (the places' event), in the same undo step.
    await call(CHANNELS.updatePlace, { id: stops[1]!.id, changes: { longitude: 15.6012, latitude: 48.4115 } });
    const [moved] = await call<Route[]>(CHANNELS.listRoutes, {});
    expect(moved!.geometry.coordinates).not.toEqual(route!.geometry.coordinates);
    for (const position of moved!.geometry.coordinates) expect(nearestEdgeMetres(position, edges)).toBeLessThan(1);
    await call(CHANNELS.undo, {});
    const [back] = await call<Route[]>(CHANNELS.listRoutes, {});
    expect(back!.geometry.coordinates).toEqual(route!.geometry.coordinates);
  });

  it('finds the best order of the stops, exactly up to 12, and says what it saves', async () => {
    const given = [stops[0]!, stops[2]!, stops[1]!, stops[3]!].map((stop) => ({ placeId: stop.id }));
    const plan = await call<RoutePlan>(CHANNELS.planRoute, { stops: given, order: 'open' });
    expect(plan.exact).toBe(true);
    expect(plan.order[0]).toBe(0);
    expect(plan.lengthMetres).toBeLessThan(plan.given!.lengthMetres);
    const round = await call<RoutePlan>(CHANNELS.planRoute, { stops: given, order: 'round' });
    expect(round.order[0]).toBe(0);
    expect(round.order[round.order.length - 1]).toBe(0);
  });

  it('lists the places along a route by walking distance, and proposes a round trip of a given time', async () => {
    const [route] = await call<Route[]>(CHANNELS.listRoutes, {});
    const along = await call<PlaceAlong[]>(CHANNELS.placesAlongRoute, { id: route!.id, withinMetres: 150 });
    expect(
      along
        .filter((entry) => entry.isStop)
        .map((entry) => entry.place.id)
        .sort(),
    ).toEqual(stops.map((stop) => stop.id).sort());
    expect(along.every((entry) => entry.distanceMetres <= 150)).toBe(true);
    const tour = await call<TourProposal>(CHANNELS.proposeTour, { startPlaceId: stops[0]!.id, minutes: 45 });
    expect(tour.stopPlaceIds[0]).toBe(stops[0]!.id);
    expect(tour.stopPlaceIds[tour.stopPlaceIds.length - 1]).toBe(stops[0]!.id);
    expect(tour.stopPlaceIds.length).toBeGreaterThan(2);
    expect(tour.durationSeconds).toBeLessThanOrEqual(45 * 60 * 1.1);
  });

  it('plans arrivals from a start time and visit minutes, and measures climbs once an elevation file is added', async () => {
    const [route] = await call<Route[]>(CHANNELS.listRoutes, {});
    await call(CHANNELS.updateRoute, { id: route!.id, changes: { startTime: '10:00', visitMinutes: [15, 20, 0, 0] } });
    const details = await call<RouteDetails>(CHANNELS.getRouteDetails, { id: route!.id });
    expect(details.elevation).toBeNull();
    expect(details.schedule!.map((stop) => stop.stop)).toEqual([0, 1, 2, 3]);
    expect(details.schedule![0]).toMatchObject({ arrival: '10:00', departure: '10:15' });
    const times = details.schedule!.map((stop) => stop.arrival);
    expect([...times].sort()).toEqual(times);

    const dem = makeDemMbtiles(tempDir('itinera-dem-'), {
      encoding: 'terrarium',
      area: KREMS,
      name: 'krems-dem.mbtiles',
    });
    const staged = await call<{ stagedId: string }>(CHANNELS.stageBasemapFile, {
      fileName: 'krems-dem.mbtiles',
      contentBase64: (await import('node:fs')).readFileSync(dem).toString('base64'),
    });
    await call(CHANNELS.addBasemapFile, { stagedId: staged.stagedId });
    const measured = await call<RouteDetails>(CHANNELS.getRouteDetails, { id: route!.id });
    expect(measured.elevation!.ascentMetres).toBeGreaterThan(0);
    expect(measured.elevation!.points.every((point) => point.elevation !== null)).toBe(true);
    expect(await call(CHANNELS.elevationAt, { longitude: 15.605, latitude: 48.412 })).toMatchObject({
      hasElevationFile: true,
      metres: expect.any(Number),
    });
    expect(await call(CHANNELS.elevationAt, { longitude: 2.35, latitude: 48.85 })).toEqual({
      hasElevationFile: true,
      metres: null,
    });
  });
});
