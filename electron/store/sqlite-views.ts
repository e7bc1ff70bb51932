import type Database from 'better-sqlite3';

// Views in files users bring (an MBTiles' `tiles`, a GeoPackage's feature layer) are followed only
// when they are a plain query of tables: a recursive query can run without end, and a view of
// views can hide one. Reads of a followed view still count at most one row past their budget.

/** Whether `name` is a view Itinera does not follow (a recursive query, or a view of other views). */
export function viewNotFollowed(db: Database.Database, name: string): boolean {
  const entry = db.prepare('SELECT type, sql FROM sqlite_master WHERE name = ?').get(name) as
    { type: string; sql: string | null } | undefined;
  if (entry?.type !== 'view') return false;
  const sql = entry.sql ?? '';
  if (/\b(WITH|RECURSIVE)\b/i.test(sql)) return true;
  const views = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'view' AND name <> ?")
    .pluck()
    .all(name) as string[];
  const words = new Set(sql.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
  return views.some((view) => words.has(view.toLowerCase()));
}
