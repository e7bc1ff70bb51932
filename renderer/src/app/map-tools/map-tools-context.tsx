import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import { useApi } from '../../api/api-context.js';
import { useAreaTool } from '../../features/areas/use-area-tool.js';
import { useLinkTool } from '../../features/links/use-link-tool.js';
import { usePlaceTool } from '../../features/places/use-place-tool.js';
import { useRoutes } from '../../features/routes/routes-context.js';
import { useRouteTool } from '../../features/routes/use-route-tool.js';
import type { MapToolBindings } from '../../map/map-view.js';
import { useNotices } from '../notices.js';
import { useWorkspace } from '../project/workspace-context.js';
import type { MapTool } from './map-tool.js';
import type { ToolDeps } from './tool-deps.js';
import { useMapKeys } from './use-map-keys.js';
import { useSelectTool } from './use-select-tool.js';

// The map's tools as app state, one hook per tool (features/*/use-*-tool.ts, in the spirit of
// Placemark's one file per map mode): which tool is on, what was drawn and waits for a name,
// which places and area are picked, and the selected place. Every finished edit is one API call;
// the map hears of the result through the refreshed lists. Pointer moves never pass through here
// (terra-draw and the map handle them), so React renders once per click, not per move.

export interface Selection {
  selectedPlaceId: number | null;
  /** The selected place, once the full list of places is read. */
  selectedPlace: Place | null;
  /** Selects a place (or none): stops adding a place and clears the status line. */
  selectPlace(id: number | null): void;
  /** Closes the place panel (nothing else changes). */
  closePlace(): void;
  /** The route open in the route panel (a place and a route are never both open). */
  selectedRouteId: number | null;
  /** Opens a route (or none): the place panel closes. */
  selectRoute(id: number | null): void;
  /** The area open in the area panel (one of a place, a route and an area is open at a time). */
  selectedAreaId: number | null;
  /** The open area as last read (it follows edits, undo, redo and other windows). */
  selectedArea: Quarter | null;
  /** Opens an area (or none): the place or route panel closes. */
  selectArea(id: number | null): void;
}

const SelectionContext = createContext<Selection | null>(null);
const MapToolsContext = createContext<ReturnType<typeof useToolState> | null>(null);

