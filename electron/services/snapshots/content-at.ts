import { isActor } from '../../../shared/analytics/actor-groups.js';
import type { SnapshotContent, SnapshotLink } from '../../../shared/analytics/change-report.js';
import { interlinkage } from '../../../shared/analytics/interlinkage.js';
import { buildLinkGraph, type AnalyticsLink } from '../../../shared/analytics/link-graph.js';
import { reportCard, type AnalyticsEvent } from '../../../shared/analytics/report-card.js';
import { NEARBY_DEFAULT_METRES } from '../../../shared/api/limits.js';
import { decodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { placesInPolygon } from '../../../shared/geo/places-in-polygon.js';
import { polygonAreaSquareMetres } from '../../../shared/geo/polygon-area.js';
import type { CategoryId, EventKindId, LinkTypeId, SectorId } from '../../../shared/model/typology.js';
import type { ProjectStore } from '../../store/project-store.js';
import { ACTOR_FAMILIES, type AnalyticsPoint } from '../analytics/analytics-data.js';
import { proximityJoin } from '../places/proximity-join.js';

// An area's snapshot content as the project stood at an earlier moment, rebuilt from the edit
// history (store/rows-at.ts): the same report card, interlinkage (500 m) and lists a saved
// snapshot holds, computed from the places, links, events and area outline of that moment.

type Polygon = Parameters<typeof placesInPolygon>[1];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** null when the area did not exist at that moment. */
export function areaContentAt(store: ProjectStore, areaId: number, at: string): SnapshotContent | null {
  const rows = store.rowsAt.read(at);
  const area = rows.quarters.get(areaId);
  if (!area) return null;
  const outline = decodeGeometry(area['geom'] as Uint8Array).geometry as Polygon;
  const points: AnalyticsPoint[] = [...rows.places.values()]
    .map((row) => {
      const [longitude, latitude] = (decodeGeometry(row['geom'] as Uint8Array).geometry as { coordinates: number[] })
        .coordinates as [number, number];
      return {
        id: Number(row['id']),
        name: text(row['name']),
        category: row['category'] as CategoryId,
        sector: (row['sector'] || null) as SectorId | null,
        longitude,
        latitude,
      };
    })
    .sort((a, b) => a.id - b.id);
  const byId = new Map(points.map((point) => [point.id, point]));
  const links: AnalyticsLink[] = [...rows.links.values()]
    .map((row) => ({
      fromPlaceId: Number(row['base_id']),
      toPlaceId: Number(row['related_id']),
      type: row['type'] as LinkTypeId,
      strength: typeof row['strength'] === 'number' ? row['strength'] : null,
    }))
    .filter((link) => byId.has(link.fromPlaceId) && byId.has(link.toPlaceId));
  const participants = new Map<number, number[]>();
  for (const row of rows.event_participants.values()) {
    const eventId = Number(row['base_id']);
    participants.set(eventId, [...(participants.get(eventId) ?? []), Number(row['related_id'])]);
  }
  const events: AnalyticsEvent[] = [...rows.events.values()].map((row) => ({
    kind: row['kind'] as EventKindId,
    startDate: text(row['start_date']),
    venuePlaceId: typeof row['venue_place_id'] === 'number' ? row['venue_place_id'] : null,
    participantPlaceIds: participants.get(Number(row['id'])) ?? [],
  }));

  const placeIds = placesInPolygon(points, outline);
  const card = reportCard({
    places: points.filter((point) => placeIds.has(point.id)),
    reference: points,
    squareMetres: polygonAreaSquareMetres(outline),
    events,
    links,
  });
  const columns = {
    ids: Float64Array.from(points, (point) => point.id),
    longitudes: Float64Array.from(points, (point) => point.longitude),
    latitudes: Float64Array.from(points, (point) => point.latitude),
    categories: points.map((point) => point.category as string),
    length: points.length,
  };
  const nearPairs: [number, number][] = [];
  const query = { from: ACTOR_FAMILIES, to: ACTOR_FAMILIES, withinMetres: NEARBY_DEFAULT_METRES };
  proximityJoin(columns, query, (fromId, toId) => {
    if (fromId < toId) nearPairs.push([fromId, toId]);
  });
  const graph = buildLinkGraph(points, links);
  return {
    card,
    interlinkage: interlinkage(graph, nearPairs, NEARBY_DEFAULT_METRES, placeIds),
    actors: points
      .filter((point) => placeIds.has(point.id) && isActor(point))
      .map((point) => ({ placeId: point.id, name: point.name, category: point.category, sector: point.sector })),
    links: links
      .filter((link) => placeIds.has(link.fromPlaceId) || placeIds.has(link.toPlaceId))
      .map((link): SnapshotLink => ({
        fromPlaceId: link.fromPlaceId,
        toPlaceId: link.toPlaceId,
        type: link.type,
        fromName: byId.get(link.fromPlaceId)?.name ?? '',
        toName: byId.get(link.toPlaceId)?.name ?? '',
      })),
  };
}
