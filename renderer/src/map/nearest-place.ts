import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './map-ids.js';
import type { PlaceCollection } from './project-geojson.js';

export type PlaceFeature = PlaceCollection['features'][number];

/**
 * The place drawn nearest a point of the map (container pixels), in the box `radius` pixels around it: the
 * nearest, not the top-most one in the box, so two places a few pixels apart are each reachable.
 * NOTE: its feature as the app holds it (the place's own position, not the rendered one: tile
 * geometry is quantised), so a route drawn through it matches the place exactly.
 */
export function nearestPlaceAt(
  map: MapLibreMap,
  places: PlaceCollection,
  { x, y }: { x: number; y: number },
  radius: number,
): PlaceFeature | undefined {
  const hits = map.queryRenderedFeatures(
    [
      [x - radius, y - radius],
      [x + radius, y + radius],
    ],
    { layers: [LAYER.placeCircles] },
  );
  let place: PlaceFeature | undefined;
  let best = Infinity;
  for (const hit of hits) {
    const candidate = places.features.find((feature) => feature.id === hit.id);
    if (!candidate) continue;
    const point = map.project(candidate.geometry.coordinates as [number, number]);
    const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (distance < best) {
      best = distance;
      place = candidate;
    }
  }
  return place;
}
