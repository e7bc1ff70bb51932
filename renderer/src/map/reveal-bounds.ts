import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsContain, type Bounds } from './added-bounds.js';

/** Moves the camera so that `bounds` is in view (e.g. what an import added), unless it already is. */
export function revealBounds(map: MapLibreMap, [west, south, east, north]: Bounds): void {
  const view = map.getBounds();
  if (boundsContain([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], [west, south, east, north]))
    return;
  const container = map.getContainer();
  const padding = Math.max(
    24,
    Math.min(80, Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.08)),
  );
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, maxZoom: 17 },
  );
}
