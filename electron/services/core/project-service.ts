import path from 'node:path';
import type { LineString } from 'geojson';
import type { z } from 'zod';
import {
  ApiError,
  type BasemapInfo,
  type Contract,
  type MethodName,
  type MethodResult,
} from '../../../shared/api/contract.js';
import type { APP_METHOD_NAMES } from '../../../shared/api/preferences.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { createLocalDistance, LOCAL_ABSOLUTE_ERROR, LOCAL_RELATIVE_ERROR } from '../../../shared/geo/local-distance.js';
import { searchBoxAround } from '../../../shared/geo/search-box.js';
import { parseStoredMapStyle } from '../../../shared/model/map-style.js';
import { HISTORY_FEATURE_TABLES } from '../../../shared/api/contract.js';
import { checkCustomFields } from '../../../shared/model/custom-field-values.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import { fieldMessages } from '../../../shared/i18n/messages/fields.js';
import { fieldErrorMessages } from '../../../shared/i18n/messages/fields-errors.js';
import { validationMessages } from '../../../shared/i18n/messages/validation.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import {
  PlaceInputSchema,
  type ClusterEvent,
  type CustomFieldDefinition,
  type Group,
  type Place,
  type Route,
} from '../../../shared/model/schemas.js';
import { CATEGORIES, categoryIsActor, type CategoryFamily } from '../../../shared/model/typology.js';
import type { PlaceRecord, ProjectStore, StoredRoute } from '../../store/project-store.js';
import { exportedCounts } from '../../../shared/codecs/export/export-data.js';
import { renderExport, selectExportData } from '../transfer/export-service.js';
import { toFtsQuery } from '../places/fts-query.js';
import { createAttachmentService, type AttachmentService } from '../attachments/attachments-service.js';
import { createEditService } from '../edits/edit-service.js';
import { createImportService } from '../transfer/import-service.js';
import { createJobService, type JobService } from '../jobs/job-service.js';
import { createPlaceIndex } from '../places/place-index.js';
import { buildMapPlaces } from '../places/map-places.js';
import { editedFieldNames } from '../osm/osm-edited-fields.js';
import { OSM_ATTRIBUTION } from '../osm/osm-basemap.js';
import { createBasemapFileService, type BasemapFileService } from '../basemaps/basemap-file-service.js';

/** The backend's implementation of every API method, on validated input, over one open project. */
/** Methods the app answers itself, with or without a project (preferences). */
type AppMethodName = (typeof APP_METHOD_NAMES)[number];
export type ProjectMethodName = Exclude<MethodName, AppMethodName>;

