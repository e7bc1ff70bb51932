import type { routesApi } from '../../../shared/api/routes.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { lineThrough, redrawRoutes, routeIdsThrough, withLength } from './route-geometry.js';

// Cultural routes: ordered stops at places, drawn as straight segments between them. Routes
// follow their stops: when places move or are deleted (events of the places feature) the routes
// through them are redrawn in the same edit.

export type RoutesService = ServiceOf<typeof routesApi>;

export function createRoutesService(context: ServiceContext): RoutesService {
  const { store, edits, bus, requirePlace, requireRoute } = context;
  const { routes } = store;

  bus.on('places-moved', ({ placeIds }) => redrawRoutes(store, routeIdsThrough(store, placeIds)));
  // A deleted place's stops go with it: which routes stopped there is read before, redrawn after.
  // (Each deleting is followed by its deleted before the next place goes, or the edit fails.)
  let throughDeleted = new Set<number>();
  bus.on('places-deleting', ({ placeIds }) => (throughDeleted = routeIdsThrough(store, placeIds)));
  bus.on('places-deleted', () => {
    const routeIds = throughDeleted;
    throughDeleted = new Set();
    redrawRoutes(store, routeIds);
  });

  function stopPositions(stopPlaceIds: readonly number[], field: string): [number, number][] {
    return stopPlaceIds.map((placeId, index) => {
      const place = requirePlace(placeId, `${field}.${index}`);
      return [place.longitude, place.latitude];
    });
  }

  return {
    listRoutes: () => routes.list().map(withLength),
    createRoute(input) {
      return edits.run(messageRef(editMessages.addRoute, { name: input.name }), () => {
        const positions = stopPositions(input.stopPlaceIds, 'stopPlaceIds');
        return withLength(routes.insert(input, lineThrough(positions)));
      });
    },
    updateRoute({ id, changes }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.editRoute, { name: current.name }), () => {
        const stopPlaceIds = changes.stopPlaceIds ?? current.stops.map((stop) => stop.placeId);
        const positions = stopPositions(stopPlaceIds, 'changes.stopPlaceIds');
        const route = routes.update(
          id,
          {
            name: changes.name ?? current.name,
            mode: changes.mode ?? current.mode,
            description: changes.description ?? current.description,
            ...(changes.stopPlaceIds ? { stopPlaceIds: changes.stopPlaceIds } : {}),
          },
          lineThrough(positions),
        );
        return withLength(route);
      });
    },
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