function useToolState() {
  const api = useApi();
  const { data, actions, placesById, visiblePlaces } = useWorkspace();
  const { setStatus, setError } = useNotices();
  const routes = useRoutes();
  const { setSelectedRouteId } = routes;
  const [tool, setToolState] = useState<MapTool>('browse');
  const [selectedPlaceId, setSelectedPlaceId] = useState<number | null>(null);
  const [selectedAreaId, setSelectedAreaId] = useState<number | null>(null);
  const [drawResetKey, setDrawResetKey] = useState(0);
  const resetDrawing = useCallback(() => setDrawResetKey((key) => key + 1), []);
  const deps: ToolDeps = useMemo(
    () => ({ api, actions, setStatus, setError, resetDrawing }),
    [api, actions, setStatus, setError, resetDrawing],
  );
  // Tools leave themselves (a saved link, a picked position) through the full switch below.
  const setToolRef = useRef<(next: MapTool) => void>(() => {});
  const leaveTool = useCallback(() => setToolRef.current('browse'), []);

  const place = usePlaceTool(tool === 'place', deps, leaveTool, setSelectedPlaceId);
  const { cancelAdding } = place;
  const selectPlace = useCallback(
    (id: number | null) => {
      cancelAdding();
      setStatus(null);
      setSelectedPlaceId(id);
      if (id === null) return;
      setSelectedRouteId(null);
      setSelectedAreaId(null);
    },
    [cancelAdding, setStatus, setSelectedRouteId],
  );
  const selectRoute = useCallback(
    (id: number | null) => {
      cancelAdding();
      setSelectedRouteId(id);
      if (id === null) return;
      setSelectedPlaceId(null);
      setSelectedAreaId(null);
    },
    [cancelAdding, setSelectedRouteId],
  );
  const selectArea = useCallback(
    (id: number | null) => {
      cancelAdding();
      setSelectedAreaId(id);
      if (id === null) return;
      setSelectedPlaceId(null);
      setSelectedRouteId(null);
    },
    [cancelAdding, setSelectedRouteId],
  );
  const select = useSelectTool(tool === 'edit', deps, data.quarters, placesById);
  const area = useAreaTool(tool === 'area', deps);
  // A route just drawn opens in the route panel, on the plain map.
  const openDrawnRoute = useCallback(
    (id: number) => {
      setToolRef.current('browse');
      setSelectedPlaceId(null);
      setSelectedAreaId(null);
      setSelectedRouteId(id);
    },
    [setSelectedRouteId],
  );
  const route = useRouteTool(tool === 'route', deps, visiblePlaces, openDrawnRoute);
  const finishLink = useCallback(
    (first: number) => {
      setToolRef.current('browse');
      selectPlace(first);
    },
    [selectPlace],
  );
  const link = useLinkTool(tool === 'link', deps, placesById, finishLink);

  const { clear: clearSelect } = select;
  const { clear: clearArea } = area;
  const { clear: clearRoute } = route;
  const { clear: clearLink } = link;
  const setTool = useCallback(
    (next: MapTool) => {
      clearArea();
      clearRoute();
      clearLink();
      clearSelect();
      setToolState(next);
    },
    [clearArea, clearRoute, clearLink, clearSelect],
  );
  setToolRef.current = setTool;

  // A place that vanished (deleted elsewhere) is no longer selected.
  useEffect(() => {
    if (data.status === 'ready' && selectedPlaceId !== null && !placesById.has(selectedPlaceId))
      setSelectedPlaceId(null);
  }, [data.status, placesById, selectedPlaceId]);

  const selectedArea = useMemo(
    () => (selectedAreaId === null ? null : (data.quarters.find((quarter) => quarter.id === selectedAreaId) ?? null)),
    [data.quarters, selectedAreaId],
  );
  // An area that vanished (deleted here or elsewhere, or its drawing undone) is no longer open.
  useEffect(() => {
    if (data.mapReady && selectedAreaId !== null && !selectedArea) setSelectedAreaId(null);
  }, [data.mapReady, selectedAreaId, selectedArea]);

  /** A pick from the toolbar: drafts and the status go; drawing tools leave no place selected. */
  const chooseTool = useCallback(
    (next: MapTool) => {
      place.setDraftPosition(null);
      setStatus(null);
      if (next !== 'browse' && next !== 'edit') {
        setSelectedPlaceId(null);
        setSelectedRouteId(null);
        setSelectedAreaId(null);
      }
      setTool(next);
    },
    [place, setStatus, setTool, setSelectedRouteId],
  );

  /** The sidebar's "Add place": on, or off again (with the form of a picked position). */
  const toggleAddMode = useCallback(() => {
    if (tool === 'place' || place.draftPosition) {
      cancelAdding();
      return;
    }
    setSelectedPlaceId(null);
    setSelectedRouteId(null);
    setSelectedAreaId(null);
    setStatus(null);
    setTool('place');
  }, [tool, place.draftPosition, cancelAdding, setStatus, setTool, setSelectedRouteId]);

  const onMapPlaceClick = useCallback(
    (id: number) => {
      if (tool === 'area' || tool === 'route') return;
      if (tool === 'link') link.onPlaceClick(id);
      // While a route is open, a place clicked on the plain map becomes one of its stops.
      else if (tool === 'browse' && routes.selectedRouteId !== null) void routes.edits.addStop(id);
      else selectPlace(id);
    },
    [tool, link, selectPlace, routes],
  );

  useMapKeys({
    adding: tool === 'place' || place.draftPosition !== null,
    cancelAdding,
    drawing: tool !== 'browse',
    leaveTool: useCallback(() => setTool('browse'), [setTool]),
    canDelete: select.canDelete,
    deleteSelection: select.deleteSelection,
    closePanel: useMemo(() => (selectedAreaId === null ? null : () => setSelectedAreaId(null)), [selectedAreaId]),
  });

  const bindings: MapToolBindings = {
    addMode: tool === 'place',
    draftPosition: place.draftPosition,
    drawTool: area.drawing ? 'area' : route.drawing ? 'route' : tool === 'edit' ? 'edit-areas' : null,
    drawResetKey,
    canDragPlaces: tool === 'browse' || tool === 'edit',
    multiSelect: tool === 'edit',
    pickedPlaceIds: select.pickedPlaceIds,
    hint: place.hint ?? select.hint ?? route.hint ?? area.hint ?? link.hint ?? (tool === 'browse' ? routes.hint : null),
    onSelectPlace: onMapPlaceClick,
    onPickPlaces: select.onPickPlaces,
    onMovePlaces: select.onMovePlaces,
    onAreaDrawn: area.onAreaDrawn,
    onRouteDrawn: route.onRouteDrawn,
    onAreaChanged: select.onAreaChanged,
    onAreaSelected: (id) => {
      select.onAreaSelected(id);
      // An area picked to reshape opens in the area panel too (its size follows the reshaping).
      if (id !== null) selectArea(id);
    },
    onPickPosition: place.onPickPosition,
    onMovePlace: place.onMovePlace,
  };

  const selectedPlace = selectedPlaceId === null ? null : (placesById.get(selectedPlaceId) ?? null);
  const selectedRouteId = routes.selectedRouteId;
  const selection: Selection = useMemo(
    () => ({
      selectedPlaceId,
      selectedPlace,
      selectPlace,
      closePlace: () => setSelectedPlaceId(null),
      selectedRouteId,
      selectRoute,
      selectedAreaId,
      selectedArea,
      selectArea,
    }),
    [
      selectedPlaceId,
      selectedPlace,
      selectPlace,
      selectedRouteId,
      selectRoute,
      selectedAreaId,
      selectedArea,
      selectArea,
    ],
  );
  return { tool, chooseTool, toggleAddMode, place, select, area, route, link, bindings, selection };
}

export function MapToolsProvider({ children }: { children: ReactNode }) {
  const state = useToolState();
  return (
    <MapToolsContext.Provider value={state}>
      <SelectionContext.Provider value={state.selection}>{children}</SelectionContext.Provider>
    </MapToolsContext.Provider>
  );
}

export function useMapTools(): ReturnType<typeof useToolState> {
  const tools = useContext(MapToolsContext);
  if (!tools) throw new Error('useMapTools() needs a <MapToolsProvider> above it');
  return tools;
}

/** The selected place, and how to select one. */
export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection() needs a <MapToolsProvider> above it');
  return selection;
}
