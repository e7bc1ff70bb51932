import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { BasemapInfo } from '../../../../shared/api/contract.js';
import { FONT_REGULAR, FONT_SEMIBOLD, LAYER } from '../../map/map-ids.js';

// The street-level basemap imported from OpenStreetMap: vector tiles from the open project
// (tiles/{z}/{x}/{y} on the page's own origin), drawn in a calm style made to sit under thematic
// overlays: muted creams and greys, roads by class, water blue-grey, parks pale green. Light and
// dark variants; the Natural Earth world basemap stays underneath for zooms and areas without tiles.

import { BASEMAP_PALETTES, type BasemapTheme, type Palette } from './street-basemap-palettes.js';

export { BASEMAP_PALETTES, type BasemapTheme };

export const STREET_SOURCE = 'osm-basemap';
export const STREET_LAYER_PREFIX = 'osm-';
/** The layer with street names along the lines (tests query it). */
export const STREET_LABEL_LAYER = 'osm-street-labels';

const kind: ExpressionSpecification = ['get', 'kind'];

/** Road widths in pixels per class at zoom 10, 13, 16 and 18 (MapLibre interpolates between). */
const ROAD_WIDTHS: Record<string, [number, number, number, number]> = {
  motorway: [1.6, 3.5, 14, 28],
  primary: [1.2, 3, 12, 24],
  secondary: [0.8, 2.5, 10, 20],
  tertiary: [0.5, 1.6, 9, 18],
  minor: [0, 0.8, 7.5, 15],
  service: [0, 0.4, 4, 8],
  other: [0, 0.4, 2.5, 5],
};
const WIDTH_ZOOMS = [10, 13, 16, 18] as const;

/**
 * Width by zoom (exponential, as roads grow on most maps) and by class, plus `border` pixels on
 * each side for the casing. NOTE: MapLibre allows ['zoom'] only at the top of an interpolate, so
 * the class match sits inside each zoom stop.
 */
function roadWidth(border: [number, number, number, number] = [0, 0, 0, 0]): ExpressionSpecification {
  const stops = WIDTH_ZOOMS.flatMap((zoom, stop) => [
    zoom,
    [
      'match',
      kind,
      ['motorway', 'trunk'],
      ROAD_WIDTHS.motorway![stop]! + border[stop]!,
      'primary',
      ROAD_WIDTHS.primary![stop]! + border[stop]!,
      'secondary',
      ROAD_WIDTHS.secondary![stop]! + border[stop]!,
      'tertiary',
      ROAD_WIDTHS.tertiary![stop]! + border[stop]!,
      'minor',
      ROAD_WIDTHS.minor![stop]! + border[stop]!,
      'service',
      ROAD_WIDTHS.service![stop]! + border[stop]!,
      ROAD_WIDTHS.other![stop]! + border[stop]!,
    ],
  ]);
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...stops] as ExpressionSpecification;
}

const ROAD_WIDTH = roadWidth();
const CASING_WIDTH = roadWidth([0.6, 1, 2, 3]);

function paletteExpression(palette: Palette, entries: [string[] | string, keyof Palette][], fallback: keyof Palette) {
  const expression: unknown[] = ['match', kind];
  for (const [kinds, colour] of entries) expression.push(kinds, palette[colour]);
  expression.push(palette[fallback]);
  return expression as ExpressionSpecification;
}

/** The source for the project's tiles (bounds and zooms from the project info). */
export function streetBasemapSource(origin: string, info: BasemapInfo): SourceSpecification {
  return {
    type: 'vector',
    tiles: [`${origin}/tiles/{z}/{x}/{y}`],
    minzoom: info.minZoom,
    maxzoom: info.maxZoom,
    bounds: info.bounds,
    attribution: info.attribution,
  };
}

