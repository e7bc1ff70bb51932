import type Database from 'better-sqlite3';
import type { LineString } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Route, RouteStop } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';
import { toBlob } from './sqlite-functions.js';

interface RouteRow {
  id: number;
  geom: Buffer;
  name: string;
  mode: Route['mode'];
  description: string;
}

export type StoredRoute = Omit<Route, 'lengthMetres'>;

export function createRoutesRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    all: db.prepare<[], RouteRow>('SELECT * FROM routes ORDER BY id'),
    byId: db.prepare<[number], RouteRow>('SELECT * FROM routes WHERE id = ?'),
    insert: db.prepare('INSERT INTO routes (geom, name, mode, description) VALUES (@geom, @name, @mode, @description)'),
    setGeometry: db.prepare(
      "UPDATE routes SET geom = @geom, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id",
    ),
    update: db.prepare(
      `UPDATE routes SET geom = @geom, name = @name, mode = @mode, description = @description,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM routes WHERE id = ?'),
    stopIds: db.prepare<[number], { id: number }>('SELECT id FROM route_stops WHERE base_id = ?'),
    removeStop: db.prepare<[number]>('DELETE FROM route_stops WHERE id = ?'),
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
      journal?.created('routes', id);
      this.insertStops(id, route.stopPlaceIds);
      return this.get(id) as StoredRoute;
    },
    insertStops(routeId: number, placeIds: readonly number[]): void {
      placeIds.forEach((placeId, index) => {
        const stop = statements.insertStop.run(routeId, placeId, index + 1);
        journal?.created('route_stops', Number(stop.lastInsertRowid));
      });
    },
    /** Replaces a route's fields, line and (when given) its stops. */
    update(
      id: number,
      route: { name: string; mode: string; description: string; stopPlaceIds?: readonly number[] },
      line: LineString,
    ): StoredRoute {
      journal?.track('routes', id);
      statements.update.run({
        id,
        geom: toBlob(encodeGeometry(line)),
        name: route.name,
        mode: route.mode,
        description: route.description,
      });
      if (route.stopPlaceIds) {
        for (const { id: stopId } of statements.stopIds.all(id)) {
          journal?.trackDelete('route_stops', stopId);
          statements.removeStop.run(stopId);
        }
        this.insertStops(id, route.stopPlaceIds);
      }
      return this.get(id) as StoredRoute;
    },
    remove(id: number): boolean {
      journal?.trackDelete('routes', id);
      return statements.remove.run(id).changes > 0;
    },
    setGeometry(id: number, line: LineString): void {
      journal?.track('routes', id);
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
