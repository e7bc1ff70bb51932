import path from 'node:path';
import type { LineString } from 'geojson';
import type { z } from 'zod';
import { ApiError, type Contract, type MethodName, type MethodResult } from '../../shared/api/contract.js';
import { geodesicDistanceMetres } from '../../shared/geo/geodesic-distance.js';
import { createLocalDistance, LOCAL_ABSOLUTE_ERROR, LOCAL_RELATIVE_ERROR } from '../../shared/geo/local-distance.js';
import { searchBoxAround } from '../../shared/geo/search-box.js';
import { parseStoredMapStyle } from '../../shared/model/map-style.js';
import { PlaceInputSchema, type Place, type Route } from '../../shared/model/schemas.js';
import { CATEGORIES, type CategoryFamily } from '../../shared/model/typology.js';
import type { PlaceRecord, ProjectStore, StoredRoute } from '../store/project-store.js';
import { exportedCounts } from '../../shared/codecs/export/export-data.js';
import { renderExport, selectExportData } from './export-service.js';
import { toFtsQuery } from './fts-query.js';
import { createAttachmentService, type AttachmentService } from './attachment-service.js';
import { createImportService } from './import-service.js';
import { createPlaceIndex } from './place-index.js';
import { editedFieldNames } from './osm-edited-fields.js';

/** The backend's implementation of every API method, on validated input, over one open project. */
export type ProjectService = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** The service with its synchronous methods typed as such (the CLI and tests call them directly). */
type SyncMethods = Exclude<MethodName, 'stageImport' | 'exportData'>;
export type ProjectServiceImpl = {
  [M in SyncMethods]: (input: z.output<Contract[M]['input']>) => MethodResult<M>;
} & {
  [M in 'stageImport' | 'exportData']: (input: z.output<Contract[M]['input']>) => Promise<MethodResult<M>>;
} & Pick<AttachmentService, 'attachmentFile'>;

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

function notFound(kind: string, id: number, field = 'id'): ApiError {
  return new ApiError('not-found', `There is no ${kind} with id ${id}.`, field);
}

export function createProjectService(store: ProjectStore, options: { isSample?: boolean } = {}): ProjectServiceImpl {
  const { places, quarters, routes, links, settings } = store;
  const imports = createImportService(store);
  const placeIndex = createPlaceIndex(places);
  const { removeAllOf: removeAttachmentsAndAnnotationsOf, ...attachmentMethods } = createAttachmentService(store);

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
        counts: { places: places.count(), quarters: quarters.count(), routes: routes.count(), links: links.count() },
        bounds,
        isSample: options.isSample ?? settings.get('project.sample') === 'true',
      };
    },

    listPlaces: () => places.list(),
    getPlace: ({ id }) => requirePlace(id),

    createPlace(input) {
      return store.transaction(() => {
        const place = places.insert(input);
        store.touch('places');
        return place;
      });
    },

    updatePlace({ id, changes }) {
      return store.transaction(() => {
        const current = requirePlace(id);
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
          const issue = checked.error.issues[0];
          const field = issue?.path.join('.') || undefined;
          throw new ApiError(
            'invalid-input',
            `places:item:update: "${field ?? 'place'}" ${issue?.message ?? 'is invalid'}`,
            field && `changes.${field}`,
          );
        }
        // Re-importing OpenStreetMap data never overwrites what a user changed (osm-import.ts).
        store.osm.markEdited(id, editedFieldNames(current, merged));
        const updated = places.update(id, merged);
        store.touch('places');
        if (changes.longitude !== undefined || changes.latitude !== undefined) redrawRoutesThrough(id);
        return updated;
      });
    },

    deletePlace({ id }) {
      return store.transaction(() => {
        requirePlace(id);
        const linksRemoved = links.countForPlace(id);
        const stopsRemoved = routes.countStopsOfPlace(id);
        const routeIds = routes.routeIdsWithPlace(id);
        const removed = removeAttachmentsAndAnnotationsOf('place', id);
        places.remove(id); // links and route stops go with it (ON DELETE CASCADE)
        store.touch('places');
        if (linksRemoved > 0) store.touch('links');
        if (stopsRemoved > 0) store.touch('route_stops');
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
      return store.transaction(() => {
        const quarter = quarters.insert(input);
        store.touch('quarters');
        return quarter;
      });
    },

    listRoutes: () => routes.list().map(withLength),
    createRoute(input) {
      return store.transaction(() => {
        const positions = input.stopPlaceIds.map((placeId, index) => {
          const place = requirePlace(placeId, `stopPlaceIds.${index}`);
          return [place.longitude, place.latitude] as [number, number];
        });
        const route = routes.insert(input, lineThrough(positions));
        store.touch('routes');
        store.touch('route_stops');
        return withLength(route);
      });
    },

    listLinks: () => links.list(),
    createLink(input) {
      return store.transaction(() => {
        requirePlace(input.fromPlaceId, 'fromPlaceId');
        requirePlace(input.toPlaceId, 'toPlaceId');
        if (links.findSame(input.fromPlaceId, input.toPlaceId, input.type)) {
          throw new ApiError('conflict', 'These two places already have a link of this type.', 'type');
        }
        const link = links.insert(input);
        store.touch('links');
        return link;
      });
    },
    deleteLink({ id }) {
      return store.transaction(() => {
        if (!links.remove(id)) throw notFound('link', id);
        store.touch('links');
        return { id };
      });
    },

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
  };
  return service;
}