/** The basemap's layers, bottom to top, in one theme. */
export function streetBasemapLayers(theme: BasemapTheme): LayerSpecification[] {
  const palette = BASEMAP_PALETTES[theme];
  const source = STREET_SOURCE;
  const lineLayout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  const notTunnel: ExpressionSpecification = ['!=', ['get', 'tunnel'], 1];
  return [
    {
      id: 'osm-landuse',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      paint: {
        'fill-color': paletteExpression(
          palette,
          [
            [['park', 'pitch'], 'park'],
            ['forest', 'forest'],
            ['grass', 'grass'],
            ['cemetery', 'cemetery'],
            ['farmland', 'farmland'],
            [['industrial', 'commercial', 'parking'], 'industrial'],
            ['square', 'square'],
          ],
          'residential',
        ),
      },
    },
    {
      id: 'osm-water',
      type: 'fill',
      source,
      'source-layer': 'water',
      paint: { 'fill-color': palette.water },
    },
    {
      id: 'osm-waterways',
      type: 'line',
      source,
      'source-layer': 'waterways',
      layout: lineLayout,
      paint: {
        'line-color': palette.waterway,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          10,
          ['match', kind, 'river', 1, 0.3],
          16,
          ['match', kind, 'river', 6, 'canal', 4, 2],
        ],
      },
    },
    {
      id: 'osm-buildings',
      type: 'fill',
      source,
      'source-layer': 'buildings',
      minzoom: 14,
      paint: {
        'fill-color': palette.building,
        'fill-outline-color': palette.buildingOutline,
      },
    },
    {
      id: 'osm-paths',
      type: 'line',
      source,
      'source-layer': 'paths',
      minzoom: 14,
      layout: lineLayout,
      paint: {
        'line-color': ['match', kind, 'cycleway', palette.cycleway, palette.path],
        'line-width': ['interpolate', ['linear'], ['zoom'], 14, 0.6, 16, 1.4, 18, 2.5],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'osm-road-casing',
      type: 'line',
      source,
      'source-layer': 'roads',
      filter: notTunnel,
      layout: lineLayout,
      paint: {
        'line-color': paletteExpression(
          palette,
          [
            [['motorway', 'trunk'], 'motorwayCasing'],
            ['primary', 'primaryCasing'],
          ],
          'casing',
        ),
        'line-width': CASING_WIDTH,
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0, 13, 1],
      },
    },
    {
      id: 'osm-roads',
      type: 'line',
      source,
      'source-layer': 'roads',
      layout: lineLayout,
      paint: {
        'line-color': paletteExpression(
          palette,
          [
            [['motorway', 'trunk'], 'motorway'],
            ['primary', 'primary'],
          ],
          'road',
        ),
        'line-width': ROAD_WIDTH,
        'line-opacity': ['case', ['==', ['get', 'tunnel'], 1], 0.5, 1],
      },
    },
    {
      id: 'osm-rail',
      type: 'line',
      source,
      'source-layer': 'rail',
      paint: {
        'line-color': palette.rail,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 16, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'osm-waterway-labels',
      type: 'symbol',
      source,
      'source-layer': 'waterways',
      minzoom: 13,
      filter: ['has', 'name'],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': palette.waterway, 'text-halo-color': palette.halo, 'text-halo-width': 1.2 },
    },
    {
      id: STREET_LABEL_LAYER,
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 14,
      filter: ['has', 'name'],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 16, 12, 18, 14],
        'text-max-angle': 30,
        'symbol-spacing': 300,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'osm-path-labels',
      type: 'symbol',
      source,
      'source-layer': 'paths',
      minzoom: 16,
      filter: ['has', 'name'],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 10,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'osm-place-labels',
      type: 'symbol',
      source,
      'source-layer': 'places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_SEMIBOLD,
        'text-size': ['match', kind, ['city', 'town'], 16, 'village', 14, 12],
        'text-max-width': 8,
        'symbol-sort-key': ['match', kind, ['city', 'town'], 0, 'village', 1, 2],
      },
      paint: { 'text-color': palette.placeLabel, 'text-halo-color': palette.halo, 'text-halo-width': 1.6 },
    },
  ];
}

/** Colours the Natural Earth world basemap (which map-style.ts draws in the light theme) to match. */
function recolourWorld(map: MapLibreMap, palette: Palette): void {
  const set = (layer: string, property: Parameters<MapLibreMap['setPaintProperty']>[1], value: string) => {
    if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
  };
  set(LAYER.background, 'background-color', palette.sea);
  set(LAYER.land, 'fill-color', palette.land);
  set(LAYER.coastline, 'line-color', palette.coastline);
  set(LAYER.borders, 'line-color', palette.border);
  set(LAYER.countryLabels, 'text-color', palette.countryLabel);
  set(LAYER.countryLabels, 'text-halo-color', palette.land);
}

/**
 * Puts the street basemap (when the project has one) under the project's layers, in a theme;
 * called again when the project or the theme changes, it replaces what it added before.
 */
export function showStreetBasemap(
  map: MapLibreMap,
  options: { info: BasemapInfo | null; theme: BasemapTheme; origin: string; beforeLayer: string },
): void {
  for (const layer of map.getStyle().layers ?? [])
    if (layer.id.startsWith(STREET_LAYER_PREFIX)) map.removeLayer(layer.id);
  if (map.getSource(STREET_SOURCE)) map.removeSource(STREET_SOURCE);
  recolourWorld(map, BASEMAP_PALETTES[options.theme]);
  if (!options.info) return;
  map.addSource(STREET_SOURCE, streetBasemapSource(options.origin, options.info));
  const before = map.getLayer(options.beforeLayer) ? options.beforeLayer : undefined;
  for (const layer of streetBasemapLayers(options.theme)) map.addLayer(layer, before);
}
