import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Quarter } from '../../../shared/model/schemas.js';
import { QUARTER_OUTLINE_COLOUR, SELECTED_COLOUR } from './family-colours.js';

// Drawing and reshaping with terra-draw, wrapped so the rest of the app sees three things: a tool
// is on or off, a shape was finished, an area was changed. terra-draw keeps the shape being drawn
// in its own store and layers while the pointer moves; React hears of it only when a shape is
// finished, so nothing re-renders per mouse move. Places are not terra-draw features: they keep
// their own drag (place-interactions.ts), and routes follow their stops.

export type DrawTool = 'area' | 'route' | 'edit-areas';

export interface DrawCallbacks {
  /** An area's outline was closed (not yet saved: the app asks for its name and kind). */
  onAreaDrawn(polygon: Polygon): void;
  /** A route's line was finished; its positions are already snapped to places where they could be. */
  onRouteDrawn(positions: [number, number][]): void;
  /** An area was moved or reshaped in the edit tool (one call per finished gesture). */
  onAreaChanged(quarterId: number, polygon: Polygon): void;
  onAreaSelected(quarterId: number | null): void;
  /** Where a route's click lands: the position of the place under the pointer, if any. */
  snapToPlace(point: { x: number; y: number }): [number, number] | undefined;
}

export interface DrawController {
  setTool(tool: DrawTool | null, quarters: readonly Quarter[]): void;
  /** Puts the areas back as they are saved (after a refused or saved edit). */
  reloadAreas(quarters: readonly Quarter[]): void;
  /** Removes the shape that was just drawn (saved, or cancelled). */
  clearDrawn(): void;
  /** Whether a shape is under way (begun with the pointer, not yet finished). */
  pointerDrawing(): boolean;
  detach(): void;
}

const MODE = { area: 'polygon', route: 'linestring', 'edit-areas': 'select' } as const;

function areaFeatures(quarters: readonly Quarter[]): GeoJSONStoreFeatures[] {
  return quarters.map((quarter) => ({
    type: 'Feature',
    id: `quarter-${quarter.id}`,
    geometry: quarter.geometry,
    properties: { mode: 'polygon', quarterId: quarter.id },
  }));
}

export function createDrawController(map: MapLibreMap, callbacks: DrawCallbacks): DrawController {
  let draw: TerraDraw | null = null;
  let tool: DrawTool | null = null;

  function create(): TerraDraw {
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      // NOTE: string ids chosen here ('quarter-12' for saved areas, random for new shapes), so a
      // drawn feature's id can never be taken for a saved area's.
      idStrategy: {
        isValidId: (id) => typeof id === 'string' && id.length > 0,
        getId: () => `drawn-${Math.random().toString(36).slice(2)}`,
      },
      modes: [
        new TerraDrawPolygonMode({
          styles: {
            fillColor: QUARTER_OUTLINE_COLOUR,
            fillOpacity: 0.15,
            outlineColor: SELECTED_COLOUR,
            outlineWidth: 2,
            closingPointColor: QUARTER_OUTLINE_COLOUR,
          },
        }),
        new TerraDrawLineStringMode({
          snapping: { toCustom: (event) => callbacks.snapToPlace({ x: event.containerX, y: event.containerY }) },
          styles: { lineStringColor: SELECTED_COLOUR, lineStringWidth: 3 },
        }),
        new TerraDrawSelectMode({
          // Deleting goes through the app (confirm, API), never terra-draw's own Delete key.
          keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
          flags: {
            polygon: {
              feature: {
                draggable: true,
                coordinates: { draggable: true, midpoints: true, deletable: true },
              },
            },
          },
          styles: {
            selectedPolygonColor: QUARTER_OUTLINE_COLOUR,
            selectedPolygonFillOpacity: 0.2,
            selectedPolygonOutlineColor: SELECTED_COLOUR,
            selectedPolygonOutlineWidth: 3,
          },
        }),
      ],
    });
    instance.start();
    instance.on('finish', (id, context) => {
      const feature = instance.getSnapshotFeature(id);
      if (!feature) return;
      if (context.mode === MODE.area && context.action === 'draw' && feature.geometry.type === 'Polygon') {
        callbacks.onAreaDrawn(feature.geometry);
      } else if (context.mode === MODE.route && context.action === 'draw' && feature.geometry.type === 'LineString') {
        callbacks.onRouteDrawn(feature.geometry.coordinates as [number, number][]);
      } else if (context.mode === MODE['edit-areas'] && feature.geometry.type === 'Polygon') {
        const quarterId = feature.properties['quarterId'];
        if (typeof quarterId === 'number') callbacks.onAreaChanged(quarterId, feature.geometry);
      }
    });
    instance.on('select', (id) => {
      const quarterId = instance.getSnapshotFeature(id)?.properties['quarterId'];
      callbacks.onAreaSelected(typeof quarterId === 'number' ? quarterId : null);
    });
    instance.on('deselect', () => callbacks.onAreaSelected(null));
    return instance;
  }

  function reloadAreas(quarters: readonly Quarter[]): void {
    if (!draw || tool !== 'edit-areas') return;
    draw.clear();
    draw.addFeatures(areaFeatures(quarters));
  }

  return {
    setTool(next, quarters) {
      if (next === tool) return;
      tool = next;
      if (!next) {
        // Stopped, not just idle: terra-draw then leaves the pointer and dragPan to the map.
        draw?.stop();
        draw = null;
        return;
      }
      draw ??= create();
      draw.clear();
      draw.setMode(MODE[next]);
      if (next === 'edit-areas') draw.addFeatures(areaFeatures(quarters));
    },
    reloadAreas,
    clearDrawn() {
      if (!draw || tool === 'edit-areas') return;
      draw.clear();
      // Back to the start of the tool, ready for the next shape.
      if (tool) draw.setMode(MODE[tool]);
    },
    pointerDrawing() {
      return draw !== null && tool !== 'edit-areas' && draw.getModeState() === 'drawing';
    },
    detach() {
      draw?.stop();
      draw = null;
    },
  };
}
