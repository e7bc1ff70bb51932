import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsContain, boundsIntersect, type Bounds } from './added-bounds.js';

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

/**
 * Moves the camera to `bounds` only when none of it is in view: a basemap file covering a whole
 * region, added while looking at one quarter, keeps the view where it is.
 */
export function revealBoundsIfOutOfView(map: MapLibreMap, bounds: Bounds): void {
  const view = map.getBounds();
  if (boundsIntersect([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], bounds)) return;
  fitToBounds(map, bounds);
}
