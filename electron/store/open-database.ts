import fs from 'node:fs';
import Database from 'better-sqlite3';
import { GEOPACKAGE_APPLICATION_ID, GEOPACKAGE_USER_VERSION } from './migrations/0001-init.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { registerGeoPackageFunctions } from './sqlite-functions.js';
import { messageRef, type MessageDescriptor, type MessageValues } from '../../shared/i18n/define-messages.js';
import { MessageError } from '../../shared/i18n/message-error.js';
import { projectMessages } from '../../shared/i18n/messages/project.js';

/** A file that cannot be created or opened as a project; says which and why (a message). */
export class ProjectFileError extends MessageError {
  constructor(message: MessageDescriptor, values: MessageValues) {
    super(messageRef(message, values));
    this.name = 'ProjectFileError';
  }
}

function nativeBindingOption(): Database.Options {
  // NOTE: under Electron, better-sqlite3 must be built for Electron's ABI. The shell points this
  // variable at that build (see scripts/start.mjs); Node (CLI, serve, tests) uses the default one.
  const binding = process.env.ITINERA_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

function configure(db: Database.Database): void {
  // Rollback journal (not WAL) keeps the project one file at rest, safe to copy or email;
  // synchronous=FULL makes every acknowledged transaction durable.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerGeoPackageFunctions(db);
}

function appliedVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(id) AS version FROM itinera_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Refuses a file a newer Itinera wrote; answers the version it holds. */
function refuseNewer(db: Database.Database, file: string): number {
  const current = appliedVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new ProjectFileError(projectMessages.newerVersion, {
      file,
      version: String(current),
      latest: String(LATEST_SCHEMA_VERSION),
    });
  }
  return current;
}

function migrate(db: Database.Database, file: string): void {
  const current = refuseNewer(db, file);
  for (const migration of MIGRATIONS) {
    if (migration.id <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare(
        "INSERT INTO itinera_migrations (id, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
      ).run(migration.id, migration.name);
    })();
  }
}

/** Creates a new, empty project file. Refuses to overwrite an existing file. */
export function createProjectDatabase(file: string): Database.Database {
  if (fs.existsSync(file)) throw new ProjectFileError(projectMessages.fileExists, { file });
  const db = new Database(file, nativeBindingOption());
  try {
    configure(db);
    db.transaction(() => {
      db.pragma(`application_id = ${GEOPACKAGE_APPLICATION_ID}`);
      db.pragma(`user_version = ${GEOPACKAGE_USER_VERSION}`);
      db.exec('CREATE TABLE itinera_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    })();
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    fs.rmSync(file, { force: true });
    throw error;
  }
}

/** Opens an existing project, applying any pending migrations. */
export function openProjectDatabase(file: string, options: { readonly?: boolean } = {}): Database.Database {
  if (!fs.existsSync(file)) throw new ProjectFileError(projectMessages.fileMissing, { file });
  const header = Buffer.alloc(16);
  const handle = fs.openSync(file, 'r');
  try {
    fs.readSync(handle, header, 0, 16, 0);
  } finally {
    fs.closeSync(handle);
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new ProjectFileError(projectMessages.notSqlite, { file });
  }
  const readonly = options.readonly ?? false;
  const db = new Database(file, { ...nativeBindingOption(), readonly, fileMustExist: true });
  try {
    // NOTE: read-only (a look at a file of the project list) changes nothing, not even the journal mode.
    if (readonly) db.pragma('busy_timeout = 5000');
    else configure(db);
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== GEOPACKAGE_APPLICATION_ID) {
      throw new ProjectFileError(projectMessages.notGeoPackage, { file, applicationId: String(applicationId) });
    }
    const hasMigrations = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'itinera_migrations'")
      .get();
    if (!hasMigrations) {
      throw new ProjectFileError(projectMessages.notItinera, { file });
    }
    if (readonly) refuseNewer(db, file);
    else migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
