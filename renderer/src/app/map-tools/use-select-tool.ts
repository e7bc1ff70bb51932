import type { Polygon } from 'geojson';
import { useCallback, useEffect, useState } from 'react';
import { areaPolygonProblemMessage } from '../../../../shared/geo/area-polygon-problem.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { areaMessages } from '../../../../shared/i18n/messages/ui/areas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { mapToolMessages as m } from '../../../../shared/i18n/messages/ui/map-tools.js';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import type { ToolDeps } from './tool-deps.js';

// The Select tool: Shift+click or Shift+drag picks places, dragging one moves all picked ones
// (one edit), an area's corners can be dragged (reshape), and Delete removes what is picked.

export function useSelectTool(
  on: boolean,
  { api, setStatus, setError, resetDrawing }: ToolDeps,
  quarters: readonly Quarter[],
  placesById: ReadonlyMap<number, Place>,
) {
  const t = useT();
  const [selectedAreaId, setSelectedAreaId] = useState<number | null>(null);
  const [pickedPlaceIds, setPickedPlaceIds] = useState<number[]>([]);

  // A picked place that was deleted is no longer picked.
  useEffect(() => {
    setPickedPlaceIds((current) => {
      const kept = current.filter((id) => placesById.has(id));
      return kept.length === current.length ? current : kept;
    });
  }, [placesById]);

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
        // The drawing goes back to the places as stored (place-interactions.ts).
        setError(messageRef(m.moveFailed, { reason: errorNotice(error) }));
        return false;
      }
    },
    [api, setError],
  );

  const onAreaChanged = useCallback(
    (quarterId: number, polygon: Polygon) => {
      const quarter = quarters.find((entry) => entry.id === quarterId);
      const problem = areaPolygonProblemMessage(polygon);
      if (problem || !quarter) {
        setError(messageRef(areaMessages.changeFailed, { reason: problem ?? messageRef(commonMessages.unknownError) }));
        resetDrawing();
        return;
      }
      api.updateQuarter({ id: quarterId, changes: { geometry: polygon as Quarter['geometry'] } }).then(
        () => {
          setError(null);
          setStatus(messageRef(areaMessages.changed, { name: quarter.name }));
        },
        (error: unknown) => {
          setError(messageRef(areaMessages.changeFailed, { reason: errorNotice(error) }));
          resetDrawing();
        },
      );
    },
    [api, quarters, resetDrawing, setError, setStatus],
  );

  const canDelete = selectedAreaId !== null || pickedPlaceIds.length > 0;

  const deleteSelection = useCallback(async () => {
    const area = selectedAreaId === null ? undefined : quarters.find((quarter) => quarter.id === selectedAreaId);
    const count = pickedPlaceIds.length;
    if (count === 0 && !area) return;
    const what = { what: count > 0 && area ? 'both' : area ? 'area' : 'places', count, area: area?.name ?? '' };
    if (!window.confirm(t.t(m.deleteSelectionQuestion, what))) return;
    try {
      // Several places in one call: one undo step.
      if (count > 0) await api.deletePlaces({ ids: pickedPlaceIds });
      if (area) await api.deleteQuarter({ id: area.id });
      setError(null);
      setStatus(messageRef(m.deletedSelection, what));
    } catch (error) {
      setError(errorNotice(error));
    } finally {
      setPickedPlaceIds([]);
      setSelectedAreaId(null);
    }
  }, [api, pickedPlaceIds, quarters, selectedAreaId, setError, setStatus, t]);

  const clear = useCallback(() => {
    setSelectedAreaId(null);
    setPickedPlaceIds([]);
  }, []);

  return {
    pickedPlaceIds,
    onPickPlaces,
    onMovePlaces,
    onAreaChanged,
    onAreaSelected: setSelectedAreaId,
    canDelete,
    deleteSelection,
    clear,
    hint: !on
      ? null
      : pickedPlaceIds.length > 0
        ? messageRef(m.hintSelectPicked, { count: pickedPlaceIds.length })
        : messageRef(m.hintSelect),
  };
}
