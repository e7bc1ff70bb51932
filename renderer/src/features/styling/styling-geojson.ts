import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../../../../shared/model/schemas.js';
import { getCategory } from '../../../../shared/model/typology.js';
import { memoizeLast } from '../../util/memoize-last.js';

// GeoJSON for the map's styling modes, pure and memoised like project-geojson.ts.

/** The creative firms among the shown places, for the heatmap (no properties: density only). */
export const creativeFirmsToGeoJson = memoizeLast((places: readonly Place[]): FeatureCollection<Point> => {
  const features: Feature<Point>[] = [];
  for (const place of places) {
    if (getCategory(place.category).family !== 'creative-firm') continue;
    features.push({
      type: 'Feature',
      id: place.id,
      properties: {},
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
    });
  }
  return { type: 'FeatureCollection', features };
});

/** Ids of the links that start or end at a place (to highlight them with feature-state). */
export function linkIdsOfPlace(
  links: readonly { id: number; fromPlaceId: number; toPlaceId: number }[],
  placeId: number | null,
): number[] {
  if (placeId === null) return [];
  return links.filter((link) => link.fromPlaceId === placeId || link.toPlaceId === placeId).map((link) => link.id);
}
