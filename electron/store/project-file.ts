import type Database from 'better-sqlite3';
import { projectsMessages } from '../../shared/i18n/messages/projects.js';
import { openProjectDatabase, ProjectFileError } from './open-database.js';

// A look at a project file that is not the open project: its name for the list of projects, and
// the checks an uploaded file passes before Itinera keeps it.

export interface ProjectFileSummary {
  /** The project's own name; null when it has none. */
  name: string | null;
  isSample: boolean;
}

function summary(db: Database.Database): ProjectFileSummary {
  const setting = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  return {
    name: setting.get('project.name')?.value ?? null,
    isSample: setting.get('project.sample')?.value === 'true',
  };
}

/**
 * A project file's name, read without changing the file (not even its journal mode). Throws a
 * ProjectFileError when Itinera cannot open it (not SQLite, not a GeoPackage, not Itinera's,
 * from a newer version), or SQLite's own error for a damaged file.
 */
export function readProjectSummary(file: string): ProjectFileSummary {
  const db = openProjectDatabase(file, { readonly: true });
  try {
    return summary(db);
  } finally {
    db.close();
  }
}

/**
 * Opens a file as the app opens a project (pending migrations applied, rollback journal) and
 * checks SQLite's integrity. For a file that is Itinera's to change: an upload being checked.
 */
export function checkProjectFile(file: string): ProjectFileSummary {
  const db = openProjectDatabase(file);
  try {
    const verdict = db.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') throw new ProjectFileError(projectsMessages.damaged, {});
    return summary(db);
  } finally {
    db.close();
  }
}
