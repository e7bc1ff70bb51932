import { Map as MapLibreMap } from 'maplibre-gl';
import type { Translator } from '../../../shared/i18n/translator.js';
import { readSessionToken } from '../api/session-token.js';
import type { Notice } from '../i18n/notice.js';
import { attachBoxSelect } from './box-select.js';
import { createDrawController, type DrawController } from './draw-controller.js';
import { installE2eHooks, setMapIdle } from './e2e-hooks.js';
import { addFamilyIcons } from './family-icons.js';
import { attachKeyboardDrawing, type KeyboardDrawing } from './keyboard-drawing.js';
import { addMapControls, mapLibreLocale } from './map-locale.js';
import { createMapStyle } from './map-style.js';
import type { MapToolBindings } from './map-view-types.js';
import { attachPlaceInteractions, type PlaceInteractions } from './place-interactions.js';
import { nearestPlaceAt } from './nearest-place.js';
import type { LinkCollection, PlaceCollection } from './project-geojson.js';
import { tileRequestTransformer } from './tile-requests.js';

// The project's MapLibre map with what every window has on it: controls, the place interactions
// (click, drag, hover), box select, the terra-draw controller, drawing with the keyboard and, in
// test runs, the e2e hooks.
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
  /** Says what a key press on the map did (drawing with the keyboard), for screen readers. */
  announce(notice: Notice): void;
}

export interface ProjectMap {
  map: MapLibreMap;
  draw: DrawController;
  interactions: PlaceInteractions;
  keyboard: KeyboardDrawing;
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
    snapToPlace: (point) => {
      const place = nearestPlaceAt(map, options.places(), point, 8);
      return place ? (place.geometry.coordinates as [number, number]) : undefined;
    },
  });

  const keyboard = attachKeyboardDrawing(map, {
    tools,
    pointerDrawing: () => draw.pointerDrawing(),
    placeAt: (point, radius) => {
      const place = nearestPlaceAt(map, options.places(), point, radius);
      return place && { position: place.geometry.coordinates as [number, number], name: place.properties.name };
    },
    announce: options.announce,
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
    keyboard,
    remove() {
      uninstallHooks();
      keyboard.detach();
      draw.detach();
      boxSelect.detach();
      interactions.detach();
      map.remove();
    },
  };
}
