import type Database from 'better-sqlite3';
import type { SnapshotContent } from '../../shared/analytics/change-report.js';
import type { EditJournal } from './edit-journal.js';

// Report snapshots (migration 0017): an area's or group's report card as it was on a day, with
// the actors and links a change report compares. The JSON columns are written and read whole.

export type SnapshotScopeKind = 'area' | 'group';

export interface SnapshotRecord {
  scopeKind: SnapshotScopeKind;
  scopeId: number;
  takenOn: string;
  label: string;
  content: SnapshotContent;
}

export interface StoredSnapshot extends SnapshotRecord {
  id: number;
  createdAt: string;
}

interface SnapshotRow {
  id: number;
  scope_kind: SnapshotScopeKind;
  scope_id: number;
  taken_on: string;
  label: string;
  report: string;
  actors: string;
  links: string;
  created_at: string;
}

function toSnapshot(row: SnapshotRow): StoredSnapshot {
  const report = JSON.parse(row.report) as Pick<SnapshotContent, 'card' | 'interlinkage'>;
  return {
    id: row.id,
    scopeKind: row.scope_kind,
    scopeId: row.scope_id,
    takenOn: row.taken_on,
    label: row.label,
    createdAt: row.created_at,
    content: {
      card: report.card,
      interlinkage: report.interlinkage,
      actors: JSON.parse(row.actors) as SnapshotContent['actors'],
      links: JSON.parse(row.links) as SnapshotContent['links'],
    },
  };
}

export function createSnapshotsRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    // Newest day first; on one day, the one saved last first.
    ofScope: db.prepare<[SnapshotScopeKind, number], SnapshotRow>(
      'SELECT * FROM report_snapshots WHERE scope_kind = ? AND scope_id = ? ORDER BY taken_on DESC, id DESC',
    ),
    byId: db.prepare<[number], SnapshotRow>('SELECT * FROM report_snapshots WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO report_snapshots (scope_kind, scope_id, taken_on, label, report, actors, links)
       VALUES (@scopeKind, @scopeId, @takenOn, @label, @report, @actors, @links)`,
    ),
    remove: db.prepare<[number]>('DELETE FROM report_snapshots WHERE id = ?'),
  };
  return {
    list(scopeKind: SnapshotScopeKind, scopeId: number): StoredSnapshot[] {
      return statements.ofScope.all(scopeKind, scopeId).map(toSnapshot);
    },
    get(id: number): StoredSnapshot | undefined {
      const row = statements.byId.get(id);
      return row && toSnapshot(row);
    },
    insert(record: SnapshotRecord): StoredSnapshot {
      const { content, ...fields } = record;
      const id = Number(
        statements.insert.run({
          ...fields,
          report: JSON.stringify({ card: content.card, interlinkage: content.interlinkage }),
          actors: JSON.stringify(content.actors),
          links: JSON.stringify(content.links),
        }).lastInsertRowid,
      );
      journal?.created('report_snapshots', id);
      return this.get(id)!;
    },
    remove(id: number): boolean {
      journal?.trackDelete('report_snapshots', id);
      return statements.remove.run(id).changes > 0;
    },
  };
}
export type SnapshotsRepository = ReturnType<typeof createSnapshotsRepository>;
