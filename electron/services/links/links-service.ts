import { ApiError } from '../../../shared/api/errors.js';
import type { linksApi } from '../../../shared/api/links.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { linksMessages } from '../../../shared/i18n/messages/links.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';

// Links between places (partner, supplier, tenant…): at most one of each type between two places.

export type LinksService = ServiceOf<typeof linksApi>;

export function createLinksService(context: ServiceContext): LinksService {
  const { store, edits, requirePlace, requireLink } = context;
  const { links, places } = store;

  /** The names of a link's two places, for the edit's name (a place may be gone: "?"). */
  const placeNames = (link: { fromPlaceId: number; toPlaceId: number }) =>
    [link.fromPlaceId, link.toPlaceId].map((placeId) => places.get(placeId)?.name ?? '?');

  return {
    listLinks: () => links.list(),
    createLink(input) {
      const from = requirePlace(input.fromPlaceId, 'fromPlaceId');
      const to = requirePlace(input.toPlaceId, 'toPlaceId');
      return edits.run(messageRef(editMessages.linkPlaces, { from: from.name, to: to.name }), () => {
        if (links.findSame(input.fromPlaceId, input.toPlaceId, input.type)) {
          throw new ApiError('conflict', messageRef(linksMessages.duplicate), 'type');
        }
        return links.insert(input);
      });
    },
    updateLink({ id, changes }) {
      const current = requireLink(id);
      const names = placeNames(current);
      return edits.run(messageRef(editMessages.editLink, { from: names[0], to: names[1] }), () => {
        const type = changes.type ?? current.type;
        const same = links.findSame(current.fromPlaceId, current.toPlaceId, type);
        if (same && same.id !== id) {
          throw new ApiError('conflict', messageRef(linksMessages.duplicate), 'changes.type');
        }
        return links.update(id, {
          type,
          note: changes.note ?? current.note,
          startDate: changes.startDate !== undefined ? changes.startDate : current.startDate,
          strength: changes.strength !== undefined ? changes.strength : current.strength,
        });
      });
    },
    deleteLink({ id }) {
      const current = requireLink(id);
      const names = placeNames(current);
      return edits.run(messageRef(editMessages.removeLink, { from: names[0], to: names[1] }), () => {
        links.remove(id);
        return { id };
      });
    },
  };
}
