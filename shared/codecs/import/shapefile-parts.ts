// Facts read from a shapefile's own bytes rather than trusted from its headers: how many records
// the .dbf really holds (its header's count is corrected to that), and whether the .shp carries
// measures (M) that the reader drops.

const NO_DATA = -1e38;

export interface DbfRecords {
  /** The .dbf with its record count set to the records its data holds. */
  dbf: Uint8Array;
  declared: number;
  found: number;
}

export function correctDbfCount(dbf: Uint8Array): DbfRecords | null {
  if (dbf.length < 32) return null;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const declared = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (recordLength === 0 || headerLength > dbf.length) return null;
  const found = Math.floor((dbf.length - headerLength) / recordLength);
  if (found === declared) return { dbf, declared, found };
  const copy = dbf.slice();
  new DataView(copy.buffer).setUint32(4, found, true);
  return { dbf: copy, declared, found };
}

/** Where a record's M values start (bytes into its content, after the shape type), by type. */
function measureStart(type: number, content: DataView): { start: number; count: number } | null {
  const base = type % 10 === 1 ? 1 : type % 10; // 1 point, 3 line, 5 polygon, 8 multipoint
  const hasZ = type >= 10 && type < 20;
  if (base === 1) return { start: hasZ ? 28 : 20, count: 1 };
  if (base === 3 || base === 5) {
    if (content.byteLength < 44) return null;
    const parts = content.getInt32(36, true);
    const points = content.getInt32(40, true);
    const xy = 44 + 4 * parts + 16 * points;
    return { start: (hasZ ? xy + 16 + 8 * points : xy) + 16, count: points };
  }
  if (base === 8) {
    if (content.byteLength < 40) return null;
    const points = content.getInt32(36, true);
    const xy = 40 + 16 * points;
    return { start: (hasZ ? xy + 16 + 8 * points : xy) + 16, count: points };
  }
  return null;
}

/** Whether any record of the .shp has an M value (not the format's "no data"). */
export function shpHasMeasures(shp: Uint8Array): boolean {
  if (shp.length < 100) return false;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const fileType = view.getInt32(32, true);
  if (!(fileType > 10 && fileType < 30)) return false;
  for (let offset = 100; offset + 12 <= shp.length;) {
    const length = view.getInt32(offset + 4) * 2;
    if (length <= 0 || offset + 8 + length > shp.length) break;
    const content = new DataView(shp.buffer, shp.byteOffset + offset + 8, length);
    const type = content.getInt32(0, true);
    const measures = type > 10 ? measureStart(type, content) : null;
    if (measures) {
      for (let index = 0; index < measures.count; index++) {
        const at = measures.start + 8 * index;
        if (at + 8 > length) break;
        if (content.getFloat64(at, true) > NO_DATA) return true;
      }
    }
    offset += 8 + length;
  }
  return false;
}
