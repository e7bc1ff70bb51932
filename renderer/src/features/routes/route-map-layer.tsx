import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import type { Place, Route } from '../../../../shared/model/schemas.js';
import { ROUTE_COLOUR, SELECTED_COLOUR } from '../../map/family-colours.js';
import { FONT_SEMIBOLD, LAYER, SOURCE } from '../../map/map-ids.js';
import { useMapInstance } from '../../map/map-instance.js';
import { EMPTY_COLLECTION, type RouteLegProperties } from '../../map/project-geojson.js';
import { setMapIdle } from '../../map/e2e-hooks.js';
import { attachRouteLineDrag } from './route-line-drag.js';

// What the open route adds to the map: its stops numbered, a proposed line (a better order) in
// grey, and the spot hovered on its elevation profile. A click on a route's line opens it (a
// click on a place on the line stays the place's); dragging the open route's line makes it pass
// where it is dropped (a via point). The routes' own lines are the map's layers.

/** Pixels around the pointer that still count as "on" a line or a place. */
const LINE_TOLERANCE = 5;
const PLACE_TOLERANCE = 4;
const ROUTE_LAYERS = [LAYER.routeLine, LAYER.routeStraight, LAYER.routeCasing];

function routeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.routePreview,
      type: 'line',
      source: SOURCE.routePreview,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#4A4F57', 'line-width': 4, 'line-opacity': 0.75, 'line-dasharray': [1, 1.5] },
    },
    {
      id: LAYER.routeStopBadges,
      type: 'circle',
      source: SOURCE.routeStops,
      paint: {
        'circle-radius': 9,
        'circle-color': ROUTE_COLOUR,
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 1.5,
        'circle-translate': [12, -14],
      },
    },
    {
      id: LAYER.routeStopNumbers,
      type: 'symbol',
      source: SOURCE.routeStops,
      layout: {
        'text-field': ['get', 'number'],
        'text-font': FONT_SEMIBOLD,
        'text-size': 11,
        'text-offset': [12 / 11, -14 / 11],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#FFFFFF' },
    },
    {
      id: LAYER.routeHover,
      type: 'circle',
      source: SOURCE.routeHover,
      paint: {
        'circle-radius': 7,
        'circle-color': SELECTED_COLOUR,
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

function addLayers(map: MapLibreMap): void {
  for (const source of [SOURCE.routePreview, SOURCE.routeStops, SOURCE.routeHover])
    if (!map.getSource(source)) map.addSource(source, { type: 'geojson', data: EMPTY_COLLECTION });
  for (const layer of routeLayers()) {
    if (map.getLayer(layer.id)) continue;
    // The proposed line goes under the places, the numbers and the marked spot over them.
    map.addLayer(layer, layer.id === LAYER.routePreview ? LAYER.placeHalo : undefined);
  }
}

function stopsCollection(route: Route | null, placesById: ReadonlyMap<number, Place>): FeatureCollection {
  if (!route) return EMPTY_COLLECTION;
  const ids = route.stops.map((stop) => stop.placeId);
  const round = ids.length > 2 && ids[0] === ids[ids.length - 1];
  return {
    type: 'FeatureCollection',
    features: (round ? ids.slice(0, -1) : ids).flatMap((placeId, index) => {
      const place = placesById.get(placeId);
      if (!place) return [];
      return [
        {
          type: 'Feature' as const,
          properties: { number: String(index + 1) },
          geometry: { type: 'Point' as const, coordinates: [place.longitude, place.latitude] },
        },
      ];
    }),
  };
}

export interface RouteMapLayerProps {
  /** What the routes source draws (a feature per leg). */
  routes: FeatureCollection;
  selectedRoute: Route | null;
  placesById: ReadonlyMap<number, Place>;
  preview: [number, number][] | null;
  hover: [number, number] | null;
  /** Whether a click on a line opens its route (on the plain map, not while drawing). */
  canSelect: boolean;
  onSelectRoute(id: number): void;
  /** The open route's line was dragged from leg `legIndex` to `position`. */
  onAddVia(legIndex: number, position: [number, number]): void;
}

export function RouteMapLayer(props: RouteMapLayerProps) {
  const { map, e2e } = useMapInstance();
  const latest = useRef(props);
  latest.current = props;
  const { routes, selectedRoute, placesById, preview, hover } = props;

  useEffect(() => {
    if (!map) return;
    addLayers(map);
    const onClick = (event: MapMouseEvent) => {
      if (!latest.current.canSelect) return;
      const { x, y } = event.point;
      const box = (size: number): [[number, number], [number, number]] => [
        [x - size, y - size],
        [x + size, y + size],
      ];
      if (
        map.queryRenderedFeatures(box(PLACE_TOLERANCE), { layers: [LAYER.placeCircles, LAYER.clusterCircles] }).length
      )
        return;
      const hit = map.queryRenderedFeatures(box(LINE_TOLERANCE), { layers: ROUTE_LAYERS })[0];
      const routeId = (hit?.properties as RouteLegProperties | undefined)?.routeId;
      if (typeof routeId === 'number') latest.current.onSelectRoute(routeId);
    };
    const canvas = map.getCanvasContainer();
    const onEnter = () => {
      if (latest.current.canSelect && canvas.style.cursor === '') canvas.style.cursor = 'pointer';
    };
    const onLeave = () => {
      if (canvas.style.cursor === 'pointer') canvas.style.cursor = '';
    };
    map.on('click', onClick);
    map.on('mouseenter', LAYER.routeLine, onEnter);
    map.on('mouseleave', LAYER.routeLine, onLeave);
    const detachDrag = attachRouteLineDrag(map, {
      draggableRouteId: () => (latest.current.canSelect ? (latest.current.selectedRoute?.id ?? null) : null),
      legEnds: (legIndex) => {
        const coordinates = latest.current.selectedRoute?.legs[legIndex]?.coordinates;
        return coordinates && coordinates.length > 1 ? [coordinates[0]!, coordinates[coordinates.length - 1]!] : null;
      },
      onDrop: (legIndex, position) => latest.current.onAddVia(legIndex, position),
      onDragStateChange: (dragging) => {
        if (e2e && dragging) setMapIdle(false);
      },
    });
    return () => {
      detachDrag();
      map.off('click', onClick);
      map.off('mouseenter', LAYER.routeLine, onEnter);
      map.off('mouseleave', LAYER.routeLine, onLeave);
    };
  }, [map, e2e]);

  // The open route's legs are wider (feature-state; the ids of its legs change with the data).
  const selectedId = selectedRoute?.id ?? null;
  useEffect(() => {
    if (!map || !map.getSource(SOURCE.routes)) return;
    map.removeFeatureState({ source: SOURCE.routes });
    if (selectedId === null) return;
    for (const feature of routes.features)
      if ((feature.properties as RouteLegProperties).routeId === selectedId && typeof feature.id === 'number')
        map.setFeatureState({ source: SOURCE.routes, id: feature.id }, { selected: true });
  }, [map, routes, selectedId]);

  const stops = useMemo(() => stopsCollection(selectedRoute, placesById), [selectedRoute, placesById]);
  useSource(map, e2e, SOURCE.routeStops, stops);
  const previewData = useMemo<FeatureCollection>(
    () =>
      preview
        ? {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: preview } }],
          }
        : EMPTY_COLLECTION,
    [preview],
  );
  useSource(map, e2e, SOURCE.routePreview, previewData);
  const hoverData = useMemo<FeatureCollection>(
    () =>
      hover
        ? {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: hover } }],
          }
        : EMPTY_COLLECTION,
    [hover],
  );
  useSource(map, e2e, SOURCE.routeHover, hoverData);
  return null;
}

function useSource(map: MapLibreMap | null, e2e: boolean, id: string, data: FeatureCollection): void {
  useEffect(() => {
    if (!map) return;
    if (e2e) setMapIdle(false);
    void map.getSource<GeoJSONSource>(id)?.setData(data);
  }, [map, e2e, id, data]);
}
