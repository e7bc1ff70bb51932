import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { CATEGORY_FAMILIES, type CategoryFamily } from '../../../shared/model/typology.js';
import {
  HEATMAP_RAMP,
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
  SELECTED_COLOUR,
  familyColourExpression,
  linkColourExpression,
} from './family-colours.js';
import { familyIconId } from './family-icons.js';
import { FONT_REGULAR, FONT_SEMIBOLD, LAYER, SOURCE } from './map-ids.js';
import { proposalLayers, proposalSources } from './proposal-layers.js';
import type { PlacePaint } from './place-style-types.js';
import { EMPTY_COLLECTION } from './project-geojson.js';
import { worldBasemapLayers, worldBasemapSources } from './world-basemap-style.js';

/** Place names show from this zoom on (a few streets across). */
export const PLACE_LABELS_MIN_ZOOM = 14;
/** Dense places gather into counted clusters up to this zoom; from the next one each place shows. */
export const CLUSTER_MAX_ZOOM = 13;
/** Icons inside the circles from this zoom on (below it the circles are too small to hold one). */
const PLACE_ICONS_MIN_ZOOM = 13;

/** Features of the places source that are places, not clusters of them. */
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

/** Which names win when labels collide: heritage sites first, then venues, then the rest. */
const LABEL_PRIORITY: Partial<Record<CategoryFamily, number>> = {
  heritage: 0,
  'cultural-venue': 1,
  'cultural-institution': 2,
  'creative-space': 3,
};
function labelPriority(): ExpressionSpecification {
  const pairs: (string | number)[] = [];
  for (const family of CATEGORY_FAMILIES) pairs.push(family, LABEL_PRIORITY[family] ?? 5);
  return ['match', ['get', 'family'], ...pairs, 9] as unknown as ExpressionSpecification;
}

function familyIconExpression(): ExpressionSpecification {
  const pairs: string[] = [];
  for (const family of CATEGORY_FAMILIES) pairs.push(family, familyIconId(family));
  return ['match', ['get', 'family'], ...pairs, ''] as unknown as ExpressionSpecification;
}

// The whole map style, built in code: a calm, light world basemap from Natural Earth for thematic
// overlays, then the project's quarters, routes, links and places. No URL anywhere: no tiles, no
// glyphs (labels are drawn from the page's fonts), no sprite.

const HALO = '#FFFFFF';
const TEXT = '#2B2B2B';
const CLUSTER_COLOUR = '#3F4A54';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Picked by the edit tool's multi-select (Shift+click, Shift+drag). */
const picked: ExpressionSpecification = ['boolean', ['feature-state', 'picked'], false];

/** Circle radius by zoom, larger when selected. */
/** A place's radius by zoom; `grow` adds the place style's pixels (graduated size by value). */
function placeRadius(extra: number, grow: ExpressionSpecification | number = 0): ExpressionSpecification {
  const radius = (selectedRadius: number, radius: number): ExpressionSpecification => {
    const base: ExpressionSpecification = ['case', selected, selectedRadius + extra, radius + extra];
    return grow === 0 ? base : ['+', base, grow];
  };
  return ['interpolate', ['linear'], ['zoom'], 4, radius(4, 2.5), 12, radius(8, 6), 17, radius(11, 9)];
}

function overlaySources(): Record<string, SourceSpecification> {
  const empty = () => ({ type: 'geojson' as const, data: EMPTY_COLLECTION });
  return {
    [SOURCE.quarters]: empty(),
    [SOURCE.quarterLabels]: empty(),
    [SOURCE.routes]: empty(),
    [SOURCE.links]: empty(),
    [SOURCE.creativeFirmHeat]: empty(),
    // NOTE: clustered in MapLibre's worker (supercluster); from CLUSTER_MAX_ZOOM + 1 on the source
    // hands out the places themselves, so feature-state, dragging and labels work as before.
    [SOURCE.places]: {
      type: 'geojson',
      data: EMPTY_COLLECTION,
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 42,
    },
    [SOURCE.draftPlace]: empty(),
    [SOURCE.linkDraft]: empty(),
    ...proposalSources(),
  };
}

