import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
// NOTE: MapLibre looks for its worker next to its own module, which a bundle moves. The worker's
// code ships inside the bundle and runs from a blob: URL, which both content security policies
// (serve mode's and Electron's app protocol's) allow, and which needs no request at all.
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { mapMessages } from '../../../shared/i18n/messages/ui/map.js';
import { useT } from '../i18n/i18n-context.js';
import { noticeText } from '../i18n/notice.js';
import { createProjectMap, type ProjectMap } from './create-project-map.js';
import { setMapIdle } from './e2e-hooks.js';
import type { MapLayers, MapToolBindings } from './map-view-types.js';
import { keyboardTool } from './keyboard-drawing.js';
import { LAYER, SOURCE } from './map-ids.js';
import { MapKeyboard, useAnnouncer, useKeyboardFocus } from './map-keyboard.js';
import { MapInstanceContext } from './map-instance.js';
import { setMapLocale } from './map-locale.js';
import { applyPlacePaint, selectedPlaceFilter, unselectedPlacesFilter } from './map-style.js';
import { fitToBounds } from './reveal-bounds.js';
import { EMPTY_COLLECTION } from './project-geojson.js';

setWorkerUrl(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));

export type { MapLayers, MapToolBindings } from './map-view-types.js';

export interface MapViewProps {
  mapRef: RefObject<MapLibreMap | null>;
  layers: MapLayers;
  tools: MapToolBindings;
  e2e: boolean;
  /** Called on each idle once the project data is drawn and fitted (the first paint is done). */
  onDataDrawn?(): void;
  /** Layers of features (the basemaps, the Link tool's line) and controls drawn over the map. */
  children?: ReactNode;
}

function draftCollection(position: [number, number] | null): FeatureCollection {
  if (!position) return EMPTY_COLLECTION;
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } }],
  };
}

/** Hands a collection to its source whenever it is a new object (the inputs are memoised). */
function useSourceData(map: MapLibreMap | null, e2e: boolean, sourceId: string, data: FeatureCollection): void {
  useEffect(() => {
    if (!map) return;
    if (e2e) setMapIdle(false);
    void map.getSource<GeoJSONSource>(sourceId)?.setData(data);
  }, [map, e2e, sourceId, data]);
}

/** Feature-state `key` on for these ids of a source, off for those it was on for before. */
function useFeatureState(map: MapLibreMap | null, source: string, key: string, ids: readonly number[]): void {
  const previous = useRef<readonly number[]>([]);
  useEffect(() => {
    if (!map) return;
    for (const id of previous.current) map.setFeatureState({ source, id }, { [key]: false });
    for (const id of ids) map.setFeatureState({ source, id }, { [key]: true });
    previous.current = ids;
  }, [map, source, key, ids]);
}

