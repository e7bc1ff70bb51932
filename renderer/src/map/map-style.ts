import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  LINK_COLOUR,
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
  SELECTED_COLOUR,
  familyColourExpression,
} from './family-colours.js';
import { FONT_REGULAR, FONT_SEMIBOLD, LAYER, SOURCE } from './map-ids.js';
import { EMPTY_COLLECTION } from './project-geojson.js';
import { getWorldBasemap } from './world-basemap.js';

/** Place names show from this zoom on (a few streets across). */
export const PLACE_LABELS_MIN_ZOOM = 14;

// The whole map style, built in code: a calm, light world basemap from Natural Earth for thematic
// overlays, then the project's quarters, routes, links and places. No URL anywhere: no tiles, no
// glyphs (labels are drawn from the page's fonts), no sprite.

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth';

const SEA = '#D5E3EA';
const LAND = '#F5F3EE';
const COASTLINE = '#A9BCC6';
const BORDER = '#B9B1A4';
const COUNTRY_LABEL = '#7D766B';
const HALO = '#FFFFFF';
const TEXT = '#2B2B2B';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Circle radius by zoom, larger when selected. */
function placeRadius(extra: number): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['case', selected, 4 + extra, 2.5 + extra],
    12,
    ['case', selected, 8 + extra, 6 + extra],
    17,
    ['case', selected, 11 + extra, 9 + extra],
  ];
}

function basemapSources(): Record<string, SourceSpecification> {
  const world = getWorldBasemap();
  return {
    [SOURCE.land]: { type: 'geojson', data: world.land, attribution: NATURAL_EARTH_ATTRIBUTION },
    [SOURCE.borders]: { type: 'geojson', data: world.borders },
    [SOURCE.coastline]: { type: 'geojson', data: world.coastline },
    [SOURCE.countryLabels]: { type: 'geojson', data: world.countryLabels },
  };
}

function overlaySources(): Record<string, SourceSpecification> {
  const empty = () => ({ type: 'geojson' as const, data: EMPTY_COLLECTION });
  return {
    [SOURCE.quarters]: empty(),
    [SOURCE.quarterLabels]: empty(),
    [SOURCE.routes]: empty(),
    [SOURCE.links]: empty(),
    [SOURCE.places]: empty(),
    [SOURCE.draftPlace]: empty(),
  };
}

function basemapLayers(): LayerSpecification[] {
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

function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.quarterFill,
      type: 'fill',
      source: SOURCE.quarters,
      paint: { 'fill-color': QUARTER_COLOUR, 'fill-opacity': 0.14 },
    },
    {
      id: LAYER.quarterOutline,
      type: 'line',
      source: SOURCE.quarters,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': QUARTER_OUTLINE_COLOUR, 'line-width': 2, 'line-opacity': 0.85 },
    },
    {
      id: LAYER.routeCasing,
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': HALO, 'line-width': 6, 'line-opacity': 0.8 },
    },
    {
      id: LAYER.routeLine,
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 3.5, 'line-dasharray': [2, 1.2] },
    },
    {
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': LINK_COLOUR, 'line-width': 1.4, 'line-opacity': 0.75 },
    },
    {
      id: LAYER.placeHalo,
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': placeRadius(5),
        'circle-color': SELECTED_COLOUR,
        'circle-opacity': ['case', selected, 0.9, hovered, 0.3, 0],
        'circle-stroke-width': 0,
      },
    },
    {
      id: LAYER.placeCircles,
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': placeRadius(0),
        'circle-color': familyColourExpression() as ExpressionSpecification,
        'circle-stroke-color': HALO,
        'circle-stroke-width': ['case', selected, 2.5, 1.5],
      },
    },
    {
      id: LAYER.draftPlace,
      type: 'circle',
      source: SOURCE.draftPlace,
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': SELECTED_COLOUR,
        'circle-stroke-width': 2.5,
      },
    },
    {
      // On the quarter's longest edge, just inside: the centre is where its places crowd.
      id: LAYER.quarterLabels,
      type: 'symbol',
      source: SOURCE.quarterLabels,
      minzoom: 11,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_SEMIBOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 11, 10, 16, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 30,
        'text-rotate': ['get', 'rotate'],
        'text-rotation-alignment': 'map',
        'text-anchor': 'center',
        'text-offset': ['case', ['>', ['get', 'inside'], 0], ['literal', [0, 1]], ['literal', [0, -1]]],
      },
      paint: { 'text-color': QUARTER_OUTLINE_COLOUR, 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
    {
      id: LAYER.routeLabels,
      type: 'symbol',
      source: SOURCE.routes,
      minzoom: 12,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-offset': [0, -1],
        'symbol-spacing': 350,
      },
      paint: { 'text-color': ROUTE_COLOUR, 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.places,
      // NOTE: names from street level only. Below it a city's thousands of places would have
      // every name laid out and collided (100,000 places took 78 s to settle at zoom 11; the
      // bench measures it); clustering at low zoom comes with the workspace styling (#3).
      minzoom: PLACE_LABELS_MIN_ZOOM,
      filter: unselectedPlacesFilter(null),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_SEMIBOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], PLACE_LABELS_MIN_ZOOM, 10.5, 17, 12.5],
        'text-max-width': 9,
        'text-variable-anchor': [
          'top',
          'bottom',
          'right',
          'left',
          'top-right',
          'top-left',
          'bottom-right',
          'bottom-left',
        ],
        'text-radial-offset': 0.95,
        'text-justify': 'auto',
        'text-padding': 2,
        'text-allow-overlap': false,
        'text-optional': true,
      },
      paint: { 'text-color': TEXT, 'text-halo-color': HALO, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 },
    },
    {
      // The selected place is always named: placed first (top layer), over any other label.
      id: LAYER.selectedPlaceLabel,
      type: 'symbol',
      source: SOURCE.places,
      filter: selectedPlaceFilter(null),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_SEMIBOLD,
        'text-size': 13.5,
        'text-max-width': 10,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.25,
        'text-justify': 'auto',
        'text-allow-overlap': true,
        'text-ignore-placement': false,
      },
      paint: { 'text-color': '#000000', 'text-halo-color': HALO, 'text-halo-width': 2.2 },
    },
  ];
}

/** Filter of the selected-place label layer: only that place, or none. */
export function selectedPlaceFilter(id: number | null): FilterSpecification {
  return ['==', ['id'], id ?? -1];
}

/** Filter of the other place labels: every place but the selected one, named by its own layer. */
export function unselectedPlacesFilter(id: number | null): FilterSpecification {
  return ['!=', ['id'], id ?? -1];
}

export function createMapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Itinera',
    sources: { ...basemapSources(), ...overlaySources() },
    layers: [...basemapLayers(), ...overlayLayers()],
  };
}
