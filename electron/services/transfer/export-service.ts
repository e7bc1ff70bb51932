import type { areasApi } from '../../../shared/api/areas.js';
import type { attachmentsApi } from '../../../shared/api/attachments.js';
import type { eventsApi } from '../../../shared/api/events.js';
import type { fieldsApi } from '../../../shared/api/fields.js';
import type { groupsApi } from '../../../shared/api/groups.js';
import type { languagesApi } from '../../../shared/api/languages.js';
import type { linksApi } from '../../../shared/api/links.js';
import type { placesApi } from '../../../shared/api/places.js';
import type { projectApi } from '../../../shared/api/project.js';
import type { routesApi } from '../../../shared/api/routes.js';
import type { ExportFilter } from '../../../shared/api/transfer.js';
import type { Route } from '../../../shared/model/schemas.js';
import {
  isHeritageSite,
  type ExportData,
  type ExportedFile,
  type ExportExtra,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/codecs/export/export-data.js';
import { writeExport } from '../../../shared/codecs/export/write-export.js';
import { createEventDays, createGroupMembers } from '../../../shared/filter/cluster-membership.js';
import { compilePlaceFilter } from '../../../shared/filter/place-filter.js';
import { placesInPolygon } from '../../../shared/geo/places-in-polygon.js';
import type { ServiceOf } from '../core/service-of.js';
import type { ExportedUuids } from '../../store/identity-repository.js';
import { writeGeoPackage } from './export-geopackage.js';

// Exports: read the (filtered) project through the other features' services, and hand it to a
// pure writer (shared/codecs/export) or, for a GeoPackage, to export-geopackage.ts.

type ProjectReaders = ServiceOf<typeof projectApi> &
  ServiceOf<typeof placesApi> &
  ServiceOf<typeof areasApi> &
  ServiceOf<typeof routesApi> &
  ServiceOf<typeof linksApi> &
  ServiceOf<typeof groupsApi> &
  ServiceOf<typeof eventsApi> &
  ServiceOf<typeof fieldsApi> &
  ServiceOf<typeof languagesApi>;

/** What an export reads: the list methods of the features it writes (any project service has them). */
export type ExportSource = Pick<
  ProjectReaders,
  | 'getProject'
  | 'listPlaces'
  | 'listQuarters'
  | 'listRoutes'
  | 'listLinks'
  | 'listGroups'
  | 'listEvents'
  | 'listCustomFields'
  | 'getContentLanguages'
> &
  Partial<Pick<ServiceOf<typeof attachmentsApi>, 'listAttachments'>> & {
    /** The features' uuids by id (the store's); each exported feature carries its own. */
    featureUuids?: () => ExportedUuids;
  };

/** The features with their uuids (when the source knows them). */
function identified<Feature extends { id: number; uuid?: string }>(
  features: Feature[],
  uuids: ReadonlyMap<number, string> | undefined,
): Feature[] {
  if (!uuids) return features;
  return features.map((feature) => {
    const uuid = uuids.get(feature.id);
    return uuid === undefined ? feature : { ...feature, uuid };
  });
}

export function selectExportData(service: ExportSource, filter: ExportFilter): ExportData {
  const all = service.listPlaces({});
  const quarters = service.listQuarters({});
  // The same predicate as the map and the table, so an export holds what the user sees.
  const matches = compilePlaceFilter(filter, {
    placesInQuarter(id) {
      const quarter = quarters.find((entry) => entry.id === id);
      return quarter ? placesInPolygon(all, quarter.geometry) : undefined;
    },
    placesInGroup: filter.groupIds ? createGroupMembers(service.listGroups({})) : undefined,
    eventDaysOf: filter.date?.field === 'eventDate' ? createEventDays(service.listEvents({})) : undefined,
  });
  const uuids = service.featureUuids?.();
  const places = identified(all.filter(matches), uuids?.places);
  const kept = new Set(places.map((place) => place.id));
  const { primary, further } = service.getContentLanguages({});
  const links = service.listLinks({}).filter((link) => kept.has(link.fromPlaceId) && kept.has(link.toPlaceId));
  return {
    projectName: service.getProject({}).name,
    places,
    quarters: identified(quarters, uuids?.quarters),
    routes: identified(service.listRoutes({}), uuids?.routes),
    links: identified(links, uuids?.links),
    // Groups and events keep only the exported places among their members and participants.
    groups: identified(service.listGroups({}), uuids?.groups).map((group) => ({
      ...group,
      placeIds: group.placeIds.filter((id) => kept.has(id)),
    })),
    events: identified(service.listEvents({}), uuids?.events).map((event) => ({
      ...event,
      venuePlaceId: event.venuePlaceId !== null && kept.has(event.venuePlaceId) ? event.venuePlaceId : null,
      participantPlaceIds: event.participantPlaceIds.filter((id) => kept.has(id)),
    })),
    customFieldDefinitions: service.listCustomFields({}),
    languages: { primary, further },
  };
}

export async function renderExport(
  data: ExportData,
  format: ExportFormat,
  options: ExportOptions = {},
  extras?: { projectFile: string; include: readonly ExportExtra[] },
): Promise<ExportedFile> {
  return format === 'gpkg' ? writeGeoPackage(data, extras) : writeExport(format, data, options);
}

/** Heights (to a tenth of a metre) at each vertex of each route's line, by route id, as GPX writes them. */
export function routeElevations(
  routes: readonly Route[],
  height: (position: [number, number]) => number | null,
): NonNullable<ExportData['routeElevations']> {
  return Object.fromEntries(
    routes.map((route) => [
      route.id,
      route.geometry.coordinates.map((position) => {
        const metres = height(position as [number, number]);
        return metres === null ? null : Math.round(metres * 10) / 10;
      }),
    ]),
  );
}

/** The export a request asks for: the data chosen and the file written from it. */
export async function exportProject(
  source: ExportSource,
  request: { format: ExportFormat; filter: ExportFilter; include?: readonly ExportExtra[] } & Pick<
    ExportOptions,
    'csvGeometry' | 'csvFormulas'
  >,
  heights?: () => Promise<((position: [number, number]) => number | null) | null>,
  projectFile?: string,
): Promise<{ data: ExportData; file: ExportedFile }> {
  const data = selectExportData(source, request.filter);
  // JSON-LD describes the photos of the sites it lists, with credit, licence and date.
  if (request.format === 'jsonld' && source.listAttachments) {
    const list = source.listAttachments;
    data.attachments = Object.fromEntries(
      data.places
        .filter(isHeritageSite)
        .map((place) => [place.id, list({ featureType: 'place', featureId: place.id })]),
    );
  }
  // GPX tracks carry heights: sampled from the project's elevation file at each vertex.
  const height = request.format === 'gpx' && heights ? await heights() : null;
  if (height) data.routeElevations = routeElevations(data.routes, height);
  const include = request.include ?? [];
  const file = await renderExport(
    data,
    request.format,
    { csvGeometry: request.csvGeometry, csvFormulas: request.csvFormulas },
    projectFile && include.length > 0 ? { projectFile, include } : undefined,
  );
  return { data, file };
}
