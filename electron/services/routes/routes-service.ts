import type { routesApi } from '../../../shared/api/routes.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import type { RouteRecord } from '../../store/routes-repository.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { checkTranslationLanguages } from '../languages/languages-service.js';
import { rerouteRoutes, routeIdsThrough, waypointsOf, withTotals } from './route-geometry.js';
import type { RoutePlanner } from './route-planner.js';
import type { RouteQueries } from './route-queries.js';

// Cultural routes: ordered stops at places, their line routed along the project's network. Routes
// follow their stops: when places move or are deleted (events of the places feature) the routes
// through them are routed again in the same edit.

export type RoutesService = ServiceOf<typeof routesApi, 'planRoute' | 'getRouteDetails'>;

export function createRoutesService(
  context: ServiceContext,
  planner: RoutePlanner,
  queries: RouteQueries,
): RoutesService {
  const { store, edits, bus, requirePlace, requireRoute } = context;
  const { routes } = store;

  bus.on('places-moved', ({ placeIds }) => rerouteRoutes(store, planner, routeIdsThrough(store, placeIds)));
  // A deleted place's stops go with it: which routes stopped there is read before, routed after.
  // (Each deleting is followed by its deleted before the next place goes, or the edit fails.)
  let throughDeleted = new Set<number>();
  bus.on('places-deleting', ({ placeIds }) => (throughDeleted = routeIdsThrough(store, placeIds)));
  bus.on('places-deleted', () => {
    const routeIds = throughDeleted;
    throughDeleted = new Set();
    rerouteRoutes(store, planner, routeIds);
  });

  /** The line and legs of a route record, its stops checked (the error names the stop at fault). */
  function routed(record: RouteRecord, field: string) {
    const stops = record.stopPlaceIds.map((placeId, index) => {
      const place = requirePlace(placeId, `${field}.${index}`);
      return { position: [place.longitude, place.latitude] as [number, number] };
    });
    return planner.plan(record.mode as never, waypointsOf(stops, record.vias), record.speedKmh);
  }

  return {
    listRoutes: () => routes.list().map(withTotals),
    createRoute(input) {
      return edits.run(messageRef(editMessages.addRoute, { name: input.name }), () => {
        checkTranslationLanguages(store, input.translations, '');
        const { line, legs } = routed(input, 'stopPlaceIds');
        return withTotals(routes.insert(input, line, legs));
      });
    },
    updateRoute({ id, changes }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.editRoute, { name: current.name }), () => {
        const stopsChanged = changes.stopPlaceIds !== undefined;
        const currentVisits = current.stops.map((stop) => stop.visitMinutes);
        const record: RouteRecord = {
          name: changes.name ?? current.name,
          mode: changes.mode ?? current.mode,
          description: changes.description ?? current.description,
          stopPlaceIds: changes.stopPlaceIds ?? current.stops.map((stop) => stop.placeId),
          // Visit times follow their places when stops are reordered; vias belong to the old legs.
          visitMinutes:
            changes.visitMinutes ??
            (stopsChanged
              ? changes.stopPlaceIds!.map(
                  (placeId) => current.stops.find((stop) => stop.placeId === placeId)?.visitMinutes ?? 0,
                )
              : currentVisits),
          vias: changes.vias ?? (stopsChanged ? [] : current.vias),
          speedKmh: changes.speedKmh !== undefined ? changes.speedKmh : current.speedKmh,
          startTime: changes.startTime !== undefined ? changes.startTime : current.startTime,
          translations: changes.translations,
        };
        checkTranslationLanguages(store, changes.translations, 'changes.');
        const { line, legs } = routed(record, 'changes.stopPlaceIds');
        return withTotals(routes.update(id, record, line, legs));
      });
    },
    rerouteRoute({ id }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.rerouteRoute, { name: current.name }), () => {
        rerouteRoutes(store, planner, [id]);
        return withTotals(routes.get(id)!);
      });
    },
    getRouteDetails: (input) => queries.getRouteDetails(input),
    planRoute: (input) => queries.planRoute(input),
    placesAlongRoute: (input) => queries.placesAlongRoute(input),
    proposeTour: (input) => queries.proposeTour(input),
    deleteRoute({ id }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.deleteRoute, { name: current.name }), () => {
        removeAttachmentsOf(store, 'route', id);
        routes.remove(id);
        return { id };
      });
    },
  };
}
