import { KEPT_TAGS, type OsmPlaceFields } from '../../../shared/codecs/osm/osm-places.js';
import { categoryHasSector } from '../../../shared/model/typology.js';
import type { PlaceRecord } from '../../store/project-store.js';

// Which fields a user changed, and how a re-import merges OSM's newer data around them.
// Field names: name, category, sector, description, address, website, tags, position (longitude
// and latitude together) and customFields.<key> (one custom field).

const SCALARS = ['name', 'category', 'sector', 'description', 'address', 'website'] as const;
const keptTags = new Set(KEPT_TAGS);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The names of the fields that differ between a place before and after an edit. */
export function editedFieldNames(before: PlaceRecord, after: PlaceRecord): string[] {
  const names: string[] = SCALARS.filter((field) => before[field] !== after[field]);
  if (!same(before.tags, after.tags)) names.push('tags');
  if (before.longitude !== after.longitude || before.latitude !== after.latitude) names.push('position');
  for (const key of new Set([...Object.keys(before.customFields), ...Object.keys(after.customFields)])) {
    if (!same(before.customFields[key], after.customFields[key])) names.push(`customFields.${key}`);
  }
  return names;
}

/**
 * The fields of a place a user made (not imported from OSM) that an import linking it must keep:
 * every field that holds something, its position, and the fields already marked as edited.
 * What it lacks (an empty website, address or description, OSM's tags) OSM may fill in.
 */
export function userFieldNames(place: PlaceRecord, edited: readonly string[] = []): string[] {
  const names = new Set<string>(['name', 'category', 'position', ...edited]);
  if (place.sector !== null) names.add('sector');
  for (const field of ['description', 'address', 'website'] as const) if (place[field] !== '') names.add(field);
  for (const key of Object.keys(place.customFields)) names.add(`customFields.${key}`);
  return [...names].sort();
}

/**
 * The place after re-importing: OSM's values, except for fields the user edited (kept as they
 * are), the tags (OSM sets none: they are the user's) and custom fields OSM does not own.
 */
export function mergeOsmPlace(
  current: PlaceRecord,
  incoming: OsmPlaceFields,
  edited: ReadonlySet<string>,
): PlaceRecord {
  const pick = <K extends (typeof SCALARS)[number]>(field: K): PlaceRecord[K] =>
    edited.has(field) ? current[field] : incoming[field];
  const customFields: PlaceRecord['customFields'] = {};
  for (const key of KEPT_TAGS) {
    const source = edited.has(`customFields.${key}`) ? current.customFields : incoming.customFields;
    const value = source[key];
    if (value !== undefined) customFields[key] = value;
  }
  for (const [key, value] of Object.entries(current.customFields)) if (!keptTags.has(key)) customFields[key] = value;
  const category = pick('category');
  const moved = !edited.has('position');
  return {
    name: pick('name'),
    category,
    sector: categoryHasSector(category) ? pick('sector') : null,
    description: pick('description'),
    address: pick('address'),
    website: pick('website'),
    tags: current.tags,
    customFields,
    longitude: moved ? incoming.longitude : current.longitude,
    latitude: moved ? incoming.latitude : current.latitude,
  };
}

function sortedEntries(fields: PlaceRecord['customFields']) {
  return Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when two places hold the same values (custom fields in any order). */
export function samePlaceRecord(a: PlaceRecord, b: PlaceRecord): boolean {
  return (
    SCALARS.every((field) => a[field] === b[field]) &&
    a.longitude === b.longitude &&
    a.latitude === b.latitude &&
    same(a.tags, b.tags) &&
    same(sortedEntries(a.customFields), sortedEntries(b.customFields))
  );
}
