import { useCallback, useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { mapToolMessages } from '../../../../shared/i18n/messages/ui/map-tools.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import type { ToolDeps } from '../../app/map-tools/tool-deps.js';
import { errorNotice } from '../../i18n/notice.js';

// The Place tool (the sidebar's "Add place" too): a click on the map picks the new place's
// position, a form asks for its name and category. Dragging a place moves it (one edit).

/** Positions are stored to 7 decimals (about 1 cm): more is noise from the pointer. */
export function roundPosition([longitude, latitude]: [number, number]): [number, number] {
  return [Math.round(longitude * 1e7) / 1e7, Math.round(latitude * 1e7) / 1e7];
}

export function usePlaceTool(
  on: boolean,
  { actions, setError }: ToolDeps,
  /** Leaves the tool (back to browsing). */
  leave: () => void,
  setSelectedPlaceId: (id: number | null) => void,
) {
  const [draftPosition, setDraftPosition] = useState<[number, number] | null>(null);

  /** Stops adding: the tool goes off and the picked position (and its form) goes. */
  const cancelAdding = useCallback(() => {
    if (on) leave();
    setDraftPosition(null);
  }, [on, leave]);

  const onPickPosition = useCallback(
    (position: [number, number]) => {
      setSelectedPlaceId(null);
      setDraftPosition(roundPosition(position));
      leave();
    },
    [leave, setSelectedPlaceId],
  );

  const onMovePlace = useCallback(
    async (id: number, position: [number, number]) => {
      const [longitude, latitude] = roundPosition(position);
      try {
        await actions.updatePlace(id, { longitude, latitude });
        setError(null);
        setSelectedPlaceId(id);
        return true;
      } catch (error) {
        setError(messageRef(mapToolMessages.moveFailed, { reason: errorNotice(error) }));
        return false;
      }
    },
    [actions, setError, setSelectedPlaceId],
  );

  const createPlace = useCallback(
    async (input: { name: string; category: CategoryId }) => {
      if (!draftPosition) throw new Error('No position for the new place.');
      const [longitude, latitude] = draftPosition;
      const place = await actions.createPlace({ ...input, longitude, latitude });
      setDraftPosition(null);
      setSelectedPlaceId(place.id);
      return place;
    },
    [actions, draftPosition, setSelectedPlaceId],
  );

  return {
    draftPosition,
    setDraftPosition,
    cancelAdding,
    onPickPosition,
    onMovePlace,
    createPlace,
    hint: on ? messageRef(mapToolMessages.hintAddPlace) : null,
  };
}
