import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
// NOTE: MapLibre looks for its worker next to its own module, which a bundle moves. The worker's
// code ships inside the bundle and runs from a blob: URL, which both content security policies
// (serve mode's and Electron's app protocol's) allow, and which needs no request at all.
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Quarter } from '../../../shared/model/schemas.js';
import { attachBoxSelect } from './box-select.js';
import { createDrawController, type DrawController, type DrawTool } from './draw-controller.js';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { strings } from '../i18n/strings.js';
import { installE2eHooks, setMapIdle } from './e2e-hooks.js';
import type { CategoryFamily } from '../../../shared/model/typology.js';
import { addFamilyIcons } from './family-icons.js';
import { LAYER, SOURCE } from './map-ids.js';
import { createMapStyle, placeColourPaint, selectedPlaceFilter, unselectedPlacesFilter } from './map-style.js';
import { linkIdsOfPlace } from '../features/styling/styling-geojson.js';
import { attachPlaceInteractions, type PlaceInteractions } from './place-interactions.js';
import { fitToBounds } from './reveal-bounds.js';
import { EMPTY_COLLECTION, type LinkCollection, type PlaceCollection } from './project-geojson.js';
import type { BasemapFile, BasemapInfo } from '../../../shared/api/contract.js';
import {
  filesStructureKey,
  firstFileLayer,
  setFilesOpacity,
  showBasemapFiles,
} from '../features/basemaps/basemap-files.js';
import { readSessionToken } from '../api/session-token.js';
import { showStreetBasemap, tileRequestTransformer, type BasemapTheme } from '../features/basemaps/street-basemap.js';

setWorkerUrl(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));

export interface MapViewProps {
  mapRef: RefObject<MapLibreMap | null>;
  /** Whether the project data has been read (until then the sources are empty on purpose). */
  dataReady: boolean;
  /** Called on each idle once the project data is drawn and fitted (the first paint is done). */
  onDataDrawn?(): void;
  places: PlaceCollection;
  links: LinkCollection;
  routes: FeatureCollection;
  quarters: FeatureCollection;
  quarterLabels: FeatureCollection;
  bounds: [number, number, number, number] | null;
  selectedPlaceId: number | null;
  familyColours: Record<CategoryFamily, string>;
  /** Whether the heatmap of creative firms is on; `creativeFirms` feeds it. */
  heatmap: boolean;
  creativeFirms: FeatureCollection;
  addMode: boolean;
  draftPosition: [number, number] | null;
  /** The terra-draw tool on, if any, and the saved areas it edits. */
  drawTool: DrawTool | null;
  quarterList: readonly Quarter[];
  /** A serial that changes when the drawn shape must go (saved or cancelled). */
  drawResetKey: number;
  /** Whether dragging a place moves it (not while drawing or linking). */
  canDragPlaces: boolean;
  /** Shift+click / Shift+drag pick places (the edit tool). */
  multiSelect: boolean;
  pickedPlaceIds: readonly number[];
  /** The Link tool's first place: a dashed line follows the pointer from it. */
  linkFromId: number | null;
  /** What the active tool expects, shown over the map. */
  toolHint: string | null;
  e2e: boolean;
  onSelectPlace(id: number): void;
  onPickPlaces(ids: number[], toggle: boolean): void;
  onMovePlaces(moves: { id: number; position: [number, number] }[]): Promise<boolean>;
  onAreaDrawn(polygon: Polygon): void;
  onRouteDrawn(positions: [number, number][]): void;
  onAreaChanged(quarterId: number, polygon: Polygon): void;
  onAreaSelected(quarterId: number | null): void;
  onPickPosition(position: [number, number]): void;
  onMovePlace(id: number, position: [number, number]): Promise<boolean>;
  /** The project's street-level basemap from OpenStreetMap, when it has one. */
  basemap?: BasemapInfo | null;
  basemapTheme?: BasemapTheme;
  onToggleBasemapTheme?(): void;
  /** Basemap and overlay files added to the project (MBTiles, PMTiles). */
  basemapFiles?: readonly BasemapFile[];
  /** Extra controls drawn over the map (the Basemaps button and its panel). */
  children?: ReactNode;
}

