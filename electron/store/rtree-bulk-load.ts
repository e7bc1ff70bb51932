import type Database from 'better-sqlite3';
import { hilbert } from '../../shared/geo/hilbert-curve.js';

// Bulk loading of a GeoPackage RTree (an SQLite rtree virtual table) by packing: the entries are
// sorted along a Hilbert curve, cut into full nodes, and the nodes are written straight into the
// rtree's shadow tables (`<name>_node`, `_rowid`, `_parent`), each node once. Inserting a
// million points one by one rewrites a leaf blob per insert (gigabytes of copying); packing
// writes a few thousand blobs. The result is an ordinary rtree: SQLite, GDAL and QGIS read and
// update it as if it had been filled by INSERTs, and `rtreecheck()` accepts it.
//
// Node format (SQLite's ext/rtree/rtree.c): a 4-byte header (2-byte tree depth, meaningful in the
// root only; 2-byte entry count), then entries of an 8-byte id and 4 float32 coordinates
// (minx, maxx, miny, maxy), all big-endian. The node size is fixed when the table is created
// and is the length of the root node's blob.

const BYTES_PER_ENTRY = 24;
const HEADER_BYTES = 4;
// rtree.c's RNDTOWARDS / RNDAWAY: a float32 box is rounded outward from the double it stores.
const ROUND_TOWARDS = 1 - 1 / 8388608;
const ROUND_AWAY = 1 + 1 / 8388608;

export function roundDown(value: number): number {
  let rounded = Math.fround(value);
  if (rounded > value) rounded = Math.fround(value * (value < 0 ? ROUND_AWAY : ROUND_TOWARDS));
  return rounded;
}

export function roundUp(value: number): number {
  let rounded = Math.fround(value);
  if (rounded < value) rounded = Math.fround(value * (value < 0 ? ROUND_TOWARDS : ROUND_AWAY));
  return rounded;
}

/** Entries to pack: ids and boxes in struct-of-arrays form (float64, rounded here). */
export interface RtreeEntries {
  ids: Float64Array;
  minX: Float64Array;
  maxX: Float64Array;
  minY: Float64Array;
  maxY: Float64Array;
  length: number;
}

/** Rows of the `_rowid` shadow table per INSERT statement. */
const ROWIDS_PER_STATEMENT = 200;
const JSON_ROWIDS = 65_536;

/**
 * Entry indexes sorted by Hilbert key, ties by id. NOTE: up to 2^21 entries the key and the
 * index are packed into one double and sorted natively (ten times faster than a comparator); the
 * entries come in ascending id order there (see places-bulk.ts), so index order is id order.
 */
function sortedOrder(keys: Uint32Array, ids: Float64Array): Uint32Array {
  const count = keys.length;
  const order = new Uint32Array(count);
  let ascending = true;
  for (let index = 1; index < count && ascending; index++) ascending = ids[index - 1]! < ids[index]!;
  if (ascending && count <= 2 ** 21) {
    const packed = new Float64Array(count);
    for (let index = 0; index < count; index++) packed[index] = keys[index]! * 2 ** 21 + index;
    packed.sort();
    for (let index = 0; index < count; index++) order[index] = packed[index]! % 2 ** 21;
    return order;
  }
  for (let index = 0; index < count; index++) order[index] = index;
  order.sort((a, b) => keys[a]! - keys[b]! || ids[a]! - ids[b]!);
  return order;
}

/**
 * The `_rowid` shadow table: each entry's leaf, in the entries' order (ascending ids for an
 * import: appends to the b-tree). Ids that follow one another (an import into an empty index, or
 * one after places never deleted) go as JSON arrays of leaf numbers, 65,536 per statement (SQLite
 * parses them, nothing is bound per entry); others 200 rows per statement. Node numbers are
 * integers, as SQLite's rtree writes them.
 */
function writeRowids(db: Database.Database, rtree: string, ids: Float64Array, leafOf: Uint32Array): void {
  const count = leafOf.length;
  let consecutive = true;
  for (let index = 1; index < count && consecutive; index++) consecutive = ids[index] === ids[index - 1]! + 1;
  if (consecutive) {
    const insert = db.prepare(
      `INSERT INTO "${rtree}_rowid" (rowid, nodeno) SELECT @first + key, value FROM json_each(@leaves)`,
    );
    for (let start = 0; start < count; start += JSON_ROWIDS)
      insert.run({ first: ids[start]!, leaves: `[${leafOf.subarray(start, start + JSON_ROWIDS).join(',')}]` });
    return;
  }
  const rows = (length: number) =>
    `INSERT INTO "${rtree}_rowid" (rowid, nodeno) VALUES ${Array<string>(length).fill('(?, CAST(? AS INTEGER))').join(', ')}`;
  const insertRowids = db.prepare(rows(ROWIDS_PER_STATEMENT));
  const parameters = new Array<number>(ROWIDS_PER_STATEMENT * 2);
  let index = 0;
  for (; index + ROWIDS_PER_STATEMENT <= count; index += ROWIDS_PER_STATEMENT) {
    for (let slot = 0; slot < ROWIDS_PER_STATEMENT; slot++) {
      parameters[slot * 2] = ids[index + slot]!;
      parameters[slot * 2 + 1] = leafOf[index + slot]!;
    }
    insertRowids.run(parameters);
  }
  if (index < count) {
    const tail: number[] = [];
    for (; index < count; index++) tail.push(ids[index]!, leafOf[index]!);
    db.prepare(rows(tail.length / 2)).run(tail);
  }
}

