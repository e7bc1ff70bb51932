import type Database from 'better-sqlite3';
import { blobEnvelope, type Envelope } from '../../shared/codecs/gpkg-geometry.js';
import { newUuid } from './uuid.js';

// The SQL functions GeoPackage's RTree triggers call (ST_MinX, ST_IsEmpty, ...). GDAL and QGIS
// register their own when they open the file; Itinera registers these on every connection.

function envelope(blob: unknown): Envelope | null {
  if (!(blob instanceof Uint8Array)) return null;
  return blobEnvelope(blob);
}

export function registerGeoPackageFunctions(db: Database.Database): void {
  const options = { deterministic: true } as const;
  db.function('ST_MinX', options, (blob: unknown) => envelope(blob)?.minX ?? null);
  db.function('ST_MaxX', options, (blob: unknown) => envelope(blob)?.maxX ?? null);
  db.function('ST_MinY', options, (blob: unknown) => envelope(blob)?.minY ?? null);
  db.function('ST_MaxY', options, (blob: unknown) => envelope(blob)?.maxY ?? null);
  db.function('ST_IsEmpty', options, (blob: unknown) => {
    if (!(blob instanceof Uint8Array)) return null;
    return envelope(blob) === null ? 1 : 0;
  });
  // A feature's stable identity (migration 0019), for the bulk import's rows; other tools' rows
  // get theirs from the table's trigger, in plain SQL.
  db.function('itinera_uuid', { deterministic: false }, newUuid);
}

/** better-sqlite3 binds Buffers; the shared codec speaks Uint8Array. */
export function toBlob(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
