import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { areaPolygonProblemMessage } from '../../../shared/geo/area-polygon-problem.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { mapKeyboardMessages as m } from '../../../shared/i18n/messages/ui/map-keyboard.js';
import type { Notice } from '../i18n/notice.js';
import { QUARTER_OUTLINE_COLOUR, SELECTED_COLOUR } from './family-colours.js';
import {
  areaPolygon,
  pressEnter,
  removeLast,
  roundVertex,
  sketchCollection,
  type Position,
} from './keyboard-sketch.js';
import { LAYER, SOURCE } from './map-ids.js';
import type { MapToolBindings } from './map-view-types.js';

// The map's drawing tools from the keyboard, while the map (its canvas) has focus: the centre is
// the pointer (MapView draws a crosshair there). In the Place tool Enter picks the centre as the
// new place's position; in the Area and Route tools Enter adds a corner or stop there, Backspace
// takes the last one back, Enter on the same spot finishes (Escape leaves the tool, as it does
// for the mouse: app/map-tools/use-map-keys.ts). Arrow keys and +/− are MapLibre's own keyboard
// handler. A shape drawn this way is handed over exactly as terra-draw hands over one drawn with
// the pointer, so the same forms and checks follow. Each step is announced (a live region).

export type KeyboardTool = 'place' | 'area' | 'route';

/** Which keyboard drawing the tools on allow, if any. */
export function keyboardTool(tools: Pick<MapToolBindings, 'addMode' | 'drawTool'>): KeyboardTool | null {
  if (tools.addMode) return 'place';
  return tools.drawTool === 'area' || tools.drawTool === 'route' ? tools.drawTool : null;
}

export interface KeyboardDrawingOptions {
  tools(): MapToolBindings;
  /** Whether a shape drawn with the pointer is under way in terra-draw: Enter then finishes that. */
  pointerDrawing(): boolean;
  /** The place drawn nearest a point of the map (container pixels), within `radius` pixels. */
  placeAt(point: { x: number; y: number }, radius: number): { position: Position; name: string } | undefined;
  announce(notice: Notice): void;
}

export interface KeyboardDrawing {
  /** Throws away the corners or stops drawn so far (the tool changed, or the shape was handled). */
  reset(): void;
  detach(): void;
}

/** Two positions closer than this on the screen are the same spot. */
const SAME_SPOT_PIXELS = 4;
/** How far from the crosshair a place still counts as under it (the map moves in 100-pixel steps). */
const PLACE_RADIUS_PIXELS = 24;

