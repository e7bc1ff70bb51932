import { ApiError } from '../../../shared/api/errors.js';
import type { placesApi } from '../../../shared/api/places.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { placesMessages } from '../../../shared/i18n/messages/places.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { fieldMessages } from '../../../shared/i18n/messages/fields.js';
import { validationMessages } from '../../../shared/i18n/messages/validation.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import { checkCustomFields } from '../../../shared/model/custom-field-values.js';
import { PlaceInputSchema, type Place } from '../../../shared/model/schemas.js';
import type { PlaceRecord } from '../../store/project-store.js';
import { removeAttachmentsOf } from '../attachments/feature-attachments.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { checkTranslationLanguages } from '../languages/languages-service.js';
import { editedFieldNames } from '../osm/osm-edited-fields.js';
import { toFtsQuery } from './fts-query.js';
import { buildMapPlaces } from './map-places.js';
import { createNearbyPlaces, type WalkingDistances } from './nearby-places.js';

// Places (sites and actors): the single-place edits, the map's lean answer, search and nearby.
// Moving and deleting places announce it on the project's bus (routes redraw through them).

export type PlacesService = ServiceOf<typeof placesApi>;

/**
 * `walkingDistances` measures on foot along the streets for nearby (the routes feature's network;
 * none: straight only). `buildSearchIndex` starts building the full-text index off the UI path (a
 * worker thread) when a large import left it to be built; search says so meanwhile.
 */
export function createPlacesService(
  context: ServiceContext,
  walkingDistances?: WalkingDistances,
  buildSearchIndex: () => Promise<void> = async () => {},
): PlacesService {
  const { store, edits, bus, requirePlace } = context;
  const { places } = store;

  /** Values of the fields defined for the place's category must fit their definitions. */
  function checkedCustomFields(category: string, values: Place['customFields']) {
    const checked = checkCustomFields(store.customFields.forCategory(category), values);
    if (checked.problem) {
      throw new ApiError(
        'invalid-input',
        messageRef(validationMessages.fieldProblem, {
          field: messageRef(fieldMessages.customField, { name: checked.problem.field }),
          problem: checked.problem.message,
        }),
        `customFields.${checked.problem.field}`,
      );
    }
    return checked.values;
  }

  const service: PlacesService = {
    listPlaces: () => places.list(),
    mapPlaces: (filter) => buildMapPlaces(places.points({ summaries: true }), filter),
    getPlace: ({ id }) => requirePlace(id),

    createPlace(input) {
      return edits.run(messageRef(editMessages.addPlace, { name: input.name }), () => {
        const customFieldValues = checkedCustomFields(input.category, input.customFields);
        checkTranslationLanguages(store, input.translations, '');
        return places.insert({ ...input, customFields: customFieldValues });
      });
    },

    updatePlace({ id, changes }) {
      const current = requirePlace(id);
      const moved = changes.longitude !== undefined || changes.latitude !== undefined;
      const onlyMoved = moved && Object.keys(changes).every((key) => key === 'longitude' || key === 'latitude');
      return edits.run(
        messageRef(onlyMoved ? editMessages.movePlace : editMessages.editPlace, { name: current.name }),
        () => {
          const merged: PlaceRecord = {
            name: changes.name ?? current.name,
            category: changes.category ?? current.category,
            sector: changes.sector !== undefined ? changes.sector : current.sector,
            description: changes.description ?? current.description,
            address: changes.address ?? current.address,
            website: changes.website ?? current.website,
            tags: changes.tags ?? current.tags,
            customFields: changes.customFields ?? current.customFields,
            longitude: changes.longitude ?? current.longitude,
            latitude: changes.latitude ?? current.latitude,
          };
          checkTranslationLanguages(store, changes.translations, 'changes.');
          // The merged place must still be valid as a whole (a sector needs a creative category).
          const checked = PlaceInputSchema.safeParse(merged);
          if (!checked.success) {
            const issue = checked.error.issues[0]!;
            const field = issue.path.join('.') || undefined;
            throw new ApiError('invalid-input', issueMessage(issue), field && `changes.${field}`);
          }
          merged.customFields = checkedCustomFields(merged.category, merged.customFields);
          merged.translations = changes.translations;
          // Re-importing OpenStreetMap data never overwrites what a user changed (osm-import.ts).
          store.osm.markEdited(id, editedFieldNames(current, merged));
          const updated = places.update(id, merged);
          if (moved) bus.emit('places-moved', { placeIds: [id] });
          return updated;
        },
      );
    },

    deletePlace({ id }) {
      const current = requirePlace(id);
      return edits.run(messageRef(editMessages.deletePlace, { name: current.name }), () => {
        const linksRemoved = store.links.countForPlace(id);
        const stopsRemoved = store.routes.countStopsOfPlace(id);
        bus.emit('places-deleting', { placeIds: [id] });
        // Links, route stops, memberships and participations go with it (ON DELETE CASCADE); the
        // journal records them too, so undoing the delete brings them back.
        const removed = removeAttachmentsOf(store, 'place', id);
        places.remove(id);
        bus.emit('places-deleted', { placeIds: [id] });
        return {
          id,
          linksRemoved,
          stopsRemoved,
          attachmentsRemoved: removed.attachments,
          annotationsRemoved: removed.annotations,
        };
      });
    },

    searchPlaces({ text, limit }) {
      const query = toFtsQuery(text);
      if (!query) return [];
      if (places.searchIndexPending()) {
        void buildSearchIndex();
        throw new ApiError('conflict', messageRef(placesMessages.searchIndexing));
      }
      return places.search(query, limit);
    },

    nearbyPlaces: createNearbyPlaces(context, walkingDistances),

    // Several places in one edit (one undo step): each goes through the single-place method,
    // which the edit path nests in this operation.
    deletePlaces({ ids }) {
      for (const [index, id] of ids.entries()) requirePlace(id, `ids.${index}`);
      return edits.run(messageRef(editMessages.deletePlaces, { count: ids.length }), () =>
        ids.map((id) => service.deletePlace({ id })),
      );
    },
    movePlaces({ moves }) {
      for (const [index, move] of moves.entries()) requirePlace(move.id, `moves.${index}.id`);
      return edits.run(messageRef(editMessages.movePlaces, { count: moves.length }), () =>
        moves.map(({ id, longitude, latitude }) => service.updatePlace({ id, changes: { longitude, latitude } })),
      );
    },
  };
  return service;
}
