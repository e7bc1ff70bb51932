import path from 'node:path';
import type Database from 'better-sqlite3';
import { createAnnotationsRepository, createAttachmentsRepository } from './attachments-repository.js';
import { createCustomFieldsRepository } from './custom-fields-repository.js';
import { createEditJournal } from './edit-journal.js';
import { createEventsRepository } from './events-repository.js';
import { createGroupsRepository } from './groups-repository.js';
import { createHistoryRepository } from './history-repository.js';
import { createBasemapRepository } from './basemap-repository.js';
import { createBasemapFilesRepository } from './basemap-files-repository.js';
import { createLinksRepository } from './links-repository.js';
import { createNetworkRepository } from './network-repository.js';
import { createProjectDatabase, openProjectDatabase } from './open-database.js';
import { createOsmRepository } from './osm-repository.js';
import { createPlacesRepository } from './places-repository.js';
import { createQuartersRepository } from './quarters-repository.js';
import { createRoutesRepository } from './routes-repository.js';
import { createRowsAt } from './rows-at.js';
import { createSettingsRepository } from './settings-repository.js';
import { createSnapshotsRepository } from './snapshots-repository.js';
import { createWorkspaceRepository } from './workspace/workspace-repository.js';
import { createIdentityRepository } from './identity-repository.js';
import { createTableChanges } from './table-changes.js';
import {
  addLanguageColumns,
  createTranslationsRepository,
  readContentLanguages,
  writeContentLanguages,
} from './translations-repository.js';
import { canonicalLanguage, type ContentLanguages } from '../../shared/model/language-texts.js';

export { ProjectFileError } from './open-database.js';
export { checkProjectFile, readProjectSummary, type ProjectFileSummary } from './project-file.js';
export type { PlaceRecord, PlacesBulkWriter } from './places-repository.js';
export type { StoredRoute } from './routes-repository.js';
export type { AttachmentFile, StoredAttachment } from './attachments-repository.js';
export type { BasemapSummary } from './basemap-repository.js';
export type { SnapshotScopeKind, StoredSnapshot } from './snapshots-repository.js';

// The project file as repositories. The only module (with its siblings in store/) that touches
// better-sqlite3; services see these functions, never SQL.

function createStore(db: Database.Database, file: string) {
  // Every write path marks the tables it wrote (gpkg_contents.last_change): live lists follow them.
  const changes = createTableChanges(db);
  // Every repository write reports the rows it touches to the journal (edit path, undo).
  const journal = createEditJournal(db);
  const settings = createSettingsRepository(db);
  const translations = {
    places: createTranslationsRepository(db, 'places', settings, journal),
    quarters: createTranslationsRepository(db, 'quarters', settings, journal),
    routes: createTranslationsRepository(db, 'routes', settings, journal),
    events: createTranslationsRepository(db, 'events', settings, journal),
  };
  return {
    file,
    journal,
    history: createHistoryRepository(db, changes.touch),
    places: createPlacesRepository(db, journal, translations.places),
    quarters: createQuartersRepository(db, journal, translations.quarters),
    routes: createRoutesRepository(db, journal, translations.routes),
    links: createLinksRepository(db, journal),
    groups: createGroupsRepository(db, journal),
    events: createEventsRepository(db, journal, translations.events),
    customFields: createCustomFieldsRepository(db, journal),
    snapshots: createSnapshotsRepository(db, journal),
    /** Places, links, areas and events as they stood at an earlier moment (from the edit history). */
    rowsAt: createRowsAt(db),
    settings,
    translations,
    /** The project's content languages: the primary (null when never chosen) and the further ones. */
    contentLanguages: {
      get: (): ContentLanguages => readContentLanguages(settings),
      set: (languages: ContentLanguages): void => writeContentLanguages(settings, languages),
    },
    osm: createOsmRepository(db, journal),
    network: createNetworkRepository(db),
    attachments: createAttachmentsRepository(db, journal),
    annotations: createAnnotationsRepository(db, journal),
    basemap: createBasemapRepository(db, changes.touch),
    basemapFiles: createBasemapFilesRepository(db, changes.touch),
    workspace: createWorkspaceRepository(db, changes.touch),
    /** The shared rows' uuids: what exports write, and those a file brought kept (identity-repository.ts). */
    identity: createIdentityRepository(db),
    /** Which tables changed: this connection's marks, and other connections' commits. */
    changes,
    /**
     * Runs `work` in one transaction: all of it is written, or none of it. IMMEDIATE takes the
     * write lock up front, so a second process writing the same file waits (busy_timeout)
     * instead of failing half-way when both read first and then try to write.
     */
    transaction<T>(work: () => T): T {
      const run = db.transaction(work);
      return db.inTransaction ? run() : run.immediate();
    },
    /**
     * `transaction` for work that waits in between (a worker thread reading a file): BEGIN
     * IMMEDIATE, COMMIT when `work` resolves, ROLLBACK when it rejects. NOTE: nothing else may use
     * the connection meanwhile (the command line's import); the app's calls use `transaction`.
     */
    async transactionAsync<T>(work: () => Promise<T>): Promise<T> {
      if (db.inTransaction) throw new Error('transactionAsync cannot nest');
      db.exec('BEGIN IMMEDIATE');
      try {
        const value = await work();
        db.exec('COMMIT');
        return value;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    /** The GeoPackage export's `name:xx` / `description:xx` columns (see addLanguageColumns). */
    addLanguageColumns(languages: readonly string[], primary: string | null): void {
      addLanguageColumns(db, languages, primary);
    },
    /** Records that a table changed (gpkg_contents.last_change), as GeoPackage readers expect. */
    touch(table: string): void {
      changes.touch(table);
    },
    /**
     * A consistent copy of the whole file at `target` (which must not exist), made by SQLite
     * (`VACUUM INTO`): never a byte copy of a file another connection may be writing.
     */
    copyTo(target: string): void {
      db.prepare('VACUUM INTO ?').run(target);
    },
    /** Inside a transaction: foreign keys are checked at the commit (undo restores rows in any order). */
    deferForeignKeys(): void {
      db.pragma('defer_foreign_keys = ON');
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
export type ProjectStore = ReturnType<typeof createStore>;

/**
 * A new project file. Its primary content language is `language` (the app's language when a
 * person makes it; English when no language is given), without further languages.
 */
export function createProjectStore(file: string, name?: string, language?: string): ProjectStore {
  const db = createProjectDatabase(file);
  const store = createStore(db, file);
  store.settings.set('project.name', name?.trim() || path.basename(file, path.extname(file)));
  store.contentLanguages.set({ primary: canonicalLanguage(language ?? '') ?? 'en', further: [] });
  return store;
}

export function openProjectStore(file: string): ProjectStore {
  return createStore(openProjectDatabase(file), file);
}