function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.quarterFill,
      type: 'fill',
      source: SOURCE.quarters,
      // The open area is filled more strongly and drawn with a wider, darker outline.
      paint: { 'fill-color': QUARTER_COLOUR, 'fill-opacity': ['case', selected, 0.3, 0.14] },
    },
    {
      id: LAYER.quarterOutline,
      type: 'line',
      source: SOURCE.quarters,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, SELECTED_COLOUR, QUARTER_OUTLINE_COLOUR],
        'line-width': ['case', selected, 3.5, 2],
        'line-opacity': ['case', selected, 1, 0.85],
      },
    },
    ...proposalLayers(),
    {
      id: LAYER.routeCasing,
      type: 'line',
      source: SOURCE.routes,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': HALO, 'line-width': ['case', selected, 10, 6], 'line-opacity': 0.85 },
    },
    {
      // Legs along the network (or as a file brought them) are solid; the open route is wider.
      id: LAYER.routeLine,
      type: 'line',
      source: SOURCE.routes,
      filter: ['!=', ['get', 'kind'], 'straight'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': ['case', selected, 5.5, 3.5] },
    },
    {
      // Straight legs (a stop off the network, no path between two stops) are dashed: not a way.
      id: LAYER.routeStraight,
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'kind'], 'straight'],
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': ['case', selected, 4.5, 3], 'line-dasharray': [1.2, 1.4] },
    },
    {
      id: LAYER.creativeFirmHeat,
      type: 'heatmap',
      source: SOURCE.creativeFirmHeat,
      maxzoom: 18,
      layout: { visibility: 'none' },
      paint: {
        'heatmap-weight': 1,
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 15, 1.6],
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 12, 13, 24, 16, 40],
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.85, 17.5, 0.35],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          ...HEATMAP_RAMP.flatMap(([stop, colour]) => [stop, colour]),
        ] as ExpressionSpecification,
      },
    },
    {
      // Links of the selected place are highlighted through feature-state, the others recede.
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': linkColourExpression() as ExpressionSpecification,
        'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 4, 1.8],
        'line-opacity': ['case', ['boolean', ['feature-state', 'highlight'], false], 1, 0.7],
      },
    },
    {
      // The link being made with the Link tool: from the first place to the pointer.
      id: LAYER.linkDraft,
      type: 'line',
      source: SOURCE.linkDraft,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': SELECTED_COLOUR, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    {
      id: LAYER.placeHalo,
      type: 'circle',
      source: SOURCE.places,
      filter: notCluster,
      paint: {
        'circle-radius': placeRadius(5),
        'circle-color': SELECTED_COLOUR,
        'circle-opacity': ['case', selected, 0.9, picked, 0.75, hovered, 0.3, 0],
        'circle-stroke-width': 0,
      },
    },
    {
      id: LAYER.placeCircles,
      type: 'circle',
      source: SOURCE.places,
      filter: notCluster,
      paint: {
        'circle-radius': placeRadius(0),
        'circle-color': familyColourExpression() as ExpressionSpecification,
        'circle-stroke-color': HALO,
        'circle-stroke-width': ['case', selected, 2.5, 1.5],
      },
    },
    {
      id: LAYER.placeIcons,
      type: 'symbol',
      source: SOURCE.places,
      minzoom: PLACE_ICONS_MIN_ZOOM,
      filter: notCluster,
      layout: {
        'icon-image': familyIconExpression(),
        'icon-size': ['interpolate', ['linear'], ['zoom'], PLACE_ICONS_MIN_ZOOM, 0.42, 17, 0.62],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: LAYER.clusterCircles,
      type: 'circle',
      source: SOURCE.places,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': CLUSTER_COLOUR,
        'circle-opacity': 0.88,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 100, 20, 1000, 25, 10000, 30],
        'circle-stroke-color': HALO,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.clusterCounts,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_SEMIBOLD,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#FFFFFF' },
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
      filter: ['==', ['get', 'label'], true],
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
        'symbol-sort-key': labelPriority(),
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

/** Filter of the selected-place label layer: only that place, or none (a cluster's id is not a place's). */
export function selectedPlaceFilter(id: number | null): FilterSpecification {
  return ['all', notCluster, ['==', ['id'], id ?? -1]];
}

/** Filter of the other place labels: every place but the selected one, named by its own layer. */
export function unselectedPlacesFilter(id: number | null): FilterSpecification {
  return ['all', notCluster, ['!=', ['id'], id ?? -1]];
}

/** Draws places as the project's place style says: colour, size and labels (paint and layout only). */
export function applyPlacePaint(map: MapLibreMap, paint: PlacePaint): void {
  map.setPaintProperty(LAYER.placeCircles, 'circle-color', paint.colour);
  map.setPaintProperty(LAYER.placeCircles, 'circle-radius', placeRadius(0, paint.extraRadius));
  map.setPaintProperty(LAYER.placeHalo, 'circle-radius', placeRadius(5, paint.extraRadius));
  map.setLayoutProperty(LAYER.placeLabels, 'visibility', paint.label ? 'visible' : 'none');
  if (paint.label) map.setLayoutProperty(LAYER.placeLabels, 'text-field', paint.label);
}

export function createMapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Itinera',
    sources: { ...worldBasemapSources(), ...overlaySources() },
    layers: [...worldBasemapLayers(), ...overlayLayers()],
  };
}