export type ProjectService = {
  [M in ProjectMethodName]: (input: z.output<Contract[M]['input']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** The service with its synchronous methods typed as such (the CLI and tests call them directly). */
type AsyncMethods = 'stageImport' | 'exportData' | 'stageBasemapFile' | 'addBasemapFile';
type SyncMethods = Exclude<ProjectMethodName, AsyncMethods>;
export type ProjectServiceImpl = {
  [M in SyncMethods]: (input: z.output<Contract[M]['input']>) => MethodResult<M>;
} & {
  [M in AsyncMethods]: (input: z.output<Contract[M]['input']>) => Promise<MethodResult<M>>;
} & Pick<AttachmentService, 'attachmentFile'> & {
    /** Basemap files: the tile route and the CLI's add-basemap use these beside the API. */
    basemapFiles: BasemapFileService;
  };

function lineThrough(positions: [number, number][]): LineString {
  // A route with fewer than two stops left has no line; GeoPackage stores it as an empty geometry.
  return { type: 'LineString', coordinates: positions.length >= 2 ? positions : [] };
}

function lengthOf(line: { coordinates: [number, number][] }): number {
  let metres = 0;
  for (let index = 1; index < line.coordinates.length; index++) {
    metres += geodesicDistanceMetres(line.coordinates[index - 1]!, line.coordinates[index]!);
  }
  return metres;
}

function withLength(route: StoredRoute): Route {
  return { ...route, lengthMetres: Math.round(lengthOf(route.geometry) * 10) / 10 };
}

/** The settings key of the project's map style (JSON, see shared/model/map-style.ts). */
const MAP_STYLE_KEY = 'style.map';
function basemapInfo(store: ProjectStore): BasemapInfo | null {
  const summary = store.basemap.summary();
  return summary && { ...summary, attribution: OSM_ATTRIBUTION };
}

function notFound(kind: string, id: number, field = 'id'): ApiError {
  return new ApiError('not-found', `There is no ${kind} with id ${id}.`, field);
}

export function createProjectService(store: ProjectStore, options: { isSample?: boolean } = {}): ProjectServiceImpl {
  const { places, quarters, routes, links, settings, groups, events, customFields } = store;
  const edits = createEditService(store);
  const imports = createImportService(store);
  // Created on first use: most commands (and CLI runs) never start a job.
  let jobService: JobService | undefined;
  const jobs = () => (jobService ??= createJobService(store));
  const placeIndex = createPlaceIndex(places);
  const basemapFiles = createBasemapFileService(store);
  const { removeAllOf: removeAttachmentsAndAnnotationsOf, ...attachmentMethods } = createAttachmentService(
    store,
    edits,
  );

  function requirePlace(id: number, field = 'id'): Place {
    const place = places.get(id);
    if (!place) throw notFound('place', id, field);
    return place;
  }

  function stopPositions(route: StoredRoute): [number, number][] {
    return route.stops.map((stop) => {
      const place = requirePlace(stop.placeId);
      return [place.longitude, place.latitude];
    });
  }

  /** Straight-segment routes follow their stops: redraw every route that stops at this place. */
  function redrawRoutesThrough(placeId: number, routeIds = routes.routeIdsWithPlace(placeId)): void {
    for (const routeId of routeIds) {
      const route = routes.get(routeId);
      if (route) routes.setGeometry(routeId, lineThrough(stopPositions(route)));
    }
    if (routeIds.length > 0) store.touch('routes');
  }

  function requireQuarter(id: number, field = 'id') {
    const quarter = quarters.get(id);
    if (!quarter) throw notFound('area', id, field);
    return quarter;
  }
  function requireRoute(id: number, field = 'id') {
    const route = routes.get(id);
    if (!route) throw notFound('route', id, field);
    return route;
  }
  function requireLink(id: number, field = 'id') {
    const link = links.get(id);
    if (!link) throw notFound('link', id, field);
    return link;
  }
  function requireGroup(id: number, field = 'id'): Group {
    const group = groups.get(id);
    if (!group) throw notFound('group', id, field);
    return group;
  }
  function requireEvent(id: number, field = 'id'): ClusterEvent {
    const event = events.get(id);
    if (!event) throw notFound('event', id, field);
    return event;
  }
  function requireField(id: number, field = 'id'): CustomFieldDefinition {
    const definition = customFields.get(id);
    if (!definition) throw notFound('custom field', id, field);
    return definition;
  }

  /** Values of the fields defined for the place's category must fit their definitions. */
  function checkedCustomFields(channel: string, category: string, values: Place['customFields']) {
    const checked = checkCustomFields(customFields.forCategory(category), values);
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

  /** Refuses a parent that is the group itself or one of its descendants (no cycles). */
  function checkParent(channel: string, groupId: number | null, parentId: number | null, field: string): void {
    if (parentId === null) return;
    requireGroup(parentId, field);
    let cursor: number | null = parentId;
    for (let steps = 0; cursor !== null; steps++) {
      if (cursor === groupId) {
        throw new ApiError(
          'invalid-input',
          `${channel}: ${field}: a group cannot be nested inside itself or its own subgroup`,
          field,
        );
      }
      if (steps > 10_000) break;
      cursor = groups.get(cursor)?.parentId ?? null;
    }
  }

  /** Participants must be actors (organisations), the venue any place. */
  function checkEventPlaces(
    channel: string,
    venuePlaceId: number | null,
    participantPlaceIds: readonly number[],
    prefix: string,
  ): void {
    if (venuePlaceId !== null) requirePlace(venuePlaceId, `${prefix}venuePlaceId`);
    participantPlaceIds.forEach((placeId, index) => {
      const place = requirePlace(placeId, `${prefix}participantPlaceIds.${index}`);
      if (!categoryIsActor(place.category)) {
        throw new ApiError(
          'invalid-input',
          `${channel}: ${prefix}participantPlaceIds.${index}: "${place.name}" is a site, not an actor; only actors (organisations) take part in events`,
          `${prefix}participantPlaceIds.${index}`,
        );
      }
    });
  }

  const service: ProjectServiceImpl = {
    getProject() {
      const boxes = [places.bounds(), quarters.bounds()].filter((box) => box !== null);
      const bounds =
        boxes.length === 0
          ? null
          : ([
              Math.min(...boxes.map((box) => box[0])),
              Math.min(...boxes.map((box) => box[1])),
              Math.max(...boxes.map((box) => box[2])),
              Math.max(...boxes.map((box) => box[3])),
            ] as [number, number, number, number]);
      return {
        name: settings.get('project.name') ?? path.basename(store.file, path.extname(store.file)),
        fileName: path.basename(store.file),
        counts: {
          places: places.count(),
          quarters: quarters.count(),
          routes: routes.count(),
          links: links.count(),
          groups: groups.count(),
          events: events.count(),
        },
        bounds,
        isSample: options.isSample ?? settings.get('project.sample') === 'true',
        basemap: basemapInfo(store),
      };
    },

    listPlaces: () => places.list(),
    mapPlaces: (filter) => buildMapPlaces(places.points({ summaries: true }), filter),
    getPlace: ({ id }) => requirePlace(id),

    createPlace(input) {
      return edits.run(messageRef(editMessages.addPlace, { name: input.name }), () => {
        const customFieldValues = checkedCustomFields('places:item:create', input.category, input.customFields);
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
          // The merged place must still be valid as a whole (a sector needs a creative category).
          const checked = PlaceInputSchema.safeParse(merged);
          if (!checked.success) {
            const issue = checked.error.issues[0]!;
            const field = issue.path.join('.') || undefined;
            throw new ApiError('invalid-input', issueMessage(issue), field && `changes.${field}`);
          }
          merged.customFields = checkedCustomFields('places:item:update', merged.category, merged.customFields);
          // Re-importing OpenStreetMap data never overwrites what a user changed (osm-import.ts).
          store.osm.markEdited(id, editedFieldNames(current, merged));
          const updated = places.update(id, merged);
          if (moved) redrawRoutesThrough(id);
          return updated;
        },
      );
    },

    deletePlace({ id }) {
      const current = requirePlace(id);
      return edits.run(messageRef(editMessages.deletePlace, { name: current.name }), () => {
        const linksRemoved = links.countForPlace(id);
        const stopsRemoved = routes.countStopsOfPlace(id);
        const routeIds = routes.routeIdsWithPlace(id);
        // Links, route stops, memberships and participations go with it (ON DELETE CASCADE); the
        // journal records them too, so undoing the delete brings them back.
        const removed = removeAttachmentsAndAnnotationsOf('place', id);
        places.remove(id);
        redrawRoutesThrough(id, routeIds);
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
      return query ? places.search(query, limit) : [];
    },

    nearbyPlaces({ placeId, withinMetres, families, limit }) {
      const centre = requirePlace(placeId, 'placeId');
      const categories = new Set(
        CATEGORIES.filter((category) => (families as string[]).includes(category.family)).map(
          (category) => category.id,
        ),
      );
      const origin: [number, number] = [centre.longitude, centre.latitude];
      // Candidates from the in-memory index; a local approximation with a known error bound
      // ranks them, and the exact geodesic is computed only for those that can be in the answer.
      const approximate = createLocalDistance(centre.longitude, centre.latitude, withinMetres);
      const relative = approximate ? LOCAL_RELATIVE_ERROR : 0;
      const absolute = approximate ? LOCAL_ABSOLUTE_ERROR : 0;
      const candidatesWithin = (metres: number) => {
        const found = placeIndex.within(
          searchBoxAround(centre.longitude, centre.latitude, metres),
          categories,
          placeId,
        );
        const estimates = new Float64Array(found.ids.length);
        for (let index = 0; index < estimates.length; index++) {
          const longitude = found.longitudes[index]!;
          const latitude = found.latitudes[index]!;
          estimates[index] = approximate
            ? approximate(longitude, latitude)
            : geodesicDistanceMetres(origin, [longitude, latitude]);
        }
        // The limit-th nearest candidate is at most this far (exactly).
        const limitEstimate = estimates.length >= limit ? estimates.slice().sort()[limit - 1]! : Infinity;
        return { found, estimates, limitReach: (limitEstimate + absolute) / (1 - relative) };
      };
      // NOTE: in a dense quarter the circle holds thousands of candidates and the answer is only
      // the nearest `limit`: boxes growing from a sixteenth of the radius are asked in turn (each
      // a quarter of the next one's area). Once a box holds `limit` candidates surely within its
      // radius, every place of the answer is in it (nothing outside can be nearer).
      let radius = withinMetres / 16;
      let candidates = candidatesWithin(radius);
      while (radius < withinMetres && candidates.limitReach > radius) {
        radius = Math.min(withinMetres, radius * 2);
        candidates = candidatesWithin(radius);
      }
      const { found, estimates, limitReach } = candidates;
      // Nothing beyond `reach` can be in the answer: only those few get the exact geodesic.
      const reach = Math.min(withinMetres * (1 + relative) + absolute, limitReach * (1 + relative) + absolute);
      const measured: { index: number; id: number; distanceMetres: number }[] = [];
      for (let index = 0; index < estimates.length; index++) {
        if (estimates[index]! > reach) continue;
        const distanceMetres = geodesicDistanceMetres(origin, [found.longitudes[index]!, found.latitudes[index]!]);
        if (distanceMetres <= withinMetres) measured.push({ index, id: found.ids[index]!, distanceMetres });
      }
      measured.sort((a, b) => a.distanceMetres - b.distanceMetres || a.id - b.id);
      measured.length = Math.min(measured.length, limit);
      // NOTE: the index holds what the list shows (name, category, sector): nothing is read from the file.
      const linked = links.linkedPlaceIds(placeId);
      return measured.map((hit) => ({
        place: found.summary(hit.index),
        distanceMetres: Math.round(hit.distanceMetres * 10) / 10,
        linked: linked.has(hit.id),
      }));
    },

    listQuarters: () => quarters.list(),
    createQuarter(input) {
      return edits.run(messageRef(editMessages.drawArea, { name: input.name }), () => quarters.insert(input));
    },
    updateQuarter({ id, changes }) {
      const current = requireQuarter(id);
      const onlyGeometry = Object.keys(changes).every((key) => key === 'geometry');
      return edits.run(
        messageRef(onlyGeometry ? editMessages.reshapeArea : editMessages.editArea, { name: current.name }),
        () =>
          quarters.update(id, {
            name: changes.name ?? current.name,
            kind: changes.kind ?? current.kind,
            description: changes.description ?? current.description,
            geometry: changes.geometry ?? current.geometry,
          }),
      );
    },
    deleteQuarter({ id }) {
      const current = requireQuarter(id);
      return edits.run(messageRef(editMessages.deleteArea, { name: current.name }), () => {
        removeAttachmentsAndAnnotationsOf('quarter', id);
        quarters.remove(id);
        return { id };
      });
    },

    listRoutes: () => routes.list().map(withLength),
    createRoute(input) {
      return edits.run(messageRef(editMessages.addRoute, { name: input.name }), () => {
        const positions = input.stopPlaceIds.map((placeId, index) => {
          const place = requirePlace(placeId, `stopPlaceIds.${index}`);
          return [place.longitude, place.latitude] as [number, number];
        });
        const route = routes.insert(input, lineThrough(positions));
        return withLength(route);
      });
    },
    updateRoute({ id, changes }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.editRoute, { name: current.name }), () => {
        const stopPlaceIds = changes.stopPlaceIds ?? current.stops.map((stop) => stop.placeId);
        const positions = stopPlaceIds.map((placeId, index) => {
          const place = requirePlace(placeId, `changes.stopPlaceIds.${index}`);
          return [place.longitude, place.latitude] as [number, number];
        });
        const route = routes.update(
          id,
          {
            name: changes.name ?? current.name,
            mode: changes.mode ?? current.mode,
            description: changes.description ?? current.description,
            ...(changes.stopPlaceIds ? { stopPlaceIds: changes.stopPlaceIds } : {}),
          },
          lineThrough(positions),
        );
        return withLength(route);
      });
    },
    deleteRoute({ id }) {
      const current = requireRoute(id);
      return edits.run(messageRef(editMessages.deleteRoute, { name: current.name }), () => {
        removeAttachmentsAndAnnotationsOf('route', id);
        routes.remove(id);
        return { id };
      });
    },

    listLinks: () => links.list(),
    createLink(input) {
      const from = requirePlace(input.fromPlaceId, 'fromPlaceId');
      const to = requirePlace(input.toPlaceId, 'toPlaceId');
      return edits.run(messageRef(editMessages.linkPlaces, { from: from.name, to: to.name }), () => {
        if (links.findSame(input.fromPlaceId, input.toPlaceId, input.type)) {
          throw new ApiError('conflict', 'These two places already have a link of this type.', 'type');
        }
        return links.insert(input);
      });
    },
    updateLink({ id, changes }) {
      const current = requireLink(id);
      const names = [current.fromPlaceId, current.toPlaceId].map((placeId) => places.get(placeId)?.name ?? '?');
      return edits.run(messageRef(editMessages.editLink, { from: names[0], to: names[1] }), () => {
        const type = changes.type ?? current.type;
        const same = links.findSame(current.fromPlaceId, current.toPlaceId, type);
        if (same && same.id !== id) {
          throw new ApiError('conflict', 'These two places already have a link of this type.', 'changes.type');
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
      const names = [current.fromPlaceId, current.toPlaceId].map((placeId) => places.get(placeId)?.name ?? '?');
      return edits.run(messageRef(editMessages.removeLink, { from: names[0], to: names[1] }), () => {
        links.remove(id);
        return { id };
      });
    },

    listGroups: () => groups.list(),
    createGroup(input) {
      return edits.run(messageRef(editMessages.addGroup, { name: input.name }), () => {
        checkParent('groups:item:create', null, input.parentId, 'parentId');
        return groups.insert(input);
      });
    },
    updateGroup({ id, changes }) {
      const current = requireGroup(id);
      return edits.run(messageRef(editMessages.editGroup, { name: current.name }), () => {
        const parentId = changes.parentId !== undefined ? changes.parentId : current.parentId;
        if (changes.parentId !== undefined) checkParent('groups:item:update', id, parentId, 'changes.parentId');
        return groups.update(id, {
          name: changes.name ?? current.name,
          level: changes.level ?? current.level,
          parentId,
          description: changes.description ?? current.description,
        });
      });
    },
    deleteGroup({ id }) {
      const current = requireGroup(id);
      return edits.run(messageRef(editMessages.deleteGroup, { name: current.name }), () => {
        removeAttachmentsAndAnnotationsOf('group', id);
        groups.remove(id); // memberships go with it; subgroups move up to the top level
        return { id };
      });
    },
    addGroupMember({ groupId, memberType, memberId }) {
      const group = requireGroup(groupId, 'groupId');
      const member = memberType === 'place' ? requirePlace(memberId, 'memberId') : requireQuarter(memberId, 'memberId');
      return edits.run(messageRef(editMessages.addToGroup, { member: member.name, group: group.name }), () => {
        if (!groups.hasMember(groupId, memberType, memberId)) groups.addMember(groupId, memberType, memberId);
        return groups.get(groupId) as Group;
      });
    },
    removeGroupMember({ groupId, memberType, memberId }) {
      const group = requireGroup(groupId, 'groupId');
      const member = memberType === 'place' ? places.get(memberId) : quarters.get(memberId);
      return edits.run(
        messageRef(editMessages.removeFromGroup, { member: member?.name ?? `#${memberId}`, group: group.name }),
        () => {
          if (!groups.removeMember(groupId, memberType, memberId)) {
            throw new ApiError(
              'not-found',
              `That ${memberType === 'place' ? 'place' : 'area'} is not in the group "${group.name}".`,
              'memberId',
            );
          }
          return groups.get(groupId) as Group;
        },
      );
    },

    listEvents: () => events.list(),
    createEvent(input) {
      return edits.run(messageRef(editMessages.addEvent, { title: input.title }), () => {
        checkEventPlaces('events:item:create', input.venuePlaceId, input.participantPlaceIds, '');
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
        };
        if (merged.endDate < merged.startDate) {
          throw new ApiError(
            'invalid-input',
            'events:item:update: changes.endDate: must be on or after the start date',
            'changes.endDate',
          );
        }
        checkEventPlaces(
          'events:item:update',
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
        removeAttachmentsAndAnnotationsOf('event', id);
        events.remove(id);
        return { id };
      });
    },

    listCustomFields: () => customFields.list(),
    createCustomField(input) {
      return edits.run(messageRef(editMessages.addField, { name: input.name }), () => {
        if (customFields.forCategory(input.category).some((definition) => definition.name === input.name)) {
          throw new ApiError('conflict', `This category already has a field named '${input.name}'.`, 'name');
        }
        // Values already stored under this name (free fields from before) must fit the new type.
        const definition = customFields.insert(input);
        for (const placeId of places.idsWithCustomField(input.category, input.name)) {
          const place = requirePlace(placeId);
          const checked = checkCustomFields([definition], place.customFields);
          if (checked.problem) {
            throw new ApiError(
              'invalid-input',
              messageRef(fieldErrorMessages.valueDoesNotFit, {
                place: place.name,
                field: input.name,
                problem: checked.problem.message,
              }),
              'type',
            );
          }
        }
        return definition;
      });
    },
    updateCustomField({ id, changes }) {
      const current = requireField(id);
      return edits.run(messageRef(editMessages.editField, { name: current.name }), () => {
        const name = changes.name ?? current.name;
        const options = changes.options ?? current.options;
        if (name !== current.name) {
          if (customFields.forCategory(current.category).some((definition) => definition.name === name)) {
            throw new ApiError('conflict', `This category already has a field named '${name}'.`, 'changes.name');
          }
        }
        if (current.type !== 'choice' && changes.options && changes.options.length > 0) {
          throw new ApiError(
            'invalid-input',
            'fields:item:update: changes.options: only a choice has options',
            'changes.options',
          );
        }
        if (current.type === 'choice' && options.length === 0) {
          throw new ApiError(
            'invalid-input',
            'fields:item:update: changes.options: a choice needs at least one option',
            'changes.options',
          );
        }
        const updated = customFields.update(id, { name, options, position: changes.position ?? current.position });
        // Renaming moves every place's value to the new name; a removed option must be unused.
        for (const placeId of places.idsWithCustomField(current.category, current.name)) {
          const place = requirePlace(placeId);
          const value = place.customFields[current.name] ?? null;
          if (current.type === 'choice' && typeof value === 'string' && !options.includes(value)) {
            throw new ApiError(
              'invalid-input',
              `fields:item:update: changes.options: "${place.name}" still uses the option '${value}'; change that place first`,
              'changes.options',
            );
          }
          if (name !== current.name) {
            const { [current.name]: moved, ...rest } = place.customFields;
            places.setCustomFields(placeId, { ...rest, [name]: moved ?? null });
          }
        }
        return updated;
      });
    },
    deleteCustomField({ id }) {
      const current = requireField(id);
      // NOTE: the values stay on the places as free fields (readable, exported); removing a
      // definition must not lose data a user typed.
      return edits.run(messageRef(editMessages.removeField, { name: current.name }), () => {
        customFields.remove(id);
        return { id };
      });
    },

    undo: () => edits.undo(),
    redo: () => edits.redo(),
    getUndoState: () => edits.state(),
    getFeatureHistory: ({ featureType, id, limit }) => edits.history(HISTORY_FEATURE_TABLES[featureType], id, limit),

    stageImport: ({ fileName, contentBase64 }) => imports.stage(fileName, Buffer.from(contentBase64, 'base64')),
    planImport: ({ importId, layer, mapping }) => imports.plan(importId, layer, mapping),
    runImport: ({ importId, layers }) => imports.run(importId, layers),
    discardImport({ importId }) {
      imports.discard(importId);
      return { importId };
    },
    async exportData({ format, filter, csvGeometry }) {
      const data = selectExportData(service, filter);
      const file = await renderExport(data, format, { csvGeometry });
      const base = data.projectName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'itinera-export';
      return {
        fileName: `${base}.${file.extension}`,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
        counts: exportedCounts(format, data),
      };
    },

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

    getMapStyle: () => parseStoredMapStyle(settings.get(MAP_STYLE_KEY)),
    updateMapStyle({ familyColours }) {
      return store.transaction(() => {
        const style = parseStoredMapStyle(settings.get(MAP_STYLE_KEY));
        for (const [family, colour] of Object.entries(familyColours) as [CategoryFamily, string | null | undefined][]) {
          if (colour === null) delete style.familyColours[family];
          else if (colour !== undefined) style.familyColours[family] = colour;
        }
        settings.set(MAP_STYLE_KEY, JSON.stringify(style));
        store.touch('settings');
        return style;
      });
    },
    ...attachmentMethods,

    stageOsmExtract: (input) => jobs().stageOsmExtract(input),
    startOsmImport: (input) => jobs().startOsmImport(input),
    getJob: (input) => jobs().getJob(input),
    cancelJob: (input) => jobs().cancelJob(input),

    basemapFiles,
    stageBasemapFile: (input) => basemapFiles.stageBasemapFile(input),
    addBasemapFile: (input) => basemapFiles.addBasemapFile(input),
    listBasemapFiles: () => basemapFiles.listBasemapFiles(),
    updateBasemapFile: (input) => basemapFiles.updateBasemapFile(input),
    removeBasemapFile: (input) => basemapFiles.removeBasemapFile(input),
  };
  return service;
}
