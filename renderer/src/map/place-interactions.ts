import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { LAYER, SOURCE } from './map-ids.js';
import { moveLinkEnds, type LinkCollection, type PlaceCollection } from './project-geojson.js';

// Pointer behaviour on the map: hover (feature-state and cursor), click to select or to pick the
// position of a new place, and dragging a place to move it. Written against MapLibre directly and
// fed through getters, so React state changes never rebuild the map or its listeners.

export interface PlaceInteractionOptions {
  isAddMode(): boolean;
  /** False while a drawing tool owns the pointer (drawing an area or a route, linking). */
  canDragPlaces?(): boolean;
  /** What the map draws now, to draw a dragged place and its links from. */
  currentPlaces(): PlaceCollection;
  currentLinks(): LinkCollection;
  onSelectPlace(id: number): void;
  onPickPosition(position: [number, number]): void;
  /** Saves a moved place; resolves to false when it failed and the drawing must go back. */
  onMovePlace(id: number, position: [number, number]): Promise<boolean>;
  onDragStateChange?(dragging: boolean): void;
  /** Places picked by the multi-select: dragging one of them moves them all. */
  pickedPlaceIds?(): readonly number[];
  /** Saves several moved places in one call; resolves to false when it failed. */
  onMovePlaces?(moves: { id: number; position: [number, number] }[]): Promise<boolean>;
}

/** Pixels the pointer must travel before a press on a place becomes a drag rather than a click. */
const DRAG_THRESHOLD = 3;
/** Pixels around the pointer that still count as "on" a place. */
const HIT_TOLERANCE = 4;

interface Drag {
  id: number;
  startX: number;
  startY: number;
  moved: boolean;
  position: [number, number];
  frame: number | null;
  /** Where the pointer went down, and the other picked places moving along (their start positions). */
  origin: [number, number];
  group: { id: number; start: [number, number] }[];
}

export interface PlaceInteractions {
  /** Call when the add mode changes, so the cursor follows at once. */
  refreshCursor(): void;
  detach(): void;
}

