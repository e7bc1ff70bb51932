import { ApiError } from '../../../shared/api/errors.js';
import type { eventsApi } from '../../../shared/api/events.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { eventsMessages } from '../../../shared/i18n/messages/events.js';
import { modelMessages } from '../../../shared/i18n/messages/model.js';
import { fieldProblem } from '../../../shared/i18n/validation.js';
import { categoryIsActor } from '../../../shared/model/typology.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import { checkTranslationLanguages } from '../languages/languages-service.js';
import type { ServiceOf } from '../core/service-of.js';

// Events (workshops, festivals, open studios): dates, a venue (any place) and participating
// actors (organisations only).

export type EventsService = ServiceOf<typeof eventsApi>;

export function createEventsService(context: ServiceContext): EventsService {
  const { store, edits, requireEvent, requirePlace } = context;
  const { events } = store;

  /** Participants must be actors (organisations), the venue any place. */
  function checkEventPlaces(venuePlaceId: number | null, participantPlaceIds: readonly number[], prefix: string) {
    if (venuePlaceId !== null) requirePlace(venuePlaceId, `${prefix}venuePlaceId`);
    participantPlaceIds.forEach((placeId, index) => {
      const field = `${prefix}participantPlaceIds.${index}`;
      const place = requirePlace(placeId, field);
      if (!categoryIsActor(place.category)) {
        throw new ApiError(
          'invalid-input',
          fieldProblem(field, messageRef(eventsMessages.participantNotActor, { name: place.name })),
          field,
        );
      }
    });
  }

  return {
    listEvents: () => events.list(),
    createEvent(input) {
      return edits.run(messageRef(editMessages.addEvent, { title: input.title }), () => {
        checkEventPlaces(input.venuePlaceId, input.participantPlaceIds, '');
        checkTranslationLanguages(store, input.translations, '');
        return events.insert({ ...input, endDate: input.endDate ?? input.startDate });
      });
    },
    updateEvent({ id, changes }) {
      const current = requireEvent(id);
      return edits.run(messageRef(editMessages.editEvent, { title: current.title }), () => {
        const merged = {
          title: changes.title ?? current.title,
          kind: changes.kind ?? current.kind,
          startDate: changes.startDate ?? current.startDate,
          endDate: changes.endDate ?? current.endDate,
          venuePlaceId: changes.venuePlaceId !== undefined ? changes.venuePlaceId : current.venuePlaceId,
          participantPlaceIds: changes.participantPlaceIds ?? current.participantPlaceIds,
          description: changes.description ?? current.description,
          translations: changes.translations,
        };
        checkTranslationLanguages(store, changes.translations, 'changes.');
        if (merged.endDate < merged.startDate) {
          throw new ApiError(
            'invalid-input',
            fieldProblem('changes.endDate', messageRef(modelMessages.endBeforeStart)),
            'changes.endDate',
          );
        }
        checkEventPlaces(
          changes.venuePlaceId !== undefined ? merged.venuePlaceId : null,
          changes.participantPlaceIds ?? [],
          'changes.',
        );
        return events.update(id, merged);
      });
    },
    deleteEvent({ id }) {
      const current = requireEvent(id);
      return edits.run(messageRef(editMessages.deleteEvent, { title: current.title }), () => {
        removeAttachmentsOf(store, 'event', id);
        events.remove(id);
        return { id };
      });
    },
  };
}
