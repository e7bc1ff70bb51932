import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportData, ExportedFile, ExportExtra } from '../../../shared/codecs/export/export-data.js';
import { exportLanguages } from '../../../shared/codecs/export/translation-columns.js';
import { createProjectStore } from '../../store/project-store.js';
import { copyExportExtras } from '../../store/export-extras.js';
import type { IdentifiedTable } from '../../store/identity-repository.js';

// The GeoPackage export: a new project file holding just the exported data (shared/ has no
// SQLite, so this writer lives in the backend; every other format is a pure writer in shared/).

/** A GeoPackage holding just this data: an Itinera project that QGIS opens as it is. */
export function writeGeoPackage(
  data: ExportData,
  extras?: { projectFile: string; include: readonly ExportExtra[] },
): ExportedFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-export-'));
  const file = path.join(dir, 'export.gpkg');
  try {
    const store = createProjectStore(file, data.projectName);
    try {
      store.transaction(() => {
        // The project's languages first: the translations below are in them.
        if (data.languages) store.contentLanguages.set(data.languages);
        // Every feature keeps its uuid (places as they are written, the others given theirs after).
        const adopt = (table: IdentifiedTable, id: number, uuid: string | undefined) =>
          store.identity.adopt(table, [[id, uuid]]);
        const ids = new Map<number, number>();
        for (const place of data.places) {
          const { id, createdAt: _created, updatedAt: _updated, ...record } = place;
          ids.set(id, store.places.insertFast(record));
        }
        const quarterIds = new Map<number, number>();
        for (const { id, uuid, ...quarter } of data.quarters) {
          const written = store.quarters.insert(quarter).id;
          quarterIds.set(id, written);
          adopt('quarters', written, uuid);
        }
        const routeIds = new Map<number, number>();
        for (const route of data.routes) {
          const stops = route.stops.map((stop) => ids.get(stop.placeId)).filter((id): id is number => id !== undefined);
          // The routed line and legs as they are (a stop outside the exported subset is left out).
          const written = store.routes.insert(
            {
              name: route.name,
              mode: route.mode,
              description: route.description,
              stopPlaceIds: stops,
              visitMinutes: route.stops.filter((stop) => ids.has(stop.placeId)).map((stop) => stop.visitMinutes),
              vias: route.vias,
              speedKmh: route.speedKmh,
              startTime: route.startTime,
              customFields: route.customFields,
              translations: route.translations,
            },
            route.geometry,
            stops.length === route.stops.length ? route.legs : [],
          );
          routeIds.set(route.id, written.id);
          adopt('routes', written.id, route.uuid);
        }
        for (const link of data.links) {
          const from = ids.get(link.fromPlaceId);
          const to = ids.get(link.toPlaceId);
          if (from !== undefined && to !== undefined) {
            const written = store.links.insert({
              fromPlaceId: from,
              toPlaceId: to,
              type: link.type,
              note: link.note,
              startDate: link.startDate,
              strength: link.strength,
            });
            adopt('links', written.id, link.uuid);
          }
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
          adopt('cluster_groups', written.id, group.uuid);
          for (const placeId of group.placeIds) {
            const mapped = ids.get(placeId);
            if (mapped !== undefined) store.groups.addMember(written.id, 'place', mapped);
          }
          for (const quarterId of group.quarterIds) {
            const mapped = quarterIds.get(quarterId);
            if (mapped !== undefined) store.groups.addMember(written.id, 'quarter', mapped);
          }
          for (const routeId of group.routeIds ?? []) {
            const mapped = routeIds.get(routeId);
            if (mapped !== undefined) store.groups.addMember(written.id, 'route', mapped);
          }
        }
        for (const { id: _id, uuid, ...event } of data.events ?? []) {
          const written = store.events.insert({
            ...event,
            venuePlaceId: event.venuePlaceId === null ? null : (ids.get(event.venuePlaceId) ?? null),
            participantPlaceIds: event.participantPlaceIds.flatMap((id) => ids.get(id) ?? []),
          });
          adopt('events', written.id, uuid);
        }
        // name:xx and description:xx columns for GIS tools, as the other formats have them.
        store.addLanguageColumns(exportLanguages(data.languages), data.languages?.primary ?? null);
      });
    } finally {
      store.close();
    }
    if (extras) copyExportExtras(file, extras.projectFile, extras.include);
    return { bytes: fs.readFileSync(file), extension: 'gpkg', mimeType: 'application/geopackage+sqlite3' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
