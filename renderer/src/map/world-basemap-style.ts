import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { FONT_REGULAR, LAYER, SOURCE } from './map-ids.js';
import { getWorldBasemap } from './world-basemap.js';

// The world basemap under everything (land, coastline, borders, country names from Natural
// Earth, shipped with the app): what the map shows where the project has no street basemap.

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth';

const SEA = '#D5E3EA';
const LAND = '#F5F3EE';
const COASTLINE = '#A9BCC6';
const BORDER = '#B9B1A4';
const COUNTRY_LABEL = '#7D766B';

export function worldBasemapSources(): Record<string, SourceSpecification> {
  const world = getWorldBasemap();
  return {
    [SOURCE.land]: { type: 'geojson', data: world.land, attribution: NATURAL_EARTH_ATTRIBUTION },
    [SOURCE.borders]: { type: 'geojson', data: world.borders },
    [SOURCE.coastline]: { type: 'geojson', data: world.coastline },
    [SOURCE.countryLabels]: { type: 'geojson', data: world.countryLabels },
  };
}

export function worldBasemapLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': SEA } },
    { id: LAYER.land, type: 'fill', source: SOURCE.land, paint: { 'fill-color': LAND, 'fill-antialias': true } },
    {
      id: LAYER.coastline,
      type: 'line',
      source: SOURCE.coastline,
      paint: { 'line-color': COASTLINE, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.2] },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.borders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BORDER,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1, 10, 1.6],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.countryLabels,
      minzoom: 2,
      maxzoom: 9,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
        'text-max-width': 7,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: { 'text-color': COUNTRY_LABEL, 'text-halo-color': LAND, 'text-halo-width': 1.2 },
    },
  ];
}
