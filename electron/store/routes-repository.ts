import type Database from 'better-sqlite3';
import type { LineString } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Route, RouteLeg, RouteStop, RouteVia, TranslationChanges } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';
import { parseCustomFields } from './quarters-repository.js';
import type { TranslationsRepository } from './translations-repository.js';
import { toBlob } from './sqlite-functions.js';

interface RouteRow {
  id: number;
  geom: Buffer;
  name: string;
  mode: Route['mode'];
  description: string;
  legs: string;
  vias: string;
  speed_kmh: number | null;
  start_time: string | null;
  custom_fields: string | null;
}

export type StoredRoute = Omit<Route, 'lengthMetres' | 'durationSeconds'>;

/** What a route is made of, as written: its fields, stops and the line routed through them. */
export interface RouteRecord {
  name: string;
  mode: string;
  description: string;
  stopPlaceIds: readonly number[];
  visitMinutes: readonly number[];
  vias: readonly RouteVia[];
  speedKmh: number | null;
  startTime: string | null;
  /** Attributes from an imported file; routes made in the app have none. */
  customFields?: Route['customFields'];
  /** Written language by language; languages not named stay. */
  translations?: TranslationChanges | undefined;
}

/** JSON another program wrote badly reads as nothing rather than breaking the route. */
function parseList<T>(text: string): T[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

export function createRoutesRepository(
  db: Database.Database,
  journal?: EditJournal,
  translations?: TranslationsRepository,
) {
  const statements = {
    all: db.prepare<[], RouteRow>('SELECT * FROM routes ORDER BY id'),
    byId: db.prepare<[number], RouteRow>('SELECT * FROM routes WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO routes (geom, name, mode, description, legs, vias, speed_kmh, start_time, custom_fields)
       VALUES (@geom, @name, @mode, @description, @legs, @vias, @speedKmh, @startTime, @customFields)`,
    ),
    setLine: db.prepare(
      "UPDATE routes SET geom = @geom, legs = @legs, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id",
    ),
    update: db.prepare(
      `UPDATE routes SET geom = @geom, name = @name, mode = @mode, description = @description, legs = @legs,
         vias = @vias, speed_kmh = @speedKmh, start_time = @startTime,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM routes WHERE id = ?'),
    stopIds: db.prepare<[number], { id: number }>('SELECT id FROM route_stops WHERE base_id = ?'),
    removeStop: db.prepare<[number]>('DELETE FROM route_stops WHERE id = ?'),
    stops: db.prepare<[number], { related_id: number; position: number; visit_minutes: number }>(
      'SELECT related_id, position, visit_minutes FROM route_stops WHERE base_id = ? ORDER BY position, id',
    ),
    insertStop: db.prepare(
      'INSERT INTO route_stops (base_id, related_id, position, visit_minutes) VALUES (?, ?, ?, ?)',
    ),
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
      .map((stop) => ({ placeId: stop.related_id, position: stop.position, visitMinutes: stop.visit_minutes }));
    const geometry = decodeGeometry(row.geom).geometry as LineString;
    const texts = translations?.of(row.id);
    return {
      id: row.id,
      name: row.name,
      mode: row.mode,
      description: row.description,
      stops,
      vias: parseList<RouteVia>(row.vias),
      speedKmh: row.speed_kmh,
      startTime: row.start_time,
      customFields: parseCustomFields(row.custom_fields),
      geometry: { type: 'LineString', coordinates: geometry.coordinates as [number, number][] },
      legs: parseList<RouteLeg>(row.legs),
      ...(texts ? { translations: texts } : {}),
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
    insert(route: RouteRecord, line: LineString, legs: readonly RouteLeg[]) {
      return this.get(this.insertEncoded(route, encodeGeometry(line), legs)) as StoredRoute;
    },
    /** Adds a route whose line is encoded already (an import's worker did it); its id. */
    insertEncoded(route: RouteRecord, line: Uint8Array, legs: readonly RouteLeg[]): number {
      const result = statements.insert.run({
        geom: toBlob(line),
        name: route.name,
        mode: route.mode,
        description: route.description,
        legs: JSON.stringify(legs),
        vias: JSON.stringify(route.vias),
        speedKmh: route.speedKmh,
        startTime: route.startTime,
        customFields: JSON.stringify(route.customFields ?? {}),
      });
      const id = Number(result.lastInsertRowid);
      journal?.created('routes', id);
      translations?.write(id, route.translations);
      this.insertStops(id, route.stopPlaceIds, route.visitMinutes);
      return id;
    },
    insertStops(routeId: number, placeIds: readonly number[], visitMinutes: readonly number[] = []): void {
      placeIds.forEach((placeId, index) => {
        const stop = statements.insertStop.run(routeId, placeId, index + 1, visitMinutes[index] ?? 0);
        journal?.created('route_stops', Number(stop.lastInsertRowid));
      });
    },
    /** Replaces a route's fields, stops and line. */
    update(id: number, route: RouteRecord, line: LineString, legs: readonly RouteLeg[]): StoredRoute {
      journal?.track('routes', id);
      statements.update.run({
        id,
        geom: toBlob(encodeGeometry(line)),
        name: route.name,
        mode: route.mode,
        description: route.description,
        legs: JSON.stringify(legs),
        vias: JSON.stringify(route.vias),
        speedKmh: route.speedKmh,
        startTime: route.startTime,
      });
      translations?.write(id, route.translations);
      const current = statements.stops.all(id);
      const sameStops =
        current.length === route.stopPlaceIds.length &&
        current.every(
          (stop, index) =>
            stop.related_id === route.stopPlaceIds[index] && stop.visit_minutes === (route.visitMinutes[index] ?? 0),
        );
      if (!sameStops) {
        for (const { id: stopId } of statements.stopIds.all(id)) {
          journal?.trackDelete('route_stops', stopId);
          statements.removeStop.run(stopId);
        }
        this.insertStops(id, route.stopPlaceIds, route.visitMinutes);
      }
      return this.get(id) as StoredRoute;
    },
    remove(id: number): boolean {
      journal?.trackDelete('routes', id);
      return statements.remove.run(id).changes > 0;
    },
    /** A new line and legs for the same stops (a stop moved, the network changed). */
    setLine(id: number, line: LineString, legs: readonly RouteLeg[]): void {
      journal?.track('routes', id);
      statements.setLine.run({ id, geom: toBlob(encodeGeometry(line)), legs: JSON.stringify(legs) });
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
