import { useCallback, useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { linkMessages as m } from '../../../../shared/i18n/messages/ui/links.js';
import { mapToolMessages } from '../../../../shared/i18n/messages/ui/map-tools.js';
import type { Place } from '../../../../shared/model/schemas.js';
import type { LinkTypeId } from '../../../../shared/model/typology.js';
import type { ToolDeps } from '../../app/map-tools/tool-deps.js';

// The Link tool: click one place, then another; a form asks for the link's type and note. After
// saving, the first place is selected (its panel lists its links, the map highlights them).

export function useLinkTool(
  on: boolean,
  { actions, setStatus, setError }: ToolDeps,
  placesById: ReadonlyMap<number, Place>,
  /** Back to browsing with this place selected. */
  finish: (selectedPlaceId: number) => void,
) {
  const [linkFromId, setLinkFromId] = useState<number | null>(null);
  const [linkToId, setLinkToId] = useState<number | null>(null);

  const onPlaceClick = useCallback(
    (id: number) => {
      if (linkFromId === null) {
        setError(null);
        setLinkFromId(id);
      } else if (id === linkFromId) {
        setError(messageRef(m.samePlace));
      } else {
        setError(null);
        setLinkToId(id);
      }
    },
    [linkFromId, setError],
  );

  const createLink = useCallback(
    async (input: { type: LinkTypeId; note: string }) => {
      if (linkFromId === null || linkToId === null) return;
      await actions.createLink({ fromPlaceId: linkFromId, toPlaceId: linkToId, ...input });
      const from = placesById.get(linkFromId)?.name ?? '';
      const to = placesById.get(linkToId)?.name ?? '';
      finish(linkFromId);
      setStatus(messageRef(m.saved, { from, to }));
    },
    [actions, finish, linkFromId, linkToId, placesById, setStatus],
  );

  const clear = useCallback(() => {
    setLinkFromId(null);
    setLinkToId(null);
  }, []);

  const fromName = linkFromId === null ? '' : (placesById.get(linkFromId)?.name ?? '');
  return {
    linkFromId,
    linkToId,
    onPlaceClick,
    createLink,
    cancelLink: clear,
    clear,
    hint:
      !on || linkToId !== null
        ? null
        : linkFromId === null
          ? messageRef(mapToolMessages.hintLinkFirst)
          : messageRef(mapToolMessages.hintLinkSecond, { name: fromName }),
  };
}
