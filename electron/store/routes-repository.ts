import type Database from 'better-sqlite3';
import type { LineString } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Route, RouteStop } from '../../shared/model/schemas.js';
import { toBlob } from './sqlite-functions.js';

interface RouteRow {
  id: number;
  geom: Buffer;
  name: string;
  mode: Route['mode'];
  description: string;
}

export type StoredRoute = Omit<Route, 'lengthMetres'>;

export function createRoutesRepository(db: Database.Database) {
  const statements = {
    all: db.prepare<[], RouteRow>('SELECT * FROM routes ORDER BY id'),
    byId: db.prepare<[number], RouteRow>('SELECT * FROM routes WHERE id = ?'),
    insert: db.prepare('INSERT INTO routes (geom, name, mode, description) VALUES (@geom, @name, @mode, @description)'),
    setGeometry: db.prepare(
      "UPDATE routes SET geom = @geom, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id",
    ),
    stops: db.prepare<[number], { related_id: number; position: number }>(
      'SELECT related_id, position FROM route_stops WHERE base_id = ? ORDER BY position, id',
    ),
    insertStop: db.prepare('INSERT INTO route_stops (base_id, related_id, position) VALUES (?, ?, ?)'),
    routesWithPlace: db.prepare<[number], { id: number }>(
      'SELECT DISTINCT base_id AS id FROM route_stops WHERE related_id = ?',
    ),
    countStopsOfPlace: db.prepare<[number], { count: number }>(
      'SELECT count(*) AS count FROM route_stops WHERE related_id = ?',
    ),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM routes'),
  };

  function rowToRoute(row: RouteRow): StoredRoute {
    const stops: RouteStop[] = statements.stops
      .all(row.id)
      .map((stop) => ({ placeId: stop.related_id, position: stop.position }));
    const geometry = decodeGeometry(row.geom).geometry as LineString;
    return {
      id: row.id,
      name: row.name,
      mode: row.mode,
      description: row.description,
      stops,
      geometry: { type: 'LineString', coordinates: geometry.coordinates as [number, number][] },
    };
  }

  return {
    list(): StoredRoute[] {
      return statements.all.all().map(rowToRoute);
    },
    get(id: number): StoredRoute | undefined {
      const row = statements.byId.get(id);
      return row ? rowToRoute(row) : undefined;
    },
    insert(route: { name: string; mode: string; description: string; stopPlaceIds: number[] }, line: LineString) {
      const result = statements.insert.run({
        geom: toBlob(encodeGeometry(line)),
        name: route.name,
        mode: route.mode,
        description: route.description,
      });
      const id = Number(result.lastInsertRowid);
      route.stopPlaceIds.forEach((placeId, index) => statements.insertStop.run(id, placeId, index + 1));
      return this.get(id) as StoredRoute;
    },
    setGeometry(id: number, line: LineString): void {
      statements.setGeometry.run({ id, geom: toBlob(encodeGeometry(line)) });
    },
    routeIdsWithPlace(placeId: number): number[] {
      return statements.routesWithPlace.all(placeId).map((row) => row.id);
    },
    countStopsOfPlace(placeId: number): number {
      return statements.countStopsOfPlace.get(placeId)?.count ?? 0;
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
  };
}
export type RoutesRepository = ReturnType<typeof createRoutesRepository>;