const NO_FILES: readonly BasemapFile[] = [];

function draftCollection(position: [number, number] | null): FeatureCollection {
  if (!position) return EMPTY_COLLECTION;
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } }],
  };
}

interface SourceSync {
  mapRef: RefObject<MapLibreMap | null>;
  styleReady: boolean;
  e2e: boolean;
}

/** Hands a collection to its source whenever it is a new object (the inputs are memoised). */
function useSourceData({ mapRef, styleReady, e2e }: SourceSync, sourceId: string, data: FeatureCollection): void {
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    if (e2e) setMapIdle(false);
    void map.getSource<GeoJSONSource>(sourceId)?.setData(data);
  }, [mapRef, styleReady, e2e, sourceId, data]);
}

/** The latest value of a prop, for listeners registered once. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export function MapView(props: MapViewProps) {
  const { mapRef, dataReady, places, links, routes, quarters, quarterLabels, bounds, selectedPlaceId, addMode, e2e } =
    props;
  const containerRef = useRef<HTMLDivElement>(null);
  const interactionsRef = useRef<PlaceInteractions | null>(null);
  const drawRef = useRef<DrawController | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const latest = useLatest(props);
  const dataReadyRef = useLatest(dataReady);
  const fittedRef = useRef(false);

  // The map is created once; everything below talks to it through mapRef.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
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
      canvasContextAttributes: { antialias: true, preserveDrawingBuffer: e2e },
      // Basemap tiles come from this page's own origin; serve mode wants the session token on them.
      transformRequest: tileRequestTransformer(window.location.origin, readSessionToken()),
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    mapRef.current = map;

    const interactions = attachPlaceInteractions(map, {
      isAddMode: () => latest.current.addMode,
      canDragPlaces: () => latest.current.canDragPlaces,
      pickedPlaceIds: () => latest.current.pickedPlaceIds,
      onMovePlaces: (moves) => latest.current.onMovePlaces(moves),
      currentPlaces: () => latest.current.places,
      currentLinks: () => latest.current.links,
      onSelectPlace: (id) => latest.current.onSelectPlace(id),
      onPickPosition: (position) => latest.current.onPickPosition(position),
      onMovePlace: (id, position) => latest.current.onMovePlace(id, position),
      onDragStateChange: (dragging) => {
        if (e2e && dragging) setMapIdle(false);
      },
    });
    interactionsRef.current = interactions;
    const boxSelect = attachBoxSelect(map, {
      isEnabled: () => latest.current.multiSelect,
      onPick: (ids, toggle) => latest.current.onPickPlaces(ids, toggle),
    });
    drawRef.current = createDrawController(map, {
      onAreaDrawn: (polygon) => latest.current.onAreaDrawn(polygon),
      onRouteDrawn: (positions) => latest.current.onRouteDrawn(positions),
      onAreaChanged: (id, polygon) => latest.current.onAreaChanged(id, polygon),
      onAreaSelected: (id) => latest.current.onAreaSelected(id),
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
        let place: (typeof latest.current.places.features)[number] | undefined;
        let best = Infinity;
        for (const hit of hits) {
          const candidate = latest.current.places.features.find((feature) => feature.id === hit.id);
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
        .finally(() => setStyleReady(true));
    };
    const onIdle = () => {
      if (!dataReadyRef.current || !fittedRef.current) return;
      if (e2e) setMapIdle(true);
      latest.current.onDataDrawn?.();
    };
    const onMoveStart = () => {
      if (e2e) setMapIdle(false);
    };
    map.on('load', onLoad);
    map.on('idle', onIdle);
    map.on('movestart', onMoveStart);

    const uninstallHooks = e2e
      ? installE2eHooks(
          map,
          () => latest.current.places,
          (id) => latest.current.onSelectPlace(id),
        )
      : () => {};

    return () => {
      uninstallHooks();
      drawRef.current?.detach();
      drawRef.current = null;
      boxSelect.detach();
      interactions.detach();
      interactionsRef.current = null;
      mapRef.current = null;
      map.remove();
      setStyleReady(false);
    };
    // The map lives as long as the component; props reach it through `latest`.
  }, []);

  const draft = useMemo(() => draftCollection(props.draftPosition), [props.draftPosition]);
  const sync = { mapRef, styleReady, e2e };
  useSourceData(sync, SOURCE.places, places);
  useSourceData(sync, SOURCE.links, links);
  useSourceData(sync, SOURCE.routes, routes);
  useSourceData(sync, SOURCE.quarters, quarters);
  useSourceData(sync, SOURCE.quarterLabels, quarterLabels);
  useSourceData(sync, SOURCE.draftPlace, draft);
  useSourceData(sync, SOURCE.creativeFirmHeat, props.creativeFirms);

  // Colours and modes are paint and layout properties: the sources stay as they are.
  const { familyColours, heatmap } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    map.setPaintProperty(LAYER.placeCircles, 'circle-color', placeColourPaint(familyColours));
  }, [styleReady, familyColours, mapRef]);
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    map.setLayoutProperty(LAYER.creativeFirmHeat, 'visibility', heatmap ? 'visible' : 'none');
    // The heatmap shows density itself; cluster bubbles over it would hide it.
    for (const layer of [LAYER.clusterCircles, LAYER.clusterCounts])
      map.setLayoutProperty(layer, 'visibility', heatmap ? 'none' : 'visible');
  }, [styleReady, heatmap, mapRef]);

  // The selected place's links are highlighted with feature-state (no new data for the source).
  const highlightedLinksRef = useRef<number[]>([]);
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    for (const id of highlightedLinksRef.current)
      map.setFeatureState({ source: SOURCE.links, id }, { highlight: false });
    const ids = linkIdsOfPlace(
      links.features.map((feature) => feature.properties),
      selectedPlaceId,
    );
    for (const id of ids) map.setFeatureState({ source: SOURCE.links, id }, { highlight: true });
    highlightedLinksRef.current = ids;
  }, [styleReady, selectedPlaceId, links, mapRef]);

  // Fit the project once, when its data first arrives.
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map || !dataReady || fittedRef.current) return;
    fittedRef.current = true;
    if (bounds) fitToBounds(map, bounds, false);
    // Nothing may be left to load or move (an empty project, bounds already in view): a repaint
    // brings the idle event that reports the first paint (onDataDrawn) all the same.
    map.triggerRepaint();
  }, [styleReady, dataReady, bounds, mapRef, e2e]);

  // Selection is feature-state on the places source: the map repaints, React does not.
  const selectedRef = useRef<number | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    const previous = selectedRef.current;
    if (previous !== null && previous !== selectedPlaceId) {
      map.setFeatureState({ source: SOURCE.places, id: previous }, { selected: false });
    }
    if (selectedPlaceId !== null)
      map.setFeatureState({ source: SOURCE.places, id: selectedPlaceId }, { selected: true });
    map.setFilter(LAYER.selectedPlaceLabel, selectedPlaceFilter(selectedPlaceId));
    map.setFilter(LAYER.placeLabels, unselectedPlacesFilter(selectedPlaceId));
    selectedRef.current = selectedPlaceId;
  }, [styleReady, selectedPlaceId, mapRef]);

  useEffect(() => {
    interactionsRef.current?.refreshCursor();
  }, [addMode]);

  // Drawing tools: terra-draw runs only while one is on.
  const { drawTool, quarterList, drawResetKey, multiSelect, pickedPlaceIds, linkFromId } = props;
  const quarterListRef = useLatest(quarterList);
  useEffect(() => {
    if (!styleReady) return;
    drawRef.current?.setTool(drawTool, quarterListRef.current);
  }, [styleReady, drawTool, quarterListRef]);
  useEffect(() => {
    drawRef.current?.reloadAreas(quarterList);
  }, [quarterList]);
  useEffect(() => {
    drawRef.current?.clearDrawn();
  }, [drawResetKey]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (multiSelect) map.boxZoom.disable();
    else map.boxZoom.enable();
  }, [multiSelect, mapRef]);

  // Picked places (multi-select) are feature-state, like the selection.
  const pickedRef = useRef<readonly number[]>([]);
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    for (const id of pickedRef.current) map.setFeatureState({ source: SOURCE.places, id }, { picked: false });
    for (const id of pickedPlaceIds) map.setFeatureState({ source: SOURCE.places, id }, { picked: true });
    pickedRef.current = pickedPlaceIds;
  }, [styleReady, pickedPlaceIds, mapRef]);

  // The Link tool's dashed line from the first place to the pointer, drawn straight to its source.
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    const source = map.getSource<GeoJSONSource>(SOURCE.linkDraft);
    const from = linkFromId === null ? undefined : latest.current.places.features.find((f) => f.id === linkFromId);
    if (!from) {
      void source?.setData(EMPTY_COLLECTION);
      return;
    }
    const start = from.geometry.coordinates;
    const onMove = (event: { lngLat: { lng: number; lat: number } }) => {
      void source?.setData({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: [start, [event.lngLat.lng, event.lngLat.lat]] },
      });
    };
    map.on('mousemove', onMove);
    return () => {
      map.off('mousemove', onMove);
      void source?.setData(EMPTY_COLLECTION);
    };
  }, [styleReady, linkFromId, mapRef, latest]);

  // The street basemap sits under the project's layers; re-added when the project or theme changes.
  const basemap = props.basemap ?? null;
  const basemapTheme = props.basemapTheme ?? 'light';
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    if (e2e) setMapIdle(false);
    showStreetBasemap(map, {
      info: basemap,
      theme: basemapTheme,
      origin: window.location.origin,
      // Under the files the user added (a file chosen as basemap is drawn over the OSM streets).
      beforeLayer: firstFileLayer(map) ?? LAYER.quarterFill,
    });
    if (e2e) map.triggerRepaint();
  }, [styleReady, basemap, basemapTheme, mapRef, e2e]);

  // Added files: sources and layers rebuilt when which files are drawn changes; opacity repaints.
  const basemapFiles = props.basemapFiles ?? NO_FILES;
  const filesKey = filesStructureKey(basemapFiles);
  const shownFilesKeyRef = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!styleReady || !map) return;
    if (e2e) setMapIdle(false);
    if (shownFilesKeyRef.current === filesKey) setFilesOpacity(map, basemapFiles);
    else showBasemapFiles(map, { files: basemapFiles, origin: window.location.origin, beforeLayer: LAYER.quarterFill });
    shownFilesKeyRef.current = filesKey;
    if (e2e) map.triggerRepaint();
  }, [styleReady, basemapFiles, filesKey, mapRef, e2e]);

  return (
    <div className="map-view" aria-label={strings.mapLabel} role="region">
      <div ref={containerRef} className="map-view__canvas" data-testid="map" />
      {props.onToggleBasemapTheme && (
        <button
          type="button"
          className="map-view__theme"
          aria-pressed={basemapTheme === 'dark'}
          title={strings.basemapThemeTitle}
          onClick={props.onToggleBasemapTheme}
        >
          {basemapTheme === 'dark' ? strings.basemapLight : strings.basemapDark}
        </button>
      )}
      {props.children}
      {(addMode || props.toolHint) && (
        <p className="map-view__hint" role="status" data-testid="map-hint">
          {addMode ? strings.addPlaceHint : props.toolHint}
        </p>
      )}
    </div>
  );
}
