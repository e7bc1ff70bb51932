import { useMemo } from 'react';
import { proposalsToGeoJson, useAnalysis } from '../features/analytics/analysis-context.js';
import { useOptionalContentLanguages } from '../features/languages/content-languages-context.js';
import { useStyling } from '../features/styling/styling-context.js';
import { creativeFirmsToGeoJson, linkIdsOfPlace } from '../features/styling/styling-geojson.js';
import { leanMapQuery, sameLeanMapQuery } from '../features/filter/filter.js';
import type { MapLayers } from '../map/map-view.js';
import {
  createStableLinks,
  createStablePlaces,
  EMPTY_COLLECTION,
  leanPositions,
  quarterLabelsToGeoJson,
  quartersToGeoJson,
  routesToGeoJson,
} from '../map/project-geojson.js';
import { useSelection } from './map-tools/map-tools-context.js';
import { useWorkspace } from './project/workspace-context.js';

/**
 * What the map draws, as memoised GeoJSON: the places the filter lets through (until the full
 * list arrives, the lean answer read for this filter), their links, routes and areas, colours,
 * the heatmap and the selection.
 */
export function useMapLayers(): MapLayers {
  const { data, filter, visiblePlaces, visiblePlacesById } = useWorkspace();
  const { placePaint, placeStyler, heatmap } = useStyling();
  const { selectedPlaceId, selectedAreaId } = useSelection();
  const { proposals, focusedProposal } = useAnalysis();
  const proposedQuarters = useMemo(() => proposalsToGeoJson(proposals, focusedProposal), [proposals, focusedProposal]);
  // Names in the content language chosen for the map (the primary ones where none is chosen).
  const language = useOptionalContentLanguages()?.mapLanguage ?? null;
  // Until the full list arrives the map draws the lean answer, if it was read for this filter.
  const leanQuery = leanMapQuery(filter);
  const leanPlaces =
    !data.placesLoaded && data.mapPlaces && leanQuery && sameLeanMapQuery(data.mapPlaces.query, leanQuery)
      ? data.mapPlaces.places
      : null;
  const stablePlaces = useMemo(createStablePlaces, []);
  const places = stablePlaces(leanPlaces ?? visiblePlaces, language, placeStyler);
  const stableLinks = useMemo(createStableLinks, []);
  const links = stableLinks(data.links, leanPlaces ? leanPositions(leanPlaces) : visiblePlacesById);
  const highlightedLinkIds = useMemo(
    () =>
      linkIdsOfPlace(
        links.features.map((feature) => feature.properties),
        selectedPlaceId,
      ),
    [links, selectedPlaceId],
  );
  return {
    dataReady: data.mapReady && (leanPlaces !== null || data.status === 'ready'),
    places,
    links,
    routes: routesToGeoJson(data.routes, language),
    quarters: quartersToGeoJson(data.quarters, language),
    quarterLabels: quarterLabelsToGeoJson(data.quarters, language),
    quarterList: data.quarters,
    // A project with only a basemap (an OSM import without places yet) opens on the basemap.
    bounds: data.project?.bounds ?? data.project?.basemap?.bounds ?? null,
    selectedPlaceId,
    selectedAreaId,
    placePaint,
    heatmap,
    creativeFirms: heatmap ? creativeFirmsToGeoJson(visiblePlaces) : EMPTY_COLLECTION,
    highlightedLinkIds,
    proposedQuarters,
  };
}