/** The latest value of a prop, for listeners registered once. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export function MapView({ mapRef, layers, tools, e2e, onDataDrawn, children }: MapViewProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  // The map once its style and icons are ready (null before): what the effects below draw on.
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const createdRef = useRef<ProjectMap | null>(null);
  const latest = useLatest({ layers, tools, onDataDrawn });
  const fittedRef = useRef(false);
  const translator = useLatest(t);
  const [announcement, announce] = useAnnouncer();

  // The map is created once; everything below talks to it through `map` (and others through mapRef).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const created = createProjectMap(container, {
      e2e,
      translator: translator.current,
      places: () => latest.current.layers.places,
      links: () => latest.current.layers.links,
      tools: () => latest.current.tools,
      isDrawn: () => latest.current.layers.dataReady && fittedRef.current,
      onDataDrawn: () => latest.current.onDataDrawn?.(),
      onReady: () => setMap(created.map),
      announce,
    });
    createdRef.current = created;
    mapRef.current = created.map;
    return () => {
      createdRef.current = null;
      created.remove();
      mapRef.current = null;
      setMap(null);
    };
    // The map lives as long as the component; props reach it through `latest`.
  }, []);

  // A language switch: MapLibre's controls are made again with the new texts (and direction).
  const localeShown = useRef(t);
  useEffect(() => {
    const current = mapRef.current;
    if (!current || localeShown.current === t) return;
    localeShown.current = t;
    setMapLocale(current, t);
  }, [t, mapRef]);

  const { places, links, routes, quarters, quarterLabels, bounds, selectedPlaceId, dataReady } = layers;
  const draft = useMemo(() => draftCollection(tools.draftPosition), [tools.draftPosition]);
  useSourceData(map, e2e, SOURCE.places, places);
  useSourceData(map, e2e, SOURCE.links, links);
  useSourceData(map, e2e, SOURCE.routes, routes);
  useSourceData(map, e2e, SOURCE.quarters, quarters);
  useSourceData(map, e2e, SOURCE.quarterLabels, quarterLabels);
  useSourceData(map, e2e, SOURCE.draftPlace, draft);
  useSourceData(map, e2e, SOURCE.creativeFirmHeat, layers.creativeFirms);
  useSourceData(map, e2e, SOURCE.proposedQuarters, layers.proposedQuarters);

  // Colours and modes are paint and layout properties: the sources stay as they are.
  const { placePaint, heatmap } = layers;
  useEffect(() => {
    if (map) applyPlacePaint(map, placePaint);
  }, [map, placePaint]);
  useEffect(() => {
    if (!map) return;
    map.setLayoutProperty(LAYER.creativeFirmHeat, 'visibility', heatmap ? 'visible' : 'none');
    // The heatmap shows density itself; cluster bubbles over it would hide it.
    for (const layer of [LAYER.clusterCircles, LAYER.clusterCounts])
      map.setLayoutProperty(layer, 'visibility', heatmap ? 'none' : 'visible');
  }, [map, heatmap]);

  // The selected place's links are highlighted with feature-state (no new data for the source).
  useFeatureState(map, SOURCE.links, 'highlight', layers.highlightedLinkIds);

  // Fit the project once, when its data first arrives.
  useEffect(() => {
    if (!map || !dataReady || fittedRef.current) return;
    fittedRef.current = true;
    if (bounds) fitToBounds(map, bounds, false);
    // Nothing may be left to load or move (an empty project, bounds already in view): a repaint
    // brings the idle event that reports the first paint (onDataDrawn) all the same.
    map.triggerRepaint();
  }, [map, dataReady, bounds]);

  // Selection is feature-state on the places and areas sources: the map repaints, React does not.
  const selected = useMemo(() => (selectedPlaceId === null ? [] : [selectedPlaceId]), [selectedPlaceId]);
  useFeatureState(map, SOURCE.places, 'selected', selected);
  const { selectedAreaId } = layers;
  const selectedAreas = useMemo(() => (selectedAreaId === null ? [] : [selectedAreaId]), [selectedAreaId]);
  useFeatureState(map, SOURCE.quarters, 'selected', selectedAreas);
  useEffect(() => {
    if (!map) return;
    map.setFilter(LAYER.selectedPlaceLabel, selectedPlaceFilter(selectedPlaceId));
    map.setFilter(LAYER.placeLabels, unselectedPlacesFilter(selectedPlaceId));
  }, [map, selectedPlaceId]);

  // Drawing tools: terra-draw runs only while one is on.
  const { drawTool, drawResetKey, multiSelect, pickedPlaceIds, addMode } = tools;
  const quarterListRef = useLatest(layers.quarterList);
  useEffect(() => {
    if (map) createdRef.current?.draw.setTool(drawTool, quarterListRef.current);
  }, [map, drawTool, quarterListRef]);
  useEffect(() => {
    createdRef.current?.draw.reloadAreas(layers.quarterList);
  }, [layers.quarterList]);
  useEffect(() => {
    createdRef.current?.draw.clearDrawn();
  }, [drawResetKey]);
  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    if (multiSelect) current.boxZoom.disable();
    else current.boxZoom.enable();
  }, [multiSelect, mapRef]);
  useEffect(() => {
    createdRef.current?.interactions.refreshCursor();
  }, [addMode]);
  // Picked places (multi-select) are feature-state, like the selection.
  useFeatureState(map, SOURCE.places, 'picked', pickedPlaceIds);

  // Drawing with the keyboard: what was drawn goes when the tool changes or the shape is handled.
  const drawingByKeyboard = keyboardTool(tools);
  useEffect(() => {
    createdRef.current?.keyboard.reset();
  }, [drawingByKeyboard, drawResetKey]);
  const keyboardFocus = useKeyboardFocus(map);
  const keyboardHelp = keyboardFocus && (drawingByKeyboard !== null || !tools.hint);

  const instance = useMemo(() => ({ map, e2e }), [map, e2e]);
  return (
    <div className="map-view" aria-label={t.t(mapMessages.mapLabel)} role="region">
      <div ref={containerRef} className="map-view__canvas" data-testid="map" />
      <MapInstanceContext.Provider value={instance}>{children}</MapInstanceContext.Provider>
      {tools.hint && !keyboardHelp && (
        <p className="map-view__hint" role="status" data-testid="map-hint">
          {noticeText(t, tools.hint)}
        </p>
      )}
      <MapKeyboard
        map={map}
        tool={drawingByKeyboard}
        focused={keyboardFocus}
        showHelp={keyboardHelp}
        announcement={announcement}
      />
    </div>
  );
}
