import type { Polygon } from 'geojson';
import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../../shared/api/contract.js';
import { areaPolygonProblem } from '../../../../shared/geo/area-polygon-problem.js';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import type { LinkTypeId, QuarterKindId, RouteModeId } from '../../../../shared/model/typology.js';
import type { MapTool } from './drawing-toolbar.js';
import { strings } from '../../i18n/strings.js';
import type { DrawTool } from '../../map/draw-controller.js';
import { errorText } from '../../util/error-text.js';
import type { ProjectActions } from '../project/use-project-data.js';

// The map's tools as app state: which one is on, what was drawn and waits for a name, which
// places and area are picked. Every finished edit is one API call; the map hears of the result
// through the refreshed lists. Pointer moves never pass through here (terra-draw and the map
// handle them), so React renders once per click, not per move.

export interface MapToolsOptions {
  api: Api;
  actions: ProjectActions;
  quarters: readonly Quarter[];
  /** The places shown on the map (a route snaps to these). */
  visiblePlaces: readonly Place[];
  placesById: ReadonlyMap<number, Place>;
  selectPlace(id: number | null): void;
  setStatus(message: string | null): void;
  setError(message: string | null): void;
}

export interface RouteDraft {
  stopPlaceIds: number[];
}

function positionKey([longitude, latitude]: readonly number[]): string {
  return `${longitude},${latitude}`;
}

/** Route stops from drawn positions: each must be a place's position; repeats in a row merge. */
export function routeStopsFromPositions(
  positions: readonly (readonly number[])[],
  placeIdAt: ReadonlyMap<string, number>,
): { stopPlaceIds: number[] } | { problem: string } {
  const stopPlaceIds: number[] = [];
  for (const position of positions) {
    const id = placeIdAt.get(positionKey(position));
    if (id === undefined) return { problem: strings.routeStopNotOnPlace };
    if (stopPlaceIds.at(-1) !== id) stopPlaceIds.push(id);
  }
  if (new Set(stopPlaceIds).size < 2) return { problem: strings.routeNeedsTwoStops };
  return { stopPlaceIds };
}

