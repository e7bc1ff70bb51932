import type { Point } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { Place, TranslationChanges } from '../../shared/model/schemas.js';
import { toBlob } from './sqlite-functions.js';

// How a place is a row of the places table and back: the row types, reading a row (or a column
// tuple, the fast path of the full list) into a place, a place's statement parameters, and the
// GeoPackage point blob written and read without the general geometry codec.

export interface PlaceRow {
  id: number;
  geom: Buffer;
  name: string;
  category: Place['category'];
  sector: Place['sector'];
  description: string;
  address: string;
  website: string;
  tags: string;
  custom_fields: string;
  created_at: string;
  updated_at: string;
}

/**
 * A place's stored fields: everything but the id and timestamps. Translations, when given, are
 * written language by language (translations-repository.ts): languages not named stay.
 */
export type PlaceRecord = Omit<Place, 'id' | 'createdAt' | 'updatedAt' | 'translations'> & {
  translations?: TranslationChanges | undefined;
};

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    // NOTE: another tool (QGIS, a script) may have written plain text here; keep the place readable.
    return fallback;
  }
}

export function rowToPlace(row: PlaceRow): Place {
  const { geometry } = decodeGeometry(row.geom);
  const coordinates = geometry.type === 'Point' ? geometry.coordinates : [];
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    sector: row.sector ?? null,
    description: row.description,
    address: row.address,
    website: row.website,
    tags: parseJson<string[]>(row.tags, []),
    customFields: parseJson<Place['customFields']>(row.custom_fields, {}),
    longitude: coordinates[0] ?? NaN,
    latitude: coordinates[1] ?? NaN,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const PLACE_COLUMNS = [
  'id',
  'geom',
  'name',
  'category',
  'sector',
  'description',
  'address',
  'website',
  'tags',
  'custom_fields',
  'created_at',
  'updated_at',
] as const;
export type PlaceColumns = [
  number,
  Buffer,
  string,
  Place['category'],
  Place['sector'],
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const scratchPosition = { longitude: NaN, latitude: NaN };

/** A raw row straight to a place: no intermediate object, empty tags and fields not parsed. */
export function columnsToPlace(row: PlaceColumns): Place {
  const [id, geom, name, category, sector, description, address, website, tags, customFields, createdAt, updatedAt] =
    row;
  readPoint(geom, scratchPosition);
  return {
    id,
    name,
    category,
    sector: sector ?? null,
    description,
    address,
    website,
    tags: tags === '[]' ? [] : parseJson<string[]>(tags, []),
    customFields: customFields === '{}' ? {} : parseJson<Place['customFields']>(customFields, {}),
    longitude: scratchPosition.longitude,
    latitude: scratchPosition.latitude,
    createdAt,
    updatedAt,
  };
}

export function recordParameters(record: PlaceRecord) {
  const point: Point = { type: 'Point', coordinates: [record.longitude, record.latitude] };
  return {
    geom: toBlob(encodeGeometry(point)),
    name: record.name,
    category: record.category,
    sector: record.sector,
    description: record.description,
    address: record.address,
    website: record.website,
    tags: JSON.stringify(record.tags),
    custom_fields: JSON.stringify(record.customFields),
  };
}

/** The first 13 bytes of a point blob (pointBlob) at `offset`: the position follows. */
export function pointHeader(blob: Buffer, offset: number): void {
  blob.writeUInt32BE(0x47500001, offset); // "GP", version 0, flags: little-endian, no envelope
  blob.writeInt32LE(4326, offset + 4);
  blob.writeUInt8(1, offset + 8); // WKB little-endian
  blob.writeUInt32LE(1, offset + 9); // Point
}

/** A GeoPackage point blob (no envelope, little-endian, EPSG:4326), as encodeGeometry writes it. */
function pointBlob(longitude: number, latitude: number): Buffer {
  const blob = Buffer.allocUnsafe(29);
  pointHeader(blob, 0);
  blob.writeDoubleLE(longitude, 13);
  blob.writeDoubleLE(latitude, 21);
  return blob;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** Reads a point blob's coordinates without building GeoJSON; NaN for anything but a point. */
export function readPoint(blob: Uint8Array, into: { longitude: number; latitude: number }): void {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const flags = blob[3] ?? 0;
  const offset = 8 + (ENVELOPE_BYTES[(flags >> 1) & 7] ?? 0);
  into.longitude = NaN;
  into.latitude = NaN;
  if (flags & 0x10 || blob.byteLength < offset + 21) return;
  const littleEndian = blob[offset] === 1;
  if (view.getUint32(offset + 1, littleEndian) % 1000 !== 1) return;
  into.longitude = view.getFloat64(offset + 5, littleEndian);
  into.latitude = view.getFloat64(offset + 13, littleEndian);
}

/**
 * Positional parameters for the bulk insert (geom … updated_at), written into `target` from
 * `offset`; empty tags and fields skip JSON.stringify.
 */
export function bulkParameters(record: PlaceRecord, now: string, target: unknown[] = [], offset = 0): unknown[] {
  target[offset] = pointBlob(record.longitude, record.latitude);
  target[offset + 1] = record.name;
  target[offset + 2] = record.category;
  target[offset + 3] = record.sector;
  target[offset + 4] = record.description;
  target[offset + 5] = record.address;
  target[offset + 6] = record.website;
  target[offset + 7] = record.tags.length === 0 ? '[]' : JSON.stringify(record.tags);
  target[offset + 8] = isEmpty(record.customFields) ? '{}' : JSON.stringify(record.customFields);
  target[offset + 9] = now;
  target[offset + 10] = now;
  return target;
}

function isEmpty(object: object): boolean {
  for (const _key in object) return false;
  return true;
}

/** Every point of the places table in columns: what in-memory spatial indexes are built from. */
export interface PlacePoints {
  ids: Float64Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  categories: string[];
  /** With `points({ summaries: true })`: each place's name and sector, for lean answers. */
  names?: string[];
  sectors?: (string | null)[];
  length: number;
}