export function attachKeyboardDrawing(map: MapLibreMap, options: KeyboardDrawingOptions): KeyboardDrawing {
  let kind: 'area' | 'route' | null = null;
  let vertices: Position[] = [];

  function centre(): Position {
    const { lng, lat } = map.getCenter();
    return [lng, lat];
  }
  const samePoint = (a: Position, b: Position) => {
    const [pa, pb] = [map.project(a), map.project(b)];
    return Math.hypot(pa.x - pb.x, pa.y - pb.y) < SAME_SPOT_PIXELS;
  };

  function show(): void {
    if (!map.getSource(SOURCE.keyboardSketch)) {
      if (vertices.length === 0) return;
      addSketchLayers(map);
    }
    const data = kind ? sketchCollection(kind, vertices, centre()) : sketchCollection('area', [], centre());
    void map.getSource<GeoJSONSource>(SOURCE.keyboardSketch)?.setData(data);
  }
  function reset(): void {
    kind = null;
    vertices = [];
    show();
  }

  function enter(tool: KeyboardTool): void {
    const tools = options.tools();
    if (tool === 'place') {
      tools.onPickPosition(centre());
      options.announce(messageRef(m.placePicked));
      return;
    }
    if (kind !== tool) reset();
    kind = tool;
    let at = roundVertex(centre());
    let name = '';
    if (tool === 'route') {
      const point = map.project(at);
      const place = options.placeAt(point, PLACE_RADIUS_PIXELS);
      if (!place) {
        options.announce(messageRef(m.noPlaceHere));
        return;
      }
      at = place.position;
      name = place.name;
    }
    const outcome = pressEnter(tool, vertices, at, samePoint);
    if (outcome.type === 'added') {
      vertices = outcome.vertices;
      options.announce(
        tool === 'area'
          ? messageRef(m.cornerAdded, { count: vertices.length })
          : messageRef(m.stopAdded, { count: vertices.length, name }),
      );
      show();
    } else if (outcome.type === 'too-few') {
      options.announce(
        tool === 'area' ? messageRef(m.areaTooFew, { count: vertices.length }) : messageRef(m.routeTooFew),
      );
    } else if (tool === 'area') {
      const polygon = areaPolygon(outcome.vertices);
      // A refused outline keeps its corners: Backspace can take the wrong ones back.
      const problem = areaPolygonProblemMessage(polygon);
      if (problem) {
        options.announce(problem);
        return;
      }
      reset();
      options.announce(messageRef(m.areaFinished, { count: outcome.vertices.length }));
      tools.onAreaDrawn(polygon);
    } else {
      reset();
      options.announce(messageRef(m.routeFinished, { count: outcome.vertices.length }));
      tools.onRouteDrawn(outcome.vertices);
    }
  }

  function backspace(tool: 'area' | 'route'): void {
    if (kind !== tool || vertices.length === 0) {
      options.announce(messageRef(m.nothingToRemove));
      return;
    }
    vertices = removeLast(vertices);
    options.announce(messageRef(tool === 'area' ? m.cornerRemoved : m.stopRemoved, { count: vertices.length }));
    show();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const tool = keyboardTool(options.tools());
    if (!tool) return;
    if (event.key === 'Enter') {
      // A shape begun with the pointer is terra-draw's: its Enter finishes it.
      if (tool !== 'place' && options.pointerDrawing()) return;
      event.preventDefault();
      enter(tool);
    } else if (event.key === 'Backspace' && tool !== 'place') {
      event.preventDefault();
      backspace(tool);
    } else if (event.key === 'Escape' && vertices.length > 0) {
      // The window's Escape leaves the tool (use-map-keys.ts), and the tool's change resets this.
      options.announce(messageRef(m.cancelled));
    }
  };
  // The line to the crosshair follows the map as it moves.
  const onMove = () => {
    if (vertices.length > 0) show();
  };
  // A click starts a shape with the pointer: the keyboard's shape goes.
  const onClick = () => {
    if (vertices.length > 0) reset();
  };
  const canvas = map.getCanvas();
  canvas.addEventListener('keydown', onKeyDown);
  map.on('move', onMove);
  map.on('click', onClick);
  return {
    reset,
    detach() {
      canvas.removeEventListener('keydown', onKeyDown);
      map.off('move', onMove);
      map.off('click', onClick);
    },
  };
}

function addSketchLayers(map: MapLibreMap): void {
  map.addSource(SOURCE.keyboardSketch, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: LAYER.keyboardSketchFill,
    type: 'fill',
    source: SOURCE.keyboardSketch,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': QUARTER_OUTLINE_COLOUR, 'fill-opacity': 0.15 },
  });
  map.addLayer({
    id: LAYER.keyboardSketchLine,
    type: 'line',
    source: SOURCE.keyboardSketch,
    filter: ['==', ['get', 'role'], 'shape'],
    paint: { 'line-color': SELECTED_COLOUR, 'line-width': 2, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: LAYER.keyboardSketchVertices,
    type: 'circle',
    source: SOURCE.keyboardSketch,
    filter: ['==', ['get', 'role'], 'vertex'],
    paint: {
      'circle-radius': 5,
      'circle-color': '#ffffff',
      'circle-stroke-color': SELECTED_COLOUR,
      'circle-stroke-width': 2,
    },
  });
}
