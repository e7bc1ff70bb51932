import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { LAYER, SOURCE } from '../../map/map-ids.js';
import { EMPTY_COLLECTION, type RouteLegProperties } from '../../map/project-geojson.js';

// Dragging the open route's line somewhere else adds a via point there: while the pointer moves
// a dashed line shows the leg bent through it; on release the route is routed again through the
// point (one undo step). Written against MapLibre directly, like the places' drag.

/** Pixels the pointer must travel before a press on the line becomes a drag. */
const DRAG_THRESHOLD = 4;
/** Pixels around the pointer that count as "on" a place (a press there is the place's). */
const PLACE_TOLERANCE = 4;

export interface RouteLineDragOptions {
  /** The open route's id while its line may be dragged (the plain map), else null. */
  draggableRouteId(): number | null;
  /** The leg's ends, to draw the bent line from. */
  legEnds(legIndex: number): [[number, number], [number, number]] | null;
  onDrop(legIndex: number, position: [number, number]): void;
  onDragStateChange(dragging: boolean): void;
}

export function attachRouteLineDrag(map: MapLibreMap, options: RouteLineDragOptions): () => void {
  const canvas = map.getCanvasContainer();
  let drag: { leg: number; x: number; y: number; moved: boolean; position: [number, number] } | null = null;

  const preview = () => map.getSource<GeoJSONSource>(SOURCE.routePreview);

  const onMove = (event: MapMouseEvent) => {
    if (!drag) return;
    if (!drag.moved) {
      if (Math.hypot(event.point.x - drag.x, event.point.y - drag.y) < DRAG_THRESHOLD) return;
      drag.moved = true;
      canvas.style.cursor = 'grabbing';
      options.onDragStateChange(true);
    }
    drag.position = [event.lngLat.lng, event.lngLat.lat];
    const ends = options.legEnds(drag.leg);
    if (!ends) return;
    void preview()?.setData({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [ends[0], drag.position, ends[1]] },
    });
  };

  const onUp = () => {
    const finished = drag;
    drag = null;
    map.off('mousemove', onMove);
    window.removeEventListener('mouseup', onUp);
    map.dragPan.enable();
    if (!finished?.moved) return;
    canvas.style.cursor = '';
    void preview()?.setData(EMPTY_COLLECTION);
    options.onDragStateChange(false);
    options.onDrop(finished.leg, finished.position);
  };

  const onDown = (event: MapLayerMouseEvent) => {
    const routeId = options.draggableRouteId();
    if (routeId === null || drag || event.originalEvent.button !== 0) return;
    const properties = event.features?.find((feature) => (feature.properties as RouteLegProperties).routeId === routeId)
      ?.properties as RouteLegProperties | undefined;
    if (!properties) return;
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [
      [x - PLACE_TOLERANCE, y - PLACE_TOLERANCE],
      [x + PLACE_TOLERANCE, y + PLACE_TOLERANCE],
    ];
    if (map.queryRenderedFeatures(box, { layers: [LAYER.placeCircles] }).length > 0) return;
    // NOTE: preventDefault on a layer's mousedown keeps this gesture from panning the map.
    event.preventDefault();
    map.dragPan.disable();
    drag = { leg: Number(properties.leg), x, y, moved: false, position: [event.lngLat.lng, event.lngLat.lat] };
    map.on('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  };

  const layers = [LAYER.routeLine, LAYER.routeStraight];
  for (const layer of layers) map.on('mousedown', layer, onDown);
  return () => {
    for (const layer of layers) map.off('mousedown', layer, onDown);
    map.off('mousemove', onMove);
    window.removeEventListener('mouseup', onUp);
    if (drag) map.dragPan.enable();
  };
}
