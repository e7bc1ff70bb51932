import path from 'node:path';
import type Database from 'better-sqlite3';
import { createAnnotationsRepository, createAttachmentsRepository } from './attachments-repository.js';
import { createLinksRepository } from './links-repository.js';
import { createNetworkRepository } from './network-repository.js';
import { createProjectDatabase, openProjectDatabase } from './open-database.js';
import { createOsmRepository } from './osm-repository.js';
import { createPlacesRepository } from './places-repository.js';
import { createQuartersRepository } from './quarters-repository.js';
import { createRoutesRepository } from './routes-repository.js';
import { createSettingsRepository } from './settings-repository.js';

export { ProjectFileError } from './open-database.js';
export type { PlaceRecord } from './places-repository.js';
export type { StoredRoute } from './routes-repository.js';
export type { AttachmentFile, StoredAttachment } from './attachments-repository.js';

// The project file as repositories. The only module (with its siblings in store/) that touches
// better-sqlite3; services see these functions, never SQL.

function createStore(db: Database.Database, file: string) {
  const contentsTouch = db.prepare(
    "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
  );
  return {
    file,
    places: createPlacesRepository(db),
    quarters: createQuartersRepository(db),
    routes: createRoutesRepository(db),
    links: createLinksRepository(db),
    settings: createSettingsRepository(db),
    osm: createOsmRepository(db),
    network: createNetworkRepository(db),
    attachments: createAttachmentsRepository(db),
    annotations: createAnnotationsRepository(db),
    /**
     * Runs `work` in one transaction: all of it is written, or none of it. IMMEDIATE takes the
     * write lock up front, so a second process writing the same file waits (busy_timeout)
     * instead of failing half-way when both read first and then try to write.
     */
    transaction<T>(work: () => T): T {
      const run = db.transaction(work);
      return db.inTransaction ? run() : run.immediate();
    },
    /** Records that a table changed (gpkg_contents.last_change), as GeoPackage readers expect. */
    touch(
      table:
        | 'places'
        | 'quarters'
        | 'routes'
        | 'links'
        | 'route_stops'
        | 'settings'
        | 'network_nodes'
        | 'network_edges'
        | 'attachments'
        | 'annotations'
        | `${string}_attachments`
        | `${string}_annotations`,
    ): void {
      contentsTouch.run(table);
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
export type ProjectStore = ReturnType<typeof createStore>;

export function createProjectStore(file: string, name?: string): ProjectStore {
  const db = createProjectDatabase(file);
  const store = createStore(db, file);
  store.settings.set('project.name', name?.trim() || path.basename(file, path.extname(file)));
  return store;
}

export function openProjectStore(file: string): ProjectStore {
  return createStore(openProjectDatabase(file), file);
}
