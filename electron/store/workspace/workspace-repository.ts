import type Database from 'better-sqlite3';
import { blobEnvelope } from '../../../shared/codecs/gpkg-geometry.js';
import { PLACES_COUNT_TRIGGERS } from '../migrations/0018-feature-counts.js';
import { packRtree } from '../rtree-bulk-load.js';
import { isSearchIndexPending, suspendSearchIndex } from '../search-index.js';
import {
  describeSharedTables,
  fromTransport,
  quoteIdentifier as q,
  toTransport,
  type SharedTable,
  type TransportRow,
} from './shared-tables.js';
import { statementCache } from '../statement-cache.js';
import { createBulkRows } from './bulk-rows.js';
import { createSyncDirty } from './sync-dirty.js';

// The project's side of a workspace: its shared rows as they travel (shared-tables.ts), the
// base each was last synced at (itinera_sync_base), the conflicts waiting for the user and which
// workspace the project syncs with. Writes of rows that came from the workspace go straight to
// the tables (not through the edit journal: a pull is not an undo step, as an import is not).

export interface BaseRow {
  version: number;
  image: TransportRow;
}

export interface SyncState {
  workspace: string;
  workspaceId: string;
  pulledThrough: number;
  lastSync: string | null;
}

export interface StoredConflict {
  id: number;
  table: string;
  uuid: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  theirsBy: string;
  detectedAt: string;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export function createWorkspaceRepository(db: Database.Database, touch: (table: string) => void) {
  let described: SharedTable[] | null = null;
  /** Tables written since the last `begin` (each marked once per pull: gpkg_contents.last_change). */
  const touched = new Set<string>();
  const prepare = statementCache(db);
  const tables = () => (described ??= describeSharedTables(db));
  const tableNamed = (name: string) => {
    const table = tables().find((candidate) => candidate.name === name);
    if (!table) throw new Error(`"${name}" is not a shared table`);
    return table;
  };

  function markWritten(name: string): void {
    if (touched.has(name)) return;
    touched.add(name);
    touch(name);
  }

  function selectSql(table: SharedTable): string {
    const columns = table.columns.map((column) =>
      column.kind === 'reference'
        ? `(SELECT uuid FROM ${q(column.references!.table)} WHERE id = t.${q(column.name)}) AS ${q(column.name)}`
        : `t.${q(column.name)}`,
    );
    return `SELECT t.uuid, ${columns.join(', ')} FROM ${q(table.name)} t`;
  }

  /** The rows of a table as they travel (only those of `uuids` when given: bound as JSON). */
  const rowsSql = (table: SharedTable, uuids?: readonly string[]) =>
    uuids ? `${selectSql(table)} WHERE t.uuid IN (SELECT value FROM json_each(?))` : selectSql(table);

  function toRow(table: SharedTable, raw: Record<string, unknown>): TransportRow {
    const row: TransportRow = { uuid: raw.uuid as string };
    for (const column of table.columns) row[column.name] = toTransport(column, raw[column.name]);
    return row;
  }

  /** A value bound for a column: references as the local id of the uuid, in SQL. */
  const valueSql = (table: SharedTable, name: string) => {
    const column = table.columns.find((candidate) => candidate.name === name)!;
    return column.kind === 'reference' ? `(SELECT id FROM ${q(column.references!.table)} WHERE uuid = ?)` : '?';
  };
  const bound = (table: SharedTable, name: string, row: TransportRow) => {
    const column = table.columns.find((candidate) => candidate.name === name)!;
    return fromTransport(column, row[name] ?? null);
  };

  const repository = {
    tables,
    /** The rows changed since they were last synced (sync-dirty.ts). */
    dirty: createSyncDirty(db, tables),
    /** A clone's writes, many rows per statement (bulk-rows.ts). */
    bulk: createBulkRows(db, tableNamed, (name) => markWritten(name)),
    /**
     * Before a pull's writes: a page cache that holds the indexes a large pull touches all over
     * (random uuids), as the bulk import does. Answers the function that restores it.
     */
    begin(): () => void {
      touched.clear();

      const size = db.pragma('cache_size', { simple: true }) as number;
      db.pragma('cache_size = -65536');
      return () => db.pragma(`cache_size = ${size}`);
    },
    /** Every row of a shared table as it travels, by uuid (only those of `uuids` when given). */
    rows(name: string, uuids?: readonly string[]): Map<string, TransportRow> {
      const table = tableNamed(name);
      const statement = prepare(rowsSql(table, uuids));
      const raws = (uuids ? statement.all(JSON.stringify(uuids)) : statement.all()) as Record<string, unknown>[];
      return new Map(raws.map((raw) => [raw.uuid as string, toRow(table, raw)]));
    },
    /**
     * Every row of a shared table as it travels, one at a time (none kept: a push's scan), with
     * its JSON text made straight from the values (the same text JSON.stringify makes of the row,
     * as the bases are kept): most rows are only compared by that text.
     */
    *eachRow(
      name: string,
      uuids?: readonly string[],
    ): Generator<{ uuid: string; text: string; row: () => TransportRow }> {
      const table = tableNamed(name);
      const keys = ['uuid', ...table.columns.map((column) => column.name)];
      const prefixes = keys.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
      const columns = table.columns;
      const statement = prepare(rowsSql(table, uuids)).raw(true);
      const scan = (uuids ? statement.iterate(JSON.stringify(uuids)) : statement.iterate()) as Iterable<unknown[]>;
      for (const raw of scan) {
        const values: (string | number | null)[] = [raw[0] as string];
        let text = prefixes[0]! + JSON.stringify(raw[0]);
        for (let index = 0; index < columns.length; index++) {
          const value = toTransport(columns[index]!, raw[index + 1]);
          values.push(value);
          text += prefixes[index + 1]! + JSON.stringify(value);
        }
        yield {
          uuid: raw[0] as string,
          text: `${text}}`,
          row: () => Object.fromEntries(keys.map((key, index) => [key, values[index]!])),
        };
      }
    },
    /**
     * Writes a row from the workspace: inserts it, sets the given fields, or deletes it (null).
     * Answers whether a reference could not be resolved yet (its row comes later in this pull).
     */
    write(name: string, uuid: string, row: TransportRow | null, fields?: readonly string[]): boolean {
      const table = tableNamed(name);
      markWritten(name);
      if (row === null) {
        prepare(`DELETE FROM ${q(name)} WHERE uuid = ?`).run(uuid);
        return false;
      }
      const present = prepare(`SELECT 1 FROM ${q(name)} WHERE uuid = ?`).get(uuid) !== undefined;
      const names = present ? (fields ?? table.columns.map((column) => column.name)) : table.columns.map((c) => c.name);
      if (names.length === 0) return false;
      const values = names.map((field) => bound(table, field, row));
      if (present) {
        const assignments = names.map((field) => `${q(field)} = ${valueSql(table, field)}`).join(', ');
        prepare(`UPDATE ${q(name)} SET ${assignments} WHERE uuid = ?`).run(...values, uuid);
      } else {
        const marks = names.map((field) => valueSql(table, field)).join(', ');
        prepare(`INSERT INTO ${q(name)} (uuid, ${names.map(q).join(', ')}) VALUES (?, ${marks})`).run(uuid, ...values);
      }
      // A reference whose row is not here (yet): the caller writes the row again at the end.
      const unresolved = table.columns.some(
        (column) =>
          column.kind === 'reference' &&
          names.includes(column.name) &&
          row[column.name] !== null &&
          prepare(`SELECT 1 FROM ${q(column.references!.table)} WHERE uuid = ?`).get(row[column.name]) === undefined,
      );
      return unresolved;
    },
    /**
     * A row from the workspace whose unique key (a membership's pair, a translation's language,
     * an OpenStreetMap identity) a row of the project has under another uuid: that row takes the
     * workspace's uuid (the same feature, made on two laptops). Answers the uuid it had.
     */
    adoptSameKey(name: string, row: TransportRow): string | null {
      const table = tableNamed(name);
      for (const key of table.uniqueKeys) {
        if (key.some((field) => row[field] === null || row[field] === undefined)) continue;
        const where = key.map((field) => `${q(field)} = ${valueSql(table, field)}`).join(' AND ');
        const found = prepare(`SELECT uuid FROM ${q(name)} WHERE ${where} AND uuid <> ?`).get(
          ...key.map((field) => bound(table, field, row)),
          row.uuid,
        ) as { uuid: string } | undefined;
        if (!found) continue;
        prepare(`UPDATE ${q(name)} SET uuid = ? WHERE uuid = ?`).run(row.uuid, found.uuid);
        return found.uuid;
      }
      return null;
    },
    /**
     * A pull of many places leaves the full-text index to be built afterwards, as a large import
     * does (search-index.ts).
     */
    deferSearchIndex(): void {
      suspendSearchIndex(db);
    },
    searchIndexPending: () => isSearchIndexPending(db),
    /** A feature's name (or title) as the project has it, '' when it has none or is gone. */
    nameOf(name: string, uuid: string): string {
      const columns = tableNamed(name).columns.map((column) => column.name);
      const column = columns.includes('name') ? 'name' : columns.includes('title') ? 'title' : null;
      if (!column) return '';
      return (
        (prepare(`SELECT ${q(column)} FROM ${q(name)} WHERE uuid = ?`)
          .pluck()
          .get(uuid) as string | undefined) ?? ''
      );
    },
    /**
     * A clone (no place yet): the places' RTree and count triggers wait, and the RTree is packed
     * from all the new points at the end (as the bulk import does): inserting 100,000 points one
     * by one into an RTree costs several times more than writing them. Answers `finish`.
     */
    deferPlacesIndex(): (() => void) | null {
      if (prepare('SELECT 1 FROM places LIMIT 1').get() !== undefined) return null;
      const triggers = prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('rtree_places_geom_insert', ${PLACES_COUNT_TRIGGERS.map((name) => `'${name}'`).join(', ')})`,
      ).all() as { name: string; sql: string }[];
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      return () => {
        const rows = db.prepare('SELECT id, geom FROM places ORDER BY id').raw(true).all() as [number, Uint8Array][];
        const entries = {
          ids: new Float64Array(rows.length),
          minX: new Float64Array(rows.length),
          maxX: new Float64Array(rows.length),
          minY: new Float64Array(rows.length),
          maxY: new Float64Array(rows.length),
          length: rows.length,
        };
        rows.forEach(([id, geom], index) => {
          const box = blobEnvelope(geom)!;
          entries.ids[index] = id;
          entries.minX[index] = box.minX;
          entries.maxX[index] = box.maxX;
          entries.minY[index] = box.minY;
          entries.maxY[index] = box.maxY;
        });
        if (rows.length > 0) packRtree(db, 'rtree_places_geom', entries);
        db.prepare(
          "UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM places) WHERE lower(table_name) = 'places'",
        ).run();
        for (const trigger of triggers) db.exec(trigger.sql);
      };
    },
    /** Every base of a table as its stored text (parsed only where a row differs: push). */
    baseTexts(name: string, uuids?: readonly string[]): Map<string, { version: number; text: string }> {
      const sql = `SELECT uuid, version, image FROM itinera_sync_base WHERE table_name = ?${
        uuids ? ' AND uuid IN (SELECT value FROM json_each(?))' : ''
      }`;
      const rows = prepare(sql)
        .raw(true)
        .all(...(uuids ? [name, JSON.stringify(uuids)] : [name])) as [string, number, string][];
      return new Map(rows.map(([uuid, version, text]) => [uuid, { version, text }]));
    },
    /** The bases of a table (only those of `uuids` when given), parsed. */
    base(name: string, uuids?: readonly string[]): Map<string, BaseRow> {
      const texts = repository.baseTexts(name, uuids);
      return new Map(
        [...texts].map(([uuid, { version, text }]) => [uuid, { version, image: JSON.parse(text) as TransportRow }]),
      );
    },
    setBase(name: string, uuid: string, base: BaseRow | null): void {
      if (!base) {
        prepare('DELETE FROM itinera_sync_base WHERE table_name = ? AND uuid = ?').run(name, uuid);
        return;
      }
      prepare(
        `INSERT INTO itinera_sync_base (table_name, uuid, version, image) VALUES (?, ?, ?, ?)
         ON CONFLICT (table_name, uuid) DO UPDATE SET version = excluded.version, image = excluded.image`,
      ).run(name, uuid, base.version, JSON.stringify(base.image));
    },
    state(): SyncState | null {
      const row = prepare(
        'SELECT workspace, workspace_id, pulled_through, last_sync FROM itinera_sync_state WHERE id = 1',
      ).get() as
        { workspace: string; workspace_id: string; pulled_through: number; last_sync: string | null } | undefined;
      if (!row) return null;
      return {
        workspace: row.workspace,
        workspaceId: row.workspace_id,
        pulledThrough: row.pulled_through,
        lastSync: row.last_sync,
      };
    },
    setState(state: SyncState): void {
      prepare(
        `INSERT INTO itinera_sync_state (id, workspace, workspace_id, pulled_through, last_sync) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET workspace = excluded.workspace, workspace_id = excluded.workspace_id,
           pulled_through = excluded.pulled_through, last_sync = excluded.last_sync`,
      ).run(state.workspace, state.workspaceId, state.pulledThrough, state.lastSync);
      touch('itinera_sync_state');
    },
    /** The push on its way (its id and changes, as JSON), kept until the project has its result. */
    outbox(): { pushId: string; changes: unknown } | null {
      const text = prepare('SELECT outbox FROM itinera_sync_state WHERE id = 1').pluck().get() as
        string | null | undefined;
      return text ? (JSON.parse(text) as { pushId: string; changes: unknown }) : null;
    },
    setOutbox(outbox: { pushId: string; changes: unknown } | null): void {
      prepare('UPDATE itinera_sync_state SET outbox = ? WHERE id = 1').run(outbox ? JSON.stringify(outbox) : null);
    },
    conflicts(): StoredConflict[] {
      const rows = prepare(
        `SELECT id, table_name, uuid, field, mine, theirs, theirs_by, detected_at FROM itinera_sync_conflicts
           ORDER BY table_name, uuid, field`,
      ).all() as {
        id: number;
        table_name: string;
        uuid: string;
        field: string;
        mine: string | null;
        theirs: string | null;
        theirs_by: string;
        detected_at: string;
      }[];
      return rows.map((row) => ({
        id: row.id,
        table: row.table_name,
        uuid: row.uuid,
        field: row.field,
        mine: parse(row.mine),
        theirs: parse(row.theirs),
        theirsBy: row.theirs_by,
        detectedAt: row.detected_at,
      }));
    },
    addConflict(conflict: Omit<StoredConflict, 'id'>): void {
      prepare(
        `INSERT INTO itinera_sync_conflicts (table_name, uuid, field, mine, theirs, theirs_by, detected_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (table_name, uuid, field) DO UPDATE SET theirs = excluded.theirs, theirs_by = excluded.theirs_by,
           detected_at = excluded.detected_at`,
      ).run(
        conflict.table,
        conflict.uuid,
        conflict.field,
        JSON.stringify(conflict.mine ?? null),
        JSON.stringify(conflict.theirs ?? null),
        conflict.theirsBy,
        conflict.detectedAt,
      );
      touch('itinera_sync_conflicts');
    },
    removeConflict(id: number): void {
      prepare('DELETE FROM itinera_sync_conflicts WHERE id = ?').run(id);
      touch('itinera_sync_conflicts');
    },
  };
  return repository;
}
export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
