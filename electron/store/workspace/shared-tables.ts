import type Database from 'better-sqlite3';
import { decodeGeometry, encodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { IDENTIFIED_TABLES } from '../migrations/0019-stable-identity.js';

// The tables a workspace shares (migration 0019's list), described from the project file's own
// schema so the workspace's tables follow the file's columns without a second list to keep:
// every column but the file's integer id; references to other shared rows travel as the
// referenced row's uuid; geometries as ISO WKB (hex), blobs as base64, the rest as they are.
// These "transport" values are what push, pull and the three-way merge compare.

export type ColumnKind = 'text' | 'integer' | 'real' | 'blob' | 'geometry' | 'reference';

export interface SharedColumn {
  name: string;
  kind: ColumnKind;
  notNull: boolean;
  /** SQLite's default as declared (a literal or an expression), null when none. */
  defaultSql: string | null;
  /** For a reference: the table referred to and what deleting it does. */
  references?: { table: string; onDelete: 'cascade' | 'set null' | 'restrict' };
  /** For a geometry: its GeoPackage type (POINT, LINESTRING, POLYGON, ...). */
  geometryType?: string;
}

export interface SharedTable {
  name: string;
  /** Every column but id and uuid, in the file's order. */
  columns: SharedColumn[];
  /** The file's unique keys (besides id and uuid): two rows with the same key are one feature. */
  uniqueKeys: string[][];
}

/** A shared row as it travels: column -> transport value (uuid under "uuid"). */
export type TransportRow = Record<string, string | number | null>;
export type TransportValue = string | number | null;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function kindOf(declared: string): ColumnKind {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (type.includes('REAL') || type.includes('DOUBLE') || type.includes('FLOAT')) return 'real';
  if (type.includes('BLOB')) return 'blob';
  return 'text';
}

export function describeSharedTables(db: Database.Database): SharedTable[] {
  const geometries = new Map(
    (
      db.prepare('SELECT table_name, column_name, geometry_type_name FROM gpkg_geometry_columns').all() as {
        table_name: string;
        column_name: string;
        geometry_type_name: string;
      }[]
    ).map((row) => [`${row.table_name}.${row.column_name}`, row.geometry_type_name.toUpperCase()]),
  );
  const shared = new Set<string>(IDENTIFIED_TABLES);
  return IDENTIFIED_TABLES.map((table) => {
    const keys = new Map(
      (db.pragma(`foreign_key_list(${quote(table)})`) as { table: string; from: string; on_delete: string }[]).map(
        (key) => [key.from, key],
      ),
    );
    const info = db.pragma(`table_info(${quote(table)})`) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
    }[];
    const columns = info
      .filter((column) => column.name !== 'id' && column.name !== 'uuid')
      .map((column): SharedColumn => {
        const base = { name: column.name, notNull: column.notnull === 1, defaultSql: column.dflt_value };
        const geometryType = geometries.get(`${table}.${column.name}`);
        if (geometryType) return { ...base, kind: 'geometry', geometryType };
        const key = keys.get(column.name);
        if (key && shared.has(key.table)) {
          const action = key.on_delete.toLowerCase();
          const onDelete = action === 'cascade' ? 'cascade' : action === 'set null' ? 'set null' : 'restrict';
          return { ...base, kind: 'reference', references: { table: key.table, onDelete } };
        }
        return { ...base, kind: kindOf(column.type) };
      });
    const indexes = db.pragma(`index_list(${quote(table)})`) as { name: string; unique: number; partial: number }[];
    const uniqueKeys = indexes
      .filter((index) => index.unique === 1 && index.name !== `${table}_uuid`)
      .map((index) => (db.pragma(`index_info(${quote(index.name)})`) as { name: string | null }[]).map((c) => c.name))
      .filter((key): key is string[] => key.every((column) => column !== null && column !== 'id' && column !== 'uuid'));
    return { name: table, columns, uniqueKeys };
  });
}

/** The ISO WKB inside a GeoPackage geometry blob (after its header and envelope). */
export function blobToWkbHex(blob: Uint8Array): string {
  const flags = blob[3]!;
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0x07] ?? 0;
  return Buffer.from(blob.buffer, blob.byteOffset + 8 + envelope, blob.byteLength - 8 - envelope).toString('hex');
}

/** A GeoPackage blob (as Itinera writes them: envelope for all but points) from ISO WKB hex. */
export function wkbHexToBlob(hex: string): Buffer {
  const wkb = Buffer.from(hex, 'hex');
  const bare = Buffer.alloc(8 + wkb.length);
  bare.write('GP', 0, 'latin1');
  bare[3] = 1;
  bare.writeInt32LE(4326, 4);
  wkb.copy(bare, 8);
  const encoded = encodeGeometry(decodeGeometry(bare).geometry);
  return Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
}

/** A file value as it travels. */
export function toTransport(column: SharedColumn, value: unknown): TransportValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'geometry') return blobToWkbHex(value as Uint8Array);
  if (column.kind === 'blob') return Buffer.from(value as Uint8Array).toString('base64');
  if (typeof value === 'bigint') return Number(value);
  return value as string | number;
}

/** A travelling value as the file keeps it (references are resolved by the caller, in SQL). */
export function fromTransport(column: SharedColumn, value: TransportValue): unknown {
  if (value === null) return null;
  if (column.kind === 'geometry') return wkbHexToBlob(value as string);
  if (column.kind === 'blob') return Buffer.from(value as string, 'base64');
  return value;
}

export { quote as quoteIdentifier };
