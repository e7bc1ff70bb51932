import { useCallback, useMemo, useRef } from 'react';
import { messageRef, type MessageRef } from '../../../../shared/i18n/define-messages.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Route, RouteChanges, RouteInput } from '../../../../shared/model/schemas.js';
import { useApi } from '../../api/api-context.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { insertStop, withVia } from './route-stop-order.js';

// Every change to a route is one API call (one undo step); the lists it touches follow as live
// lists. The status line says what happened, the error line why not.

export interface RouteEdits {
  /** Saves changes of the open route; resolves to whether it worked. */
  update(changes: RouteChanges, done?: MessageRef): Promise<boolean>;
  /** Adds a place as a stop where it lengthens the route least (a place already on it is not added twice). */
  addStop(placeId: number, route?: Route): Promise<boolean>;
  /** Makes the open route pass `position` on its leg `legIndex` (where its line was dragged). */
  addVia(legIndex: number, position: [number, number]): Promise<boolean>;
  create(input: RouteInput): Promise<Route | null>;
  remove(route: Route): Promise<boolean>;
}

export function useRouteEdits(selectedRoute: Route | null): RouteEdits {
  const api = useApi();
  const { placesById } = useWorkspace();
  const { setStatus, setError } = useNotices();
  const latest = useRef({ selectedRoute, placesById });
  latest.current = { selectedRoute, placesById };

  const run = useCallback(
    async <T>(work: () => Promise<T>, done: (result: T) => MessageRef | null): Promise<T | null> => {
      try {
        const result = await work();
        setError(null);
        setStatus(done(result));
        return result;
      } catch (error) {
        setError(errorNotice(error));
        return null;
      }
    },
    [setError, setStatus],
  );

  const update = useCallback(
    async (changes: RouteChanges, done?: MessageRef) => {
      const route = latest.current.selectedRoute;
      if (!route) return false;
      const saved = await run(
        () => api.updateRoute({ id: route.id, changes }),
        (result) => done ?? messageRef(m.saved, { name: result.name }),
      );
      return saved !== null;
    },
    [api, run],
  );

  const addStop = useCallback(
    async (placeId: number, target?: Route) => {
      const route = target ?? latest.current.selectedRoute;
      const place = latest.current.placesById.get(placeId);
      if (!route || !place) return false;
      const ids = route.stops.map((stop) => stop.placeId);
      const existing = ids.indexOf(placeId);
      // A click on a stop of the route (they lie on its line) does not add it again.
      if (existing >= 0) {
        setError(null);
        setStatus(messageRef(m.alreadyStop, { name: place.name, number: existing + 1 }));
        return false;
      }
      const positions = ids.map((id): [number, number] => {
        const stop = latest.current.placesById.get(id);
        return stop ? [stop.longitude, stop.latitude] : [place.longitude, place.latitude];
      });
      const stopPlaceIds = insertStop(ids, positions, placeId, [place.longitude, place.latitude]);
      const saved = await run(
        () => api.updateRoute({ id: route.id, changes: { stopPlaceIds } }),
        (result) =>
          messageRef(m.stopAdded, {
            name: place.name,
            number: stopPlaceIds.indexOf(placeId) + 1,
            route: result.name,
          }),
      );
      return saved !== null;
    },
    [api, run, setError, setStatus],
  );

  const addVia = useCallback(
    async (legIndex: number, position: [number, number]) => {
      const route = latest.current.selectedRoute;
      if (!route) return false;
      return update(
        { vias: withVia(route.legs, route.vias, legIndex, position) },
        messageRef(m.viaAdded, { name: route.name }),
      );
    },
    [update],
  );

  const create = useCallback(
    (input: RouteInput) =>
      run(
        () => api.createRoute(input),
        (route) => messageRef(m.saved, { name: route.name }),
      ),
    [api, run],
  );

  const remove = useCallback(
    async (route: Route) => {
      const removed = await run(
        () => api.deleteRoute({ id: route.id }),
        () => messageRef(m.deleted, { name: route.name }),
      );
      return removed !== null;
    },
    [api, run],
  );

  return useMemo(() => ({ update, addStop, addVia, create, remove }), [update, addStop, addVia, create, remove]);
}
