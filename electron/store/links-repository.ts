import type Database from 'better-sqlite3';
import type { Link } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';

interface LinkRow {
  id: number;
  base_id: number;
  related_id: number;
  type: Link['type'];
  note: string;
  start_date: string | null;
  strength: number | null;
  created_at: string;
}

function rowToLink(row: LinkRow): Link {
  return {
    id: row.id,
    fromPlaceId: row.base_id,
    toPlaceId: row.related_id,
    type: row.type,
    note: row.note,
    startDate: row.start_date ?? null,
    strength: row.strength ?? null,
    createdAt: row.created_at,
  };
}

export type LinkRecord = Omit<Link, 'id' | 'createdAt'>;

export function createLinksRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    all: db.prepare<[], LinkRow>('SELECT * FROM links ORDER BY id'),
    byId: db.prepare<[number], LinkRow>('SELECT * FROM links WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO links (base_id, related_id, type, note, start_date, strength)
       VALUES (@from, @to, @type, @note, @startDate, @strength)`,
    ),
    update: db.prepare(
      `UPDATE links SET type = @type, note = @note, start_date = @startDate, strength = @strength,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM links WHERE id = ?'),
    countForPlace: db.prepare<[number, number], { count: number }>(
      'SELECT count(*) AS count FROM links WHERE base_id = ? OR related_id = ?',
    ),
    linkedTo: db.prepare<[number, number, number], { other: number }>(
      'SELECT CASE WHEN base_id = ? THEN related_id ELSE base_id END AS other FROM links WHERE base_id = ? OR related_id = ?',
    ),
    same: db.prepare<[{ from: number; to: number; type: string }], LinkRow>(
      `SELECT * FROM links WHERE type = @type
         AND ((base_id = @from AND related_id = @to) OR (base_id = @to AND related_id = @from))`,
    ),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM links'),
  };
  return {
    list(): Link[] {
      return statements.all.all().map(rowToLink);
    },
    get(id: number): Link | undefined {
      const row = statements.byId.get(id);
      return row ? rowToLink(row) : undefined;
    },
    findSame(from: number, to: number, type: string): Link | undefined {
      const row = statements.same.get({ from, to, type });
      return row ? rowToLink(row) : undefined;
    },
    insert(link: {
      fromPlaceId: number;
      toPlaceId: number;
      type: string;
      note: string;
      startDate?: string | null;
      strength?: number | null;
    }): Link {
      const result = statements.insert.run({
        from: link.fromPlaceId,
        to: link.toPlaceId,
        type: link.type,
        note: link.note,
        startDate: link.startDate ?? null,
        strength: link.strength ?? null,
      });
      const id = Number(result.lastInsertRowid);
      journal?.created('links', id);
      return this.get(id) as Link;
    },
    update(id: number, link: Pick<Link, 'type' | 'note' | 'startDate' | 'strength'>): Link {
      journal?.track('links', id);
      statements.update.run({ id, ...link });
      return this.get(id) as Link;
    },
    remove(id: number): boolean {
      journal?.trackDelete('links', id);
      return statements.remove.run(id).changes > 0;
    },
    countForPlace(placeId: number): number {
      return statements.countForPlace.get(placeId, placeId)?.count ?? 0;
    },
    /** Ids of every place linked to this one, in either direction. */
    linkedPlaceIds(placeId: number): Set<number> {
      return new Set(statements.linkedTo.all(placeId, placeId, placeId).map((row) => row.other));
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
  };
}
export type LinksRepository = ReturnType<typeof createLinksRepository>;
