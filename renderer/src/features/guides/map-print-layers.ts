import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapPrint } from '../../../../shared/api/map-print.js';
import {
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
  familyColourExpression,
  linkColourExpression,
} from '../../map/family-colours.js';
import { FONT_REGULAR } from '../../map/map-ids.js';

// What a printed map draws over the basemap, in the colours of the app's map (its legend names
// them): the areas (the printed one stronger), the routes, the links between places, the places
// by kind, and their names where they fit.

const SOURCE = { areas: 'print-areas', routes: 'print-routes', links: 'print-links', places: 'print-places' };

const printed: ExpressionSpecification = ['==', ['get', 'printed'], true];

function layers(): LayerSpecification[] {
  return [
    {
      id: 'print-area-fill',
      type: 'fill',
      source: SOURCE.areas,
      paint: { 'fill-color': QUARTER_COLOUR, 'fill-opacity': ['case', printed, 0.18, 0.08] },
    },
    {
      id: 'print-area-outline',
      type: 'line',
      source: SOURCE.areas,
      paint: { 'line-color': QUARTER_OUTLINE_COLOUR, 'line-width': ['case', printed, 3.5, 1.5] },
    },
    {
      id: 'print-route-casing',
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#FFFFFF', 'line-width': 6, 'line-opacity': 0.9 },
    },
    {
      id: 'print-route-line',
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 3 },
    },
    {
      id: 'print-links',
      type: 'line',
      source: SOURCE.links,
      paint: {
        'line-color': linkColourExpression() as ExpressionSpecification,
        'line-width': 1.5,
        'line-opacity': 0.75,
      },
    },
    {
      id: 'print-places',
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': 5.5,
        'circle-color': familyColourExpression() as ExpressionSpecification,
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'print-place-names',
      type: 'symbol',
      source: SOURCE.places,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-max-width': 10,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': '#2B2B2B', 'text-halo-color': '#FFFFFF', 'text-halo-width': 1.5 },
    },
  ];
}

/** Heritage sites and venues get their names first where names collide. */
const RANK: Record<string, number> = { heritage: 0, 'cultural-venue': 1, 'cultural-institution': 2 };

function collections(print: MapPrint): Record<keyof typeof SOURCE, FeatureCollection> {
  const collection = (features: FeatureCollection['features']): FeatureCollection => ({
    type: 'FeatureCollection',
    features,
  });
  return {
    areas: collection(
      print.areas.map((area) => ({ type: 'Feature', properties: { printed: area.printed }, geometry: area.geometry })),
    ),
    routes: collection(print.routes.map((route) => ({ type: 'Feature', properties: {}, geometry: route.line }))),
    links: collection(
      print.links.map((link) => ({
        type: 'Feature',
        properties: { type: link.type },
        geometry: { type: 'LineString', coordinates: [link.from, link.to] },
      })),
    ),
    places: collection(
      print.places.map((place) => ({
        type: 'Feature',
        properties: { name: place.name, family: place.family, rank: RANK[place.family] ?? 5 },
        geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
      })),
    ),
  };
}

/** Adds the print's areas, routes, links and places to a print map (PrintMap's `overlay`). */
export function addMapPrintOverlay(map: MapLibreMap, print: MapPrint): void {
  const data = collections(print);
  for (const key of Object.keys(SOURCE) as (keyof typeof SOURCE)[])
    map.addSource(SOURCE[key], { type: 'geojson', data: data[key] });
  for (const layer of layers()) map.addLayer(layer);
}