/** How many of `count` entries go into each of ceil(count / capacity) nodes, evenly spread. */
function groupSizes(count: number, capacity: number): number[] {
  const groups = Math.max(1, Math.ceil(count / capacity));
  const base = Math.floor(count / groups);
  const extra = count % groups;
  return Array.from({ length: groups }, (_, index) => base + (index < extra ? 1 : 0));
}

/**
 * Replaces the whole content of `rtree` by a packed tree over `entries`. Must run inside the
 * caller's transaction; writing an rtree's shadow tables needs SQLite's defensive mode off,
 * which is switched off only for these statements and restored before returning.
 */
export function packRtree(db: Database.Database, rtree: string, entries: RtreeEntries): void {
  if (!db.inTransaction) throw new Error('packRtree must run inside a transaction');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rtree)) throw new Error(`Invalid rtree name ${rtree}`);
  const root = db.prepare(`SELECT length(data) AS size FROM "${rtree}_node" WHERE nodeno = 1`).get() as
    { size: number } | undefined;
  const nodeSize = root?.size ?? 0;
  const capacity = Math.floor((nodeSize - HEADER_BYTES) / BYTES_PER_ENTRY);
  if (capacity < 4) throw new Error(`${rtree}: unexpected rtree node size ${nodeSize}`);

  const count = entries.length;
  // Order the entries along a Hilbert curve of their box centres.
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let index = 0; index < count; index++) {
    west = Math.min(west, entries.minX[index]!);
    east = Math.max(east, entries.maxX[index]!);
    south = Math.min(south, entries.minY[index]!);
    north = Math.max(north, entries.maxY[index]!);
  }
  const width = east - west || 1;
  const height = north - south || 1;
  const keys = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const x = Math.floor((65535 * ((entries.minX[index]! + entries.maxX[index]!) / 2 - west)) / width);
    const y = Math.floor((65535 * ((entries.minY[index]! + entries.maxY[index]!) / 2 - south)) / height);
    keys[index] = hilbert(x, y);
  }
  const order = sortedOrder(keys, entries.ids);

  db.unsafeMode(true);
  try {
    db.exec(`DELETE FROM "${rtree}_node"; DELETE FROM "${rtree}_rowid"; DELETE FROM "${rtree}_parent";`);
    const insertNode = db.prepare(`INSERT INTO "${rtree}_node" (nodeno, data) VALUES (?, ?)`);
    const insertParent = db.prepare(`INSERT INTO "${rtree}_parent" (nodeno, parentnode) VALUES (?, ?)`);
    // Level by level, bottom-up: each node's box (float32, rounded outward) becomes an entry
    // above; each node is written as soon as it is full. The leaves read the entries in Hilbert
    // order straight from `entries`; the levels above are small.
    const leafOf = new Uint32Array(count);
    let upper: { ids: Float64Array; boxes: Float32Array } | null = null;
    let levelLength = count;
    let nextNodeno = 2;
    let depth = 0;
    for (;;) {
      const sizes = groupSizes(levelLength, capacity);
      const isRoot = sizes.length === 1;
      const next = { ids: new Float64Array(sizes.length), boxes: new Float32Array(sizes.length * 4) };
      let position = 0;
      sizes.forEach((size, group) => {
        const nodeno = isRoot ? 1 : nextNodeno++;
        const data = Buffer.alloc(nodeSize);
        // NOTE: a DataView: its big-endian setters cost a fraction of Buffer's write*BE methods.
        const view = new DataView(data.buffer, data.byteOffset, nodeSize);
        view.setUint16(0, isRoot ? depth : 0);
        view.setUint16(2, size);
        let minX = Infinity;
        let maxX = -Infinity;
        let minY = Infinity;
        let maxY = -Infinity;
        for (let slot = 0; slot < size; slot++, position++) {
          const offset = HEADER_BYTES + slot * BYTES_PER_ENTRY;
          let id: number, x0: number, x1: number, y0: number, y1: number;
          if (upper === null) {
            const index = order[position]!;
            id = entries.ids[index]!;
            x0 = roundDown(entries.minX[index]!);
            x1 = roundUp(entries.maxX[index]!);
            y0 = roundDown(entries.minY[index]!);
            y1 = roundUp(entries.maxY[index]!);
            leafOf[index] = nodeno;
          } else {
            id = upper.ids[position]!;
            x0 = upper.boxes[position * 4]!;
            x1 = upper.boxes[position * 4 + 1]!;
            y0 = upper.boxes[position * 4 + 2]!;
            y1 = upper.boxes[position * 4 + 3]!;
            insertParent.run(id, BigInt(nodeno));
          }
          // NOTE: two 32-bit halves: a BigInt per entry costs more than the rest of the entry.
          view.setUint32(offset, Math.floor(id / 4294967296));
          view.setUint32(offset + 4, id % 4294967296);
          view.setFloat32(offset + 8, x0);
          view.setFloat32(offset + 12, x1);
          view.setFloat32(offset + 16, y0);
          view.setFloat32(offset + 20, y1);
          if (x0 < minX) minX = x0;
          if (x1 > maxX) maxX = x1;
          if (y0 < minY) minY = y0;
          if (y1 > maxY) maxY = y1;
        }
        insertNode.run(nodeno, data);
        next.ids[group] = nodeno;
        next.boxes.set([minX, maxX, minY, maxY], group * 4);
      });
      if (isRoot) break;
      upper = next;
      levelLength = sizes.length;
      depth++;
    }
    writeRowids(db, rtree, entries.ids, leafOf);
  } finally {
    db.unsafeMode(false);
  }
}
