import { CATEGORY_IDS, SECTOR_IDS, categoryHasSector, type CategoryId, type SectorId } from './typology.js';
import type { Place } from './schemas.js';

// A hand-written fast path for PlaceInputSchema, for imports of a million rows where zod's
// per-row cost was about a third of the import. It only ever says "valid, and this is what the
// schema would output" or "not sure": every row it is not sure about goes through the schema
// itself, so problems keep the schema's exact messages. It accepts nothing the schema refuses
// (tests/unit/import/place-input-fast-path.test.ts checks both on generated and edge inputs).

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_IDS);
const SECTOR_SET: ReadonlySet<string> = new Set(SECTOR_IDS);
const KEYS: ReadonlySet<string> = new Set([
  'name',
  'category',
  'sector',
  'description',
  'address',
  'website',
  'tags',
  'customFields',
  'longitude',
  'latitude',
]);
const MAX_NAME = 200;
const MAX_DESCRIPTION = 20_000;
const MAX_ADDRESS = 500;
const MAX_FIELD_NAME = 80;
const MAX_FIELDS = 100;
const MAX_FIELD_TEXT = 5000;

export type PlaceInputOutput = Omit<Place, 'id' | 'createdAt' | 'updatedAt'>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function simpleFields(value: unknown): value is Place['customFields'] {
  if (!isPlainObject(value)) return false;
  let count = 0;
  for (const key of Object.keys(value)) {
    if (++count > MAX_FIELDS) return false;
    // The schema trims field names; names that need trimming are left to it.
    if (key.length === 0 || key.length > MAX_FIELD_NAME || key !== key.trim()) return false;
    const field = value[key];
    if (typeof field === 'string') {
      if (field.length > MAX_FIELD_TEXT) return false;
    } else if (typeof field === 'number') {
      if (!Number.isFinite(field)) return false;
    } else if (field !== null && typeof field !== 'boolean') return false;
  }
  // Symbol keys and non-enumerable properties are the schema's business.
  return Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * What `PlaceInputSchema.parse(input)` returns when `input` is surely valid; null when the
 * schema must decide (an invalid row, or an unusual one). `ignoredKey` is left out of the
 * strict-keys check (the import's row position).
 */
export function parsePlaceInputFastPath(input: unknown, ...ignoredKeys: string[]): PlaceInputOutput | null {
  if (!isPlainObject(input)) return null;
  for (const key in input) if (!KEYS.has(key) && !ignoredKeys.includes(key)) return null;
  const { name, category, sector, description, address, website, tags, customFields, longitude, latitude } = input;
  if (typeof name !== 'string') return null;
  const trimmedName = name.trim();
  if (trimmedName.length === 0 || trimmedName.length > MAX_NAME) return null;
  if (typeof category !== 'string' || !CATEGORY_SET.has(category)) return null;
  if (sector !== undefined && sector !== null && (typeof sector !== 'string' || !SECTOR_SET.has(sector))) return null;
  // The schema's sector rule: a sector only on creative firms.
  if (sector && !categoryHasSector(category as CategoryId)) return null;
  if (description !== undefined && (typeof description !== 'string' || description.length > MAX_DESCRIPTION))
    return null;
  if (address !== undefined && (typeof address !== 'string' || address.length > MAX_ADDRESS)) return null;
  // Websites and tags are checked by the schema unless empty (imports set neither).
  if (website !== undefined && website !== '') return null;
  if (tags !== undefined && !(Array.isArray(tags) && tags.length === 0)) return null;
  if (customFields !== undefined && !simpleFields(customFields)) return null;
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180)) return null;
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90)) return null;
  return {
    name: trimmedName,
    category: category as CategoryId,
    sector: (sector ?? null) as SectorId | null,
    description: (description as string | undefined) ?? '',
    address: (address as string | undefined) ?? '',
    website: '',
    tags: [],
    // NOTE: the schema copies the fields into a new object; the importer's own object is as good.
    customFields: (customFields as Place['customFields'] | undefined) ?? {},
    longitude,
    latitude,
  };
}
