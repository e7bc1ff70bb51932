import { Map as MapLibreMap } from 'maplibre-gl';
import type { Translator } from '../../../shared/i18n/translator.js';
import { readSessionToken } from '../api/session-token.js';
import { attachBoxSelect } from './box-select.js';
import { createDrawController, type DrawController } from './draw-controller.js';
import { installE2eHooks, setMapIdle } from './e2e-hooks.js';
import { addFamilyIcons } from './family-icons.js';
import { LAYER } from './map-ids.js';
import { addMapControls, mapLibreLocale } from './map-locale.js';
import { createMapStyle } from './map-style.js';
import type { MapToolBindings } from './map-view-types.js';
import { attachPlaceInteractions, type PlaceInteractions } from './place-interactions.js';
import type { LinkCollection, PlaceCollection } from './project-geojson.js';
import { tileRequestTransformer } from './tile-requests.js';

// The project's MapLibre map with what every window has on it: controls, the place interactions
// (click, drag, hover), box select, the terra-draw controller and, in test runs, the e2e hooks.
// Listeners are registered once and read the latest props through getters.

export interface ProjectMapOptions {
  e2e: boolean;
  translator: Translator;
  places(): PlaceCollection;
  links(): LinkCollection;
  tools(): MapToolBindings;
  /** Whether the project's data is drawn and fitted (an idle then reports the first paint). */
  isDrawn(): boolean;
  onDataDrawn(): void;
  /** The style is loaded and the app's icons are drawn: the sources can take data. */
  onReady(): void;
}

export interface ProjectMap {
  map: MapLibreMap;
  draw: DrawController;
  interactions: PlaceInteractions;
  remove(): void;
}

export function createProjectMap(container: HTMLElement, options: ProjectMapOptions): ProjectMap {
  const { e2e } = options;
  if (e2e) setMapIdle(false);
  const map = new MapLibreMap({
    container,
    style: createMapStyle(),
    center: [10, 50],
    zoom: 3,
    maxZoom: 20,
    attributionControl: { compact: false },
    maplibreLogo: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: mapLibreLocale(options.translator),
    // NOTE: test runs draw without multisampling: Chromium's software WebGL (SwiftShader) spends
    // about as long on it as on everything else of a first paint (11.7 s against 7.7 s measured).
    canvasContextAttributes: { antialias: !e2e, preserveDrawingBuffer: e2e },
    // Basemap tiles come from this page's own origin; serve mode wants the session token on them.
    transformRequest: tileRequestTransformer(window.location.origin, readSessionToken()),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  addMapControls(map, options.translator);

  const tools = options.tools;
  const interactions = attachPlaceInteractions(map, {
    isAddMode: () => tools().addMode,
    canDragPlaces: () => tools().canDragPlaces,
    pickedPlaceIds: () => tools().pickedPlaceIds,
    onMovePlaces: (moves) => tools().onMovePlaces(moves),
    currentPlaces: options.places,
    currentLinks: options.links,
    onSelectPlace: (id) => tools().onSelectPlace(id),
    onPickPosition: (position) => tools().onPickPosition(position),
    onMovePlace: (id, position) => tools().onMovePlace(id, position),
    onDragStateChange: (dragging) => {
      if (e2e && dragging) setMapIdle(false);
    },
  });
  const boxSelect = attachBoxSelect(map, {
    isEnabled: () => tools().multiSelect,
    onPick: (ids, toggle) => tools().onPickPlaces(ids, toggle),
  });
  const draw = createDrawController(map, {
    onAreaDrawn: (polygon) => tools().onAreaDrawn(polygon),
    onRouteDrawn: (positions) => tools().onRouteDrawn(positions),
    onAreaChanged: (id, polygon) => tools().onAreaChanged(id, polygon),
    onAreaSelected: (id) => tools().onAreaSelected(id),
    snapToPlace: ({ x, y }) => {
      const hits = map.queryRenderedFeatures(
        [
          [x - 8, y - 8],
          [x + 8, y + 8],
        ],
        { layers: [LAYER.placeCircles] },
      );
      // The place nearest the pointer, not the top-most one in the box: two stops a few pixels
      // apart must each be reachable.
      // NOTE: the place's own position, not the rendered one (tile geometry is quantised), so the
      // drawn line's points match the places exactly and become the route's stops.
      let place: PlaceCollection['features'][number] | undefined;
      let best = Infinity;
      for (const hit of hits) {
        const candidate = options.places().features.find((feature) => feature.id === hit.id);
        if (!candidate) continue;
        const point = map.project(candidate.geometry.coordinates as [number, number]);
        const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
        if (distance < best) {
          best = distance;
          place = candidate;
        }
      }
      return place ? (place.geometry.coordinates as [number, number]) : undefined;
    },
  });

  // The icons are drawn from the app's own SVG before the places appear (no missing-image flash).
  const onLoad = () => {
    void addFamilyIcons(map)
      .catch((error: unknown) => console.error('Map icons could not be drawn', error))
      .finally(options.onReady);
  };
  const onIdle = () => {
    if (!options.isDrawn()) return;
    if (e2e) setMapIdle(true);
    options.onDataDrawn();
  };
  const onMoveStart = () => {
    if (e2e) setMapIdle(false);
  };
  map.on('load', onLoad);
  map.on('idle', onIdle);
  map.on('movestart', onMoveStart);

  const uninstallHooks = e2e ? installE2eHooks(map, options.places, (id) => tools().onSelectPlace(id)) : () => {};

  return {
    map,
    draw,
    interactions,
    remove() {
      uninstallHooks();
      draw.detach();
      boxSelect.detach();
      interactions.detach();
      map.remove();
    },
  };
}
