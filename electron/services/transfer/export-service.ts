import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { ExportFilter } from '../../../shared/api/transfer.js';
import type {
  ExportData,
  ExportedFile,
  ExportFormat,
  ExportOptions,
} from '../../../shared/codecs/export/export-data.js';
import { writeExport } from '../../../shared/codecs/export/write-export.js';
import { createEventDays, createGroupMembers } from '../../../shared/filter/cluster-membership.js';
import { compilePlaceFilter } from '../../../shared/filter/place-filter.js';
import { placesInPolygon } from '../../../shared/geo/places-in-polygon.js';
import { createProjectStore } from '../../store/project-store.js';
import type { ProjectServiceImpl } from '../core/project-service.js';

// Exports: read the (filtered) project through the service, hand it to a pure writer, and, for
// files, write atomically: a temporary file beside the target, renamed over it once complete.

export function selectExportData(
  service: Pick<
    ProjectServiceImpl,
    | 'getProject'
    | 'listPlaces'
    | 'listQuarters'
    | 'listRoutes'
    | 'listLinks'
    | 'listGroups'
    | 'listEvents'
    | 'listCustomFields'
  >,
  filter: ExportFilter,
): ExportData {
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
  const places = all.filter(matches);
  const kept = new Set(places.map((place) => place.id));
  return {
    projectName: service.getProject({}).name,
    places,
    quarters,
    routes: service.listRoutes({}),
    links: service.listLinks({}).filter((link) => kept.has(link.fromPlaceId) && kept.has(link.toPlaceId)),
    // Groups and events keep only the exported places among their members and participants.
    groups: service.listGroups({}).map((group) => ({
      ...group,
      placeIds: group.placeIds.filter((id) => kept.has(id)),
    })),
    events: service.listEvents({}).map((event) => ({
      ...event,
      venuePlaceId: event.venuePlaceId !== null && kept.has(event.venuePlaceId) ? event.venuePlaceId : null,
      participantPlaceIds: event.participantPlaceIds.filter((id) => kept.has(id)),
    })),
    customFieldDefinitions: service.listCustomFields({}),
  };
}

/** A GeoPackage holding just this data: an Itinera project that QGIS opens as it is. */
function writeGeoPackage(data: ExportData): ExportedFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-export-'));
  const file = path.join(dir, 'export.gpkg');
  try {
    const store = createProjectStore(file, data.projectName);
    try {
      store.transaction(() => {
        const ids = new Map<number, number>();
        for (const place of data.places) {
          const { id, createdAt: _created, updatedAt: _updated, ...record } = place;
          ids.set(id, store.places.insertFast(record));
        }
        const quarterIds = new Map<number, number>();
        for (const { id, ...quarter } of data.quarters) quarterIds.set(id, store.quarters.insert(quarter).id);
        for (const route of data.routes) {
          const stops = route.stops.map((stop) => ids.get(stop.placeId)).filter((id): id is number => id !== undefined);
          store.routes.insert(
            { name: route.name, mode: route.mode, description: route.description, stopPlaceIds: stops },
            route.geometry,
          );
        }
        for (const link of data.links) {
          const from = ids.get(link.fromPlaceId);
          const to = ids.get(link.toPlaceId);
          if (from !== undefined && to !== undefined)
            store.links.insert({
              fromPlaceId: from,
              toPlaceId: to,
              type: link.type,
              note: link.note,
              startDate: link.startDate,
              strength: link.strength,
            });
        }
        for (const { id: _id, position: _position, ...definition } of data.customFieldDefinitions ?? []) {
          store.customFields.insert(definition);
        }
        // Groups first (parents before children: ids are mapped as they are written).
        const groupIds = new Map<number, number>();
        const pending = [...(data.groups ?? [])];
        while (pending.length > 0) {
          const index = pending.findIndex((group) => group.parentId === null || groupIds.has(group.parentId));
          const [group] = pending.splice(index === -1 ? 0 : index, 1);
          if (!group) break;
          const parentId = group.parentId === null ? null : (groupIds.get(group.parentId) ?? null);
          const written = store.groups.insert({
            name: group.name,
            level: group.level,
            parentId,
            description: group.description,
          });
          groupIds.set(group.id, written.id);
          for (const placeId of group.placeIds) {
            const mapped = ids.get(placeId);
            if (mapped !== undefined) store.groups.addMember(written.id, 'place', mapped);
          }
          for (const quarterId of group.quarterIds) {
            const mapped = quarterIds.get(quarterId);
            if (mapped !== undefined) store.groups.addMember(written.id, 'quarter', mapped);
          }
        }
        for (const { id: _id, ...event } of data.events ?? []) {
          store.events.insert({
            ...event,
            venuePlaceId: event.venuePlaceId === null ? null : (ids.get(event.venuePlaceId) ?? null),
            participantPlaceIds: event.participantPlaceIds.flatMap((id) => ids.get(id) ?? []),
          });
        }
      });
    } finally {
      store.close();
    }
    return { bytes: fs.readFileSync(file), extension: 'gpkg', mimeType: 'application/geopackage+sqlite3' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function renderExport(
  data: ExportData,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  return format === 'gpkg' ? writeGeoPackage(data) : writeExport(format, data, options);
}

/** Writes `bytes` to `target` all at once: no half-written file is ever left at the target path. */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) throw new ApiError('invalid-input', `The folder ${dir} does not exist.`, 'out');
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.partial`);
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof ApiError) throw error;
    throw new ApiError('internal', `Could not write ${target}: ${(error as Error).message}`, 'out');
  }
}
