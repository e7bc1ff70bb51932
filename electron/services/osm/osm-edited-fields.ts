import { KEPT_TAGS, type OsmPlaceFields } from '../../../shared/codecs/osm/osm-places.js';
import type { TranslationChanges, Translations } from '../../../shared/model/content-languages.js';
import { categoryHasSector } from '../../../shared/model/typology.js';
import type { PlaceRecord } from '../../store/project-store.js';

// Which fields a user changed, and how a re-import merges OSM's newer data around them.
// Field names: name, category, sector, description, address, website, tags, position (longitude
// and latitude together), customFields.<key> (one custom field) and translations.<language>.name
// or .description (a name or description in a further language).

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
  // An edit names only the languages it sets (translations-repository.ts); the others stay.
  for (const [language, translation] of Object.entries(after.translations ?? {})) {
    const old = before.translations?.[language];
    if ((old?.name ?? '') !== (translation?.name ?? '')) names.push(`translations.${language}.name`);
    if ((old?.description ?? '') !== (translation?.description ?? ''))
      names.push(`translations.${language}.description`);
  }
  return names;
}

/**
 * Every language of the place or of OSM: OSM's texts, except those a user edited; a language
 * left without text is removed (OSM dropped the tag). `current` holds every stored language.
 */
function mergeTranslations(
  current: Translations | undefined,
  incoming: Translations | undefined,
  edited: ReadonlySet<string>,
): TranslationChanges | undefined {
  const merged: TranslationChanges = {};
  for (const language of new Set([...Object.keys(current ?? {}), ...Object.keys(incoming ?? {})])) {
    const pick = (field: 'name' | 'description') =>
      (edited.has(`translations.${language}.${field}`) ? current : incoming)?.[language]?.[field] ?? '';
    const name = pick('name');
    const description = pick('description');
    merged[language] = name === '' && description === '' ? null : { name, description };
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
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
  for (const [language, translation] of Object.entries(place.translations ?? {})) {
    if (translation?.name) names.add(`translations.${language}.name`);
    if (translation?.description) names.add(`translations.${language}.description`);
  }
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
    translations: mergeTranslations(current.translations as Translations | undefined, incoming.translations, edited),
  };
}

function sortedEntries(fields: PlaceRecord['customFields']) {
  return Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Translations as comparable text: languages in order, those without text left out. */
function translationsKey(translations: TranslationChanges | undefined): string {
  return JSON.stringify(
    Object.entries(translations ?? {})
      .filter(([, translation]) => translation && (translation.name !== '' || translation.description !== ''))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** True when two places hold the same values (custom fields and translations in any order). */
export function samePlaceRecord(a: PlaceRecord, b: PlaceRecord): boolean {
  return (
    translationsKey(a.translations) === translationsKey(b.translations) &&
    SCALARS.every((field) => a[field] === b[field]) &&
    a.longitude === b.longitude &&
    a.latitude === b.latitude &&
    same(a.tags, b.tags) &&
    same(sortedEntries(a.customFields), sortedEntries(b.customFields))
  );
}