export function useMapTools(options: MapToolsOptions) {
  const { api, actions, quarters, visiblePlaces, placesById, selectPlace, setStatus, setError } = options;
  const [tool, setToolState] = useState<MapTool>('browse');
  const [draftArea, setDraftArea] = useState<Polygon | null>(null);
  const [draftRoute, setDraftRoute] = useState<RouteDraft | null>(null);
  const [linkFromId, setLinkFromId] = useState<number | null>(null);
  const [linkToId, setLinkToId] = useState<number | null>(null);
  const [selectedAreaId, setSelectedAreaId] = useState<number | null>(null);
  const [pickedPlaceIds, setPickedPlaceIds] = useState<number[]>([]);
  const [drawResetKey, setDrawResetKey] = useState(0);
  const resetDrawing = useCallback(() => setDrawResetKey((key) => key + 1), []);

  const clearDrafts = useCallback(() => {
    setDraftArea(null);
    setDraftRoute(null);
    setLinkFromId(null);
    setLinkToId(null);
    setSelectedAreaId(null);
    setPickedPlaceIds([]);
  }, []);

  const setTool = useCallback(
    (next: MapTool) => {
      clearDrafts();
      setToolState(next);
    },
    [clearDrafts],
  );

  // A picked place that was deleted is no longer picked.
  useEffect(() => {
    setPickedPlaceIds((current) => {
      const kept = current.filter((id) => placesById.has(id));
      return kept.length === current.length ? current : kept;
    });
  }, [placesById]);

  const onMapPlaceClick = useCallback(
    (id: number) => {
      if (tool === 'area' || tool === 'route') return;
      if (tool === 'link') {
        if (linkFromId === null) {
          setError(null);
          setLinkFromId(id);
        } else if (id === linkFromId) {
          setError(strings.linkSamePlace);
        } else {
          setError(null);
          setLinkToId(id);
        }
        return;
      }
      selectPlace(id);
    },
    [tool, linkFromId, selectPlace, setError],
  );

  const onAreaDrawn = useCallback(
    (polygon: Polygon) => {
      const problem = areaPolygonProblem(polygon);
      if (problem) {
        setError(problem);
        resetDrawing();
        return;
      }
      setError(null);
      setDraftArea(polygon);
    },
    [resetDrawing, setError],
  );

  const onRouteDrawn = useCallback(
    (positions: [number, number][]) => {
      // The places at the drawn positions, found when a route is drawn: a map of every place by
      // position kept all the time would hold 100,000 strings for a tool that is mostly off.
      const wanted = new Set(positions.map(positionKey));
      const placeIdAt = new Map<string, number>();
      for (const place of visiblePlaces) {
        const key = positionKey([place.longitude, place.latitude]);
        if (wanted.has(key)) placeIdAt.set(key, place.id);
      }
      const result = routeStopsFromPositions(positions, placeIdAt);
      if ('problem' in result) {
        setError(result.problem);
        resetDrawing();
        return;
      }
      setError(null);
      setDraftRoute(result);
    },
    [visiblePlaces, resetDrawing, setError],
  );

  const onAreaChanged = useCallback(
    (quarterId: number, polygon: Polygon) => {
      const quarter = quarters.find((entry) => entry.id === quarterId);
      const problem = areaPolygonProblem(polygon);
      if (problem || !quarter) {
        setError(strings.areaChangeFailed(problem ?? strings.unknownError));
        resetDrawing();
        return;
      }
      api.updateQuarter({ id: quarterId, changes: { geometry: polygon as Quarter['geometry'] } }).then(
        async () => {
          setError(null);
          setStatus(strings.areaUpdated(quarter.name));
          await actions.refresh(['quarters', 'project']);
        },
        (error: unknown) => {
          setError(strings.areaChangeFailed(errorText(error)));
          resetDrawing();
        },
      );
    },
    [actions, api, quarters, resetDrawing, setError, setStatus],
  );

  const onPickPlaces = useCallback((ids: number[], toggle: boolean) => {
    setPickedPlaceIds((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (toggle && next.has(id)) next.delete(id);
        else next.add(id);
      }
      return [...next];
    });
  }, []);

  const createArea = useCallback(
    async (input: { name: string; kind: QuarterKindId }) => {
      if (!draftArea) return;
      const quarter = await api.createQuarter({
        ...input,
        geometry: draftArea as Quarter['geometry'],
      });
      setDraftArea(null);
      resetDrawing();
      setStatus(strings.areaSaved(quarter.name));
      await actions.refresh(['quarters', 'project']);
    },
    [actions, api, draftArea, resetDrawing, setStatus],
  );

  const cancelArea = useCallback(() => {
    setDraftArea(null);
    resetDrawing();
  }, [resetDrawing]);

  const createRoute = useCallback(
    async (input: { name: string; mode: RouteModeId }) => {
      if (!draftRoute) return;
      const route = await api.createRoute({ ...input, stopPlaceIds: draftRoute.stopPlaceIds });
      setDraftRoute(null);
      resetDrawing();
      setStatus(strings.routeSaved(route.name));
      await actions.refresh(['routes', 'project']);
    },
    [actions, api, draftRoute, resetDrawing, setStatus],
  );

  const cancelRoute = useCallback(() => {
    setDraftRoute(null);
    resetDrawing();
  }, [resetDrawing]);

  const createLink = useCallback(
    async (input: { type: LinkTypeId; note: string }) => {
      if (linkFromId === null || linkToId === null) return;
      await actions.createLink({ fromPlaceId: linkFromId, toPlaceId: linkToId, ...input });
      const from = placesById.get(linkFromId)?.name ?? '';
      const to = placesById.get(linkToId)?.name ?? '';
      const first = linkFromId;
      setToolState('browse');
      clearDrafts();
      // The first place is selected: the panel lists its links, the map highlights them.
      selectPlace(first);
      setStatus(strings.linkSaved(from, to));
    },
    [actions, clearDrafts, linkFromId, linkToId, placesById, selectPlace, setStatus],
  );

  const cancelLink = useCallback(() => {
    setLinkFromId(null);
    setLinkToId(null);
  }, []);

  const onMovePlaces = useCallback(
    async (moves: { id: number; position: [number, number] }[]) => {
      try {
        await api.movePlaces({
          moves: moves.map(({ id, position }) => ({
            id,
            longitude: Math.round(position[0] * 1e7) / 1e7,
            latitude: Math.round(position[1] * 1e7) / 1e7,
          })),
        });
        setError(null);
        return true;
      } catch (error) {
        setError(strings.moveFailed(errorText(error)));
        return false;
      } finally {
        await actions.refresh(['places', 'routes', 'project']);
      }
    },
    [actions, api, setError],
  );

  const canDelete = selectedAreaId !== null || pickedPlaceIds.length > 0;

  const deleteSelection = useCallback(async () => {
    const area = selectedAreaId === null ? undefined : quarters.find((quarter) => quarter.id === selectedAreaId);
    const parts: string[] = [];
    if (pickedPlaceIds.length > 0) parts.push(strings.placesLabel(pickedPlaceIds.length));
    if (area) parts.push(strings.areaLabel(area.name));
    if (parts.length === 0) return;
    const what = parts.join(' and ');
    if (!window.confirm(strings.deleteSelectedConfirm(what))) return;
    try {
      // Several places in one call: one undo step.
      if (pickedPlaceIds.length > 0) await api.deletePlaces({ ids: pickedPlaceIds });
      if (area) await api.deleteQuarter({ id: area.id });
      setError(null);
      setStatus(strings.deletedSelection(what));
    } catch (error) {
      setError(errorText(error));
    } finally {
      setPickedPlaceIds([]);
      setSelectedAreaId(null);
      await actions.refresh(['places', 'links', 'routes', 'quarters', 'project']);
    }
  }, [actions, api, pickedPlaceIds, quarters, selectedAreaId, setError, setStatus]);

  const drawTool: DrawTool | null =
    tool === 'area' && !draftArea
      ? 'area'
      : tool === 'route' && !draftRoute
        ? 'route'
        : tool === 'edit'
          ? 'edit-areas'
          : null;

  const linkFromName = linkFromId === null ? '' : (placesById.get(linkFromId)?.name ?? '');
  const toolHint =
    draftArea || draftRoute || linkToId !== null
      ? null
      : tool === 'edit'
        ? pickedPlaceIds.length > 0
          ? `${strings.selectedPlacesCount(pickedPlaceIds.length)} · ${strings.hintSelect}`
          : strings.hintSelect
        : tool === 'route'
          ? strings.hintRoute
          : tool === 'area'
            ? strings.hintArea
            : tool === 'link'
              ? linkFromId === null
                ? strings.hintLinkFirst
                : strings.hintLinkSecond(linkFromName)
              : null;

  return {
    tool,
    setTool,
    drawTool,
    drawResetKey,
    toolHint,
    draftArea,
    draftRoute,
    linkFromId,
    linkToId,
    pickedPlaceIds,
    canDelete,
    onMapPlaceClick,
    onAreaDrawn,
    onRouteDrawn,
    onAreaChanged,
    onAreaSelected: setSelectedAreaId,
    onPickPlaces,
    onMovePlaces,
    createArea,
    cancelArea,
    createRoute,
    cancelRoute,
    createLink,
    cancelLink,
    deleteSelection,
  };
}
