import type { z } from 'zod';
import type { ReportScopeSchema } from '../../../shared/api/analytics.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { placesInPolygon } from '../../../shared/geo/places-in-polygon.js';
import { polygonAreaSquareMetres } from '../../../shared/geo/polygon-area.js';
import { searchBoxAround } from '../../../shared/geo/search-box.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { analyticsErrorMessages as m } from '../../../shared/i18n/messages/analytics.js';
import type { ServiceContext } from '../core/service-context.js';
import type { AnalyticsPoint } from './analytics-data.js';

// Which places a report card covers, and how large its ground is:
// - an area: the places inside its polygon (boundary included), its ellipsoidal area;
// - a group: its member places, the places inside its member areas, and the same for its
//   sub-groups at any depth; its ground is the sum of those areas (none without areas);
// - around a place: the places within the distance (geodesic, the place itself included), on a
//   disc of π·r² (flat: under 0.1 % off up to 50 km); on foot: those the streets reach within the
//   distance (walking-distances.ts, as the nearby list), with no ground;
// - a list of places (the map's filter): those of them that exist, with no ground.

type ReportScope = z.output<typeof ReportScopeSchema>;

/** Metres on foot from a point to each place the streets reach (null: the project has no streets). */
export type WalkingDistances = (
  from: [number, number],
  places: readonly { id: number; longitude: number; latitude: number }[],
  withinMetres: number,
) => Map<number, number> | null;

export interface ResolvedScope {
  placeIds: Set<number>;
  squareMetres: number | null;
}

/** `field`: the request's field the scope came in (its errors name it). */
export function resolveScope(
  context: ServiceContext,
  scope: ReportScope,
  points: AnalyticsPoint[],
  field: 'scope' | 'reference' = 'scope',
  walking: WalkingDistances = () => null,
): ResolvedScope {
  const { store } = context;
  switch (scope.kind) {
    case 'places': {
      const wanted = new Set(scope.placeIds);
      return {
        placeIds: new Set(points.filter((point) => wanted.has(point.id)).map((point) => point.id)),
        squareMetres: null,
      };
    }
    case 'area': {
      const area = context.requireArea(scope.areaId, `${field}.areaId`);
      return { placeIds: placesInPolygon(points, area.geometry), squareMetres: polygonAreaSquareMetres(area.geometry) };
    }
    case 'group': {
      context.requireGroup(scope.groupId, `${field}.groupId`);
      const groups = store.groups.list();
      const wanted = new Set([scope.groupId]);
      // Sub-groups at any depth (a loop in the parents, which the groups feature refuses, would stop here too).
      for (let grown = true; grown;) {
        grown = false;
        for (const group of groups)
          if (group.parentId !== null && wanted.has(group.parentId) && !wanted.has(group.id)) {
            wanted.add(group.id);
            grown = true;
          }
      }
      const placeIds = new Set<number>();
      const quarterIds = new Set<number>();
      for (const group of groups.filter((entry) => wanted.has(entry.id))) {
        for (const id of group.placeIds) placeIds.add(id);
        for (const id of group.quarterIds) quarterIds.add(id);
      }
      let squareMetres: number | null = null;
      for (const id of quarterIds) {
        const area = store.quarters.get(id);
        if (!area) continue;
        for (const placeId of placesInPolygon(points, area.geometry)) placeIds.add(placeId);
        squareMetres = (squareMetres ?? 0) + polygonAreaSquareMetres(area.geometry);
      }
      return { placeIds, squareMetres };
    }
    case 'around': {
      const centre = context.requirePlace(scope.placeId, `${field}.placeId`);
      const origin: [number, number] = [centre.longitude, centre.latitude];
      const box = searchBoxAround(centre.longitude, centre.latitude, scope.withinMetres);
      const placeIds = new Set<number>();
      for (const point of points) {
        if (point.latitude < box.south || point.latitude > box.north) continue;
        if (box.west <= box.east && (point.longitude < box.west || point.longitude > box.east)) continue;
        if (geodesicDistanceMetres(origin, [point.longitude, point.latitude]) <= scope.withinMetres)
          placeIds.add(point.id);
      }
      if (scope.measure === 'straight') return { placeIds, squareMetres: Math.PI * scope.withinMetres ** 2 };
      // On foot is never shorter than the crow's line: the places on the disc are the candidates.
      const candidates = points.filter((point) => placeIds.has(point.id));
      const metres = walking(origin, candidates, scope.withinMetres);
      if (!metres) throw new ApiError('invalid-input', messageRef(m.noStreets), `${field}.measure`);
      const reached = new Set(
        candidates.filter((point) => (metres.get(point.id) ?? Infinity) <= scope.withinMetres).map((point) => point.id),
      );
      reached.add(scope.placeId);
      return { placeIds: reached, squareMetres: null };
    }
  }
}
