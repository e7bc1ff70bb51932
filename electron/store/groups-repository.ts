import type Database from 'better-sqlite3';
import type { Group } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';

// Cluster groups (migration 0005) and their members: places in group_places, areas in
// group_quarters, routes in group_routes (migration 0014) (Related Tables mapping tables,
// base_id = group).

interface GroupRow {
  id: number;
  name: string;
  level: Group['level'];
  parent_id: number | null;
  description: string;
}

export type GroupRecord = Omit<Group, 'id' | 'placeIds' | 'quarterIds' | 'routeIds'>;
export type MemberType = 'place' | 'quarter' | 'route';

const MEMBER_TABLES = { place: 'group_places', quarter: 'group_quarters', route: 'group_routes' } as const;
const MEMBER_TYPES = ['place', 'quarter', 'route'] as const;
type Members = Record<MemberType, Map<number, number[]>>;

function perType<T>(make: (table: string) => T): Record<MemberType, T> {
  return { place: make(MEMBER_TABLES.place), quarter: make(MEMBER_TABLES.quarter), route: make(MEMBER_TABLES.route) };
}

export function createGroupsRepository(db: Database.Database, journal?: EditJournal) {
  const statements = {
    all: db.prepare<[], GroupRow>('SELECT * FROM cluster_groups ORDER BY name COLLATE NOCASE, id'),
    byId: db.prepare<[number], GroupRow>('SELECT * FROM cluster_groups WHERE id = ?'),
    insert: db.prepare(
      'INSERT INTO cluster_groups (name, level, parent_id, description) VALUES (@name, @level, @parentId, @description)',
    ),
    update: db.prepare(
      `UPDATE cluster_groups SET name = @name, level = @level, parent_id = @parentId, description = @description,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM cluster_groups WHERE id = ?'),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM cluster_groups'),
    allMembers: perType((table) =>
      db.prepare<[], { base_id: number; related_id: number }>(
        `SELECT base_id, related_id FROM ${table} ORDER BY related_id`,
      ),
    ),
    members: perType((table) =>
      db.prepare<[number], { related_id: number }>(
        `SELECT related_id FROM ${table} WHERE base_id = ? ORDER BY related_id`,
      ),
    ),
    membership: perType((table) =>
      db.prepare<[number, number], { id: number }>(`SELECT id FROM ${table} WHERE base_id = ? AND related_id = ?`),
    ),
    addMember: perType((table) =>
      db.prepare<[number, number]>(`INSERT INTO ${table} (base_id, related_id) VALUES (?, ?)`),
    ),
    removeMember: perType((table) => db.prepare<[number]>(`DELETE FROM ${table} WHERE id = ?`)),
  };

  function withMembers(row: GroupRow, members?: Members): Group {
    const ids = (type: MemberType) =>
      members
        ? (members[type].get(row.id) ?? [])
        : statements.members[type].all(row.id).map((member) => member.related_id);
    return {
      id: row.id,
      name: row.name,
      level: row.level,
      parentId: row.parent_id ?? null,
      description: row.description,
      placeIds: ids('place'),
      quarterIds: ids('quarter'),
      routeIds: ids('route'),
    };
  }

  return {
    list(): Group[] {
      // Members in one pass per table, not one query per group.
      const members: Members = { place: new Map(), quarter: new Map(), route: new Map() };
      for (const type of MEMBER_TYPES) {
        for (const { base_id, related_id } of statements.allMembers[type].iterate()) {
          const list = members[type].get(base_id) ?? [];
          list.push(related_id);
          members[type].set(base_id, list);
        }
      }
      return statements.all.all().map((row) => withMembers(row, members));
    },
    get(id: number): Group | undefined {
      const row = statements.byId.get(id);
      return row ? withMembers(row) : undefined;
    },
    insert(group: GroupRecord): Group {
      const id = Number(statements.insert.run(group).lastInsertRowid);
      journal?.created('cluster_groups', id);
      return this.get(id) as Group;
    },
    update(id: number, group: GroupRecord): Group {
      journal?.track('cluster_groups', id);
      statements.update.run({ id, ...group });
      return this.get(id) as Group;
    },
    remove(id: number): boolean {
      journal?.trackDelete('cluster_groups', id);
      return statements.remove.run(id).changes > 0;
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
    hasMember(groupId: number, type: MemberType, memberId: number): boolean {
      return statements.membership[type].get(groupId, memberId) !== undefined;
    },
    addMember(groupId: number, type: MemberType, memberId: number): void {
      const id = Number(statements.addMember[type].run(groupId, memberId).lastInsertRowid);
      journal?.created(MEMBER_TABLES[type], id);
    },
    removeMember(groupId: number, type: MemberType, memberId: number): boolean {
      const row = statements.membership[type].get(groupId, memberId);
      if (!row) return false;
      journal?.trackDelete(MEMBER_TABLES[type], row.id);
      statements.removeMember[type].run(row.id);
      return true;
    },
  };
}
export type GroupsRepository = ReturnType<typeof createGroupsRepository>;