export function attachPlaceInteractions(map: MapLibreMap, options: PlaceInteractionOptions): PlaceInteractions {
  const canvas = map.getCanvasContainer();
  let hoveredId: number | null = null;
  let drag: Drag | null = null;

  function updateCursor(): void {
    canvas.style.cursor = drag?.moved
      ? 'grabbing'
      : options.isAddMode()
        ? 'crosshair'
        : hoveredId !== null
          ? 'pointer'
          : '';
  }

  function setHovered(id: number | null): void {
    if (id === hoveredId) return;
    if (hoveredId !== null) map.setFeatureState({ source: SOURCE.places, id: hoveredId }, { hover: false });
    hoveredId = id;
    if (hoveredId !== null) map.setFeatureState({ source: SOURCE.places, id: hoveredId }, { hover: true });
    updateCursor();
  }

  function placeIdAt(event: MapMouseEvent): number | null {
    const { x, y } = event.point;
    const features = map.queryRenderedFeatures(
      [
        [x - HIT_TOLERANCE, y - HIT_TOLERANCE],
        [x + HIT_TOLERANCE, y + HIT_TOLERANCE],
      ],
      { layers: [LAYER.placeCircles] },
    );
    const id = features[0]?.id;
    return typeof id === 'number' ? id : null;
  }

  const onMouseMove = (event: MapLayerMouseEvent) => {
    if (drag) return;
    const id = event.features?.[0]?.id;
    setHovered(typeof id === 'number' ? id : null);
  };
  const onMouseLeave = () => {
    if (!drag) setHovered(null);
  };
  const onClusterEnter = () => {
    if (!drag && !options.isAddMode()) canvas.style.cursor = 'zoom-in';
  };
  const onClusterLeave = () => updateCursor();

  const onClick = (event: MapMouseEvent) => {
    if (options.isAddMode()) {
      options.onPickPosition([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    const id = placeIdAt(event);
    if (id !== null) {
      options.onSelectPlace(id);
      return;
    }
    zoomIntoClusterAt(event);
  };

  /** A click on a cluster zooms in until it comes apart. */
  function zoomIntoClusterAt(event: MapMouseEvent): void {
    const cluster = map.queryRenderedFeatures(event.point, { layers: [LAYER.clusterCircles] })[0];
    const clusterId = cluster?.properties['cluster_id'];
    if (!cluster || typeof clusterId !== 'number' || cluster.geometry.type !== 'Point') return;
    const center = cluster.geometry.coordinates as [number, number];
    void map
      .getSource<GeoJSONSource>(SOURCE.places)
      ?.getClusterExpansionZoom(clusterId)
      .then((zoom) => map.easeTo({ center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) }));
  }

  function groupPositions(current: Drag): { id: number; position: [number, number] }[] {
    const dx = current.position[0] - current.origin[0];
    const dy = current.position[1] - current.origin[1];
    return current.group.map(({ id, start }) => ({ id, position: [start[0] + dx, start[1] + dy] }));
  }

  function drawDrag(current: Drag): void {
    current.frame = null;
    const places = map.getSource<GeoJSONSource>(SOURCE.places);
    if (current.group.length > 0) {
      // A group moves together; its links follow once the move is saved.
      void places?.updateData({
        update: groupPositions(current).map(({ id, position }) => ({
          id,
          newGeometry: { type: 'Point', coordinates: position },
        })),
      });
      return;
    }
    void places?.updateData({
      update: [{ id: current.id, newGeometry: { type: 'Point', coordinates: current.position } }],
    });
    const links = options.currentLinks();
    if (
      links.features.some(
        (link) => link.properties.fromPlaceId === current.id || link.properties.toPlaceId === current.id,
      )
    ) {
      void map.getSource<GeoJSONSource>(SOURCE.links)?.setData(moveLinkEnds(links, current.id, current.position));
    }
  }

  function redrawFromState(): void {
    void map.getSource<GeoJSONSource>(SOURCE.places)?.setData(options.currentPlaces());
    void map.getSource<GeoJSONSource>(SOURCE.links)?.setData(options.currentLinks());
  }

  const onDragMove = (event: MapMouseEvent) => {
    if (!drag) return;
    if (!drag.moved) {
      const distance = Math.hypot(event.point.x - drag.startX, event.point.y - drag.startY);
      if (distance < DRAG_THRESHOLD) return;
      drag.moved = true;
      options.onDragStateChange?.(true);
      updateCursor();
    }
    drag.position = [event.lngLat.lng, event.lngLat.lat];
    if (drag.frame === null) {
      const current = drag;
      current.frame = window.requestAnimationFrame(() => drawDrag(current));
    }
  };

  const endDrag = () => {
    const finished = drag;
    if (!finished) return;
    drag = null;
    map.off('mousemove', onDragMove);
    window.removeEventListener('mouseup', endDrag);
    map.dragPan.enable();
    if (finished.frame !== null) {
      window.cancelAnimationFrame(finished.frame);
      drawDrag(finished);
    }
    updateCursor();
    if (!finished.moved) return;
    options.onDragStateChange?.(false);
    const saving =
      finished.group.length > 0 && options.onMovePlaces
        ? options.onMovePlaces(groupPositions(finished))
        : options.onMovePlace(finished.id, finished.position);
    void saving.then((saved) => {
      if (!saved) redrawFromState();
    });
  };

  const onMouseDown = (event: MapLayerMouseEvent) => {
    if (options.isAddMode() || options.canDragPlaces?.() === false || event.originalEvent.button !== 0 || drag) return;
    const id = event.features?.[0]?.id;
    if (typeof id !== 'number') return;
    // NOTE: preventDefault on a layer mousedown stops this gesture from panning the map;
    // dragPan is disabled as well until the button goes up, wherever that happens.
    event.preventDefault();
    map.dragPan.disable();
    const features = options.currentPlaces().features;
    const feature = features.find((candidate) => candidate.id === id);
    const [longitude = event.lngLat.lng, latitude = event.lngLat.lat] = feature?.geometry.coordinates ?? [];
    const picked = options.pickedPlaceIds?.() ?? [];
    const group: Drag['group'] = [];
    if (picked.length > 1 && picked.includes(id)) {
      const pickedSet = new Set(picked);
      for (const candidate of features) {
        if (typeof candidate.id !== 'number' || !pickedSet.has(candidate.id)) continue;
        const [x = 0, y = 0] = candidate.geometry.coordinates;
        group.push({ id: candidate.id, start: [x, y] });
      }
    }
    drag = {
      id,
      startX: event.point.x,
      startY: event.point.y,
      moved: false,
      position: [longitude, latitude],
      frame: null,
      origin: [longitude, latitude],
      group,
    };
    map.on('mousemove', onDragMove);
    window.addEventListener('mouseup', endDrag);
  };

  map.on('mousemove', LAYER.placeCircles, onMouseMove);
  map.on('mouseleave', LAYER.placeCircles, onMouseLeave);
  map.on('mousedown', LAYER.placeCircles, onMouseDown);
  map.on('click', onClick);
  map.on('mouseenter', LAYER.clusterCircles, onClusterEnter);
  map.on('mouseleave', LAYER.clusterCircles, onClusterLeave);

  return {
    refreshCursor: updateCursor,
    detach() {
      map.off('mousemove', LAYER.placeCircles, onMouseMove);
      map.off('mouseleave', LAYER.placeCircles, onMouseLeave);
      map.off('mousedown', LAYER.placeCircles, onMouseDown);
      map.off('click', onClick);
      map.off('mouseenter', LAYER.clusterCircles, onClusterEnter);
      map.off('mouseleave', LAYER.clusterCircles, onClusterLeave);
      map.off('mousemove', onDragMove);
      window.removeEventListener('mouseup', endDrag);
      if (drag) map.dragPan.enable();
    },
  };
}
