import type { Map as MapLibreMap, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { RouteGuide } from '../../../../shared/api/guides.js';
import { ROUTE_COLOUR } from '../../map/family-colours.js';
import { FONT_SEMIBOLD } from '../../map/map-ids.js';

// What a guide's map draws over the basemap: the routed line (straight legs dashed), the numbered
// stops, and a ring around the start.

const SOURCE = { legs: 'guide-legs', stops: 'guide-stops' };

function guideLayers(): LayerSpecification[] {
  return [
    {
      id: 'guide-route-casing',
      type: 'line',
      source: SOURCE.legs,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#FFFFFF', 'line-width': 8, 'line-opacity': 0.9 },
    },
    {
      id: 'guide-route-line',
      type: 'line',
      source: SOURCE.legs,
      filter: ['!=', ['get', 'kind'], 'straight'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 4.5 },
    },
    {
      id: 'guide-route-straight',
      type: 'line',
      source: SOURCE.legs,
      filter: ['==', ['get', 'kind'], 'straight'],
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 3.5, 'line-dasharray': [1.2, 1.4] },
    },
    {
      // The start: a wider ring around the first stop's badge.
      id: 'guide-start',
      type: 'circle',
      source: SOURCE.stops,
      filter: ['==', ['get', 'number'], 1],
      paint: {
        'circle-radius': 15,
        'circle-color': '#FFFFFF',
        'circle-stroke-color': ROUTE_COLOUR,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'guide-stop-badges',
      type: 'circle',
      source: SOURCE.stops,
      paint: {
        'circle-radius': 11,
        'circle-color': ROUTE_COLOUR,
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'guide-stop-numbers',
      type: 'symbol',
      source: SOURCE.stops,
      layout: {
        'text-field': ['to-string', ['get', 'number']],
        'text-font': FONT_SEMIBOLD,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#FFFFFF' },
    },
  ];
}

function collections(guide: RouteGuide): { legs: FeatureCollection; stops: FeatureCollection } {
  return {
    legs: {
      type: 'FeatureCollection',
      features: guide.legs.map((leg) => ({ type: 'Feature', properties: { kind: leg.kind }, geometry: leg.line })),
    },
    stops: {
      type: 'FeatureCollection',
      // The first stop last: drawn on top where a round trip ends where it started.
      features: [...guide.stops].reverse().map((stop) => ({
        type: 'Feature',
        properties: { number: stop.number },
        geometry: { type: 'Point', coordinates: [stop.longitude, stop.latitude] },
      })),
    },
  };
}

/** Adds the guide's line and stops to a print map (PrintMap's `overlay`). */
export function addGuideOverlay(map: MapLibreMap, guide: RouteGuide): void {
  const data = collections(guide);
  map.addSource(SOURCE.legs, { type: 'geojson', data: data.legs });
  map.addSource(SOURCE.stops, { type: 'geojson', data: data.stops });
  for (const layer of guideLayers()) map.addLayer(layer);
}
