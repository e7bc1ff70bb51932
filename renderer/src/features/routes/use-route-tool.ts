import { useCallback, useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { mapToolMessages } from '../../../../shared/i18n/messages/ui/map-tools.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Place } from '../../../../shared/model/schemas.js';
import type { RouteModeId } from '../../../../shared/model/typology.js';
import type { ToolDeps } from '../../app/map-tools/tool-deps.js';
import { positionKey, routeStopsFromPositions } from './route-stops.js';

// The Route tool: a line drawn through places (terra-draw snaps each click to a place) becomes
// the route's stops; a form then asks for its name and how it is travelled.

export interface RouteDraft {
  stopPlaceIds: number[];
}

export function useRouteTool(
  on: boolean,
  { api, setStatus, setError, resetDrawing }: ToolDeps,
  /** The places shown on the map (a route snaps to these). */
  visiblePlaces: readonly Place[],
  /** The new route is saved: open it. */
  onCreated?: (id: number) => void,
) {
  const [draftRoute, setDraftRoute] = useState<RouteDraft | null>(null);

  const onRouteDrawn = useCallback(
    (positions: [number, number][]) => {
      // The places at the drawn positions, found when a route is drawn: a map of every place by
      // position kept all the time would hold 100,000 strings for a tool that is mostly off.
      const wanted = new Set(positions.map(positionKey));
      const placeIdAt = new Map<string, number>();
      for (const place of visiblePlaces) {
        const key = positionKey([place.longitude, place.latitude]);
        if (wanted.has(key)) placeIdAt.set(key, place.id);
      }
      const result = routeStopsFromPositions(positions, placeIdAt);
      if ('problem' in result) {
        setError(result.problem);
        resetDrawing();
        return;
      }
      setError(null);
      setDraftRoute(result);
    },
    [visiblePlaces, resetDrawing, setError],
  );

  const createRoute = useCallback(
    async (input: { name: string; mode: RouteModeId }) => {
      if (!draftRoute) return;
      const route = await api.createRoute({ ...input, stopPlaceIds: draftRoute.stopPlaceIds });
      setDraftRoute(null);
      resetDrawing();
      setStatus(messageRef(m.saved, { name: route.name }));
      onCreated?.(route.id);
    },
    [api, draftRoute, resetDrawing, setStatus, onCreated],
  );

  const cancelRoute = useCallback(() => {
    setDraftRoute(null);
    resetDrawing();
  }, [resetDrawing]);

  return {
    draftRoute,
    onRouteDrawn,
    createRoute,
    cancelRoute,
    clear: useCallback(() => setDraftRoute(null), []),
    drawing: on && !draftRoute,
    hint: on && !draftRoute ? messageRef(mapToolMessages.hintRoute) : null,
  };
}
