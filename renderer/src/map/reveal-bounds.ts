import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsContain, type Bounds } from './added-bounds.js';

/** Fits the camera to `bounds`, with a margin that grows with the map (24 to 80 px). */
export function fitToBounds(map: MapLibreMap, [west, south, east, north]: Bounds, animate = true): void {
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
    { padding, maxZoom: 17, animate },
  );
}

/** Moves the camera so that `bounds` is in view (e.g. what an import added), unless it already is. */
export function revealBounds(map: MapLibreMap, bounds: Bounds): void {
  const view = map.getBounds();
  if (boundsContain([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], bounds)) return;
  fitToBounds(map, bounds);
}
