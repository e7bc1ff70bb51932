import { useCallback } from 'react';
import type { Route } from '../../../../shared/model/schemas.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { fitRing } from '../../map/camera.js';
import { useMapHandle } from '../../map/map-handle.js';

/** Opens a route in its panel and fits the map to its line (from the routes list or the table). */
export function useOpenRoute(): (route: Route) => void {
  const { selectRoute } = useSelection();
  const mapRef = useMapHandle();
  return useCallback(
    (route: Route) => {
      selectRoute(route.id);
      if (mapRef.current && route.geometry.coordinates.length > 1) fitRing(mapRef.current, route.geometry.coordinates);
    },
    [mapRef, selectRoute],
  );
}
