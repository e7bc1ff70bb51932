import type { Place, PlaceChanges, Translations } from '../../../../shared/model/schemas.js';
import { rebaseTranslations, translationChanges } from '../languages/translation-draft.js';
import { categoryHasSector, type CategoryId, type SectorId } from '../../../../shared/model/typology.js';

// The place form's state, and the changes it amounts to. Pure, so the rules (a sector only for
// creative firms, tags from commas, typed custom values kept when untouched) live in one place.

type CustomValue = Place['customFields'][string];

export interface CustomFieldRow {
  /** Stable React key for the row. */
  key: number;
  name: string;
  value: string;
  /** The stored value, kept as it was (number, boolean, null) while its text is unchanged. */
  original?: CustomValue;
}

export interface PlaceDraft {
  name: string;
  category: CategoryId;
  sector: SectorId | '';
  description: string;
  address: string;
  website: string;
  tags: string;
  customFields: CustomFieldRow[];
  /** Name and description per further language, as typed (a language not typed in is absent). */
  translations: Translations;
  /** The position in decimal degrees, as typed. */
  latitude: string;
  longitude: string;
}

let nextRowKey = 1;

export function newCustomFieldRow(): CustomFieldRow {
  return { key: nextRowKey++, name: '', value: '' };
}

function valueText(value: CustomValue): string {
  return value === null ? '' : String(value);
}

export function draftFromPlace(place: Place): PlaceDraft {
  return {
    name: place.name,
    category: place.category,
    sector: place.sector ?? '',
    description: place.description,
    address: place.address,
    website: place.website,
    tags: place.tags.join(', '),
    customFields: Object.entries(place.customFields).map(([name, value]) => ({
      key: nextRowKey++,
      name,
      value: valueText(value),
      original: value,
    })),
    translations: { ...place.translations },
    latitude: degreesText(place.latitude),
    longitude: degreesText(place.longitude),
  };
}

/** Degrees as the form shows them: up to 7 decimals (about 1 cm), no trailing zeros. */
export function degreesText(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}

/**
 * Decimal degrees as typed: "48.4102", "48,4102" (a decimal comma), "48.4102°", "48.4102 N",
 * "15.6 O" (Ost); S and W count negative. Null when it is no number (the range is the backend's to check).
 */
export function parseDegrees(text: string, axis: 'latitude' | 'longitude'): number | null {
  const match = /^([+-]?)(\d+(?:[.,]\d+)?|[.,]\d+)\s*°?\s*([NSEWOnsewo]?)$/.exec(text.trim());
  if (!match) return null;
  // O is east in German and Dutch (Ost, Oost).
  const hemisphere = match[3]!.toUpperCase().replace('O', 'E');
  if (hemisphere && (axis === 'latitude' ? !'NS'.includes(hemisphere) : !'EW'.includes(hemisphere))) return null;
  const value = Number(match[2]!.replace(',', '.'));
  const negative = (match[1] === '-') !== (hemisphere === 'S' || hemisphere === 'W');
  return negative ? -value : value;
}

/** The coordinate that is no number, if any (the form says so next to it). */
export function coordinateProblem(draft: PlaceDraft): 'latitude' | 'longitude' | null {
  if (parseDegrees(draft.latitude, 'latitude') === null) return 'latitude';
  if (parseDegrees(draft.longitude, 'longitude') === null) return 'longitude';
  return null;
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** A name used by two custom fields, which would silently drop one of them. */
export function duplicateCustomFieldName(rows: readonly CustomFieldRow[]): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    if (!name) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

export function customFieldsOf(rows: readonly CustomFieldRow[]): Record<string, CustomValue> {
  const fields: Record<string, CustomValue> = {};
  for (const row of rows) {
    const name = row.name.trim();
    // A row left entirely blank is no field; a value without a name goes to the backend, which
    // says what is wrong with it.
    if (!name && !row.value) continue;
    fields[name] = row.original !== undefined && valueText(row.original) === row.value ? row.original : row.value;
  }
  return fields;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameFields(a: Record<string, CustomValue>, b: Record<string, CustomValue>): boolean {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => key in b && Object.is(a[key], b[key]));
}

export function showsSector(category: CategoryId): boolean {
  return categoryHasSector(category);
}

/** Only what differs from the stored place; an empty object when nothing does. */
export function changesFrom(place: Place, draft: PlaceDraft): PlaceChanges {
  const changes: Record<string, unknown> = {};
  if (draft.name !== place.name) changes.name = draft.name;
  if (draft.category !== place.category) changes.category = draft.category;
  const sector = showsSector(draft.category) && draft.sector ? draft.sector : null;
  if (sector !== place.sector) changes.sector = sector;
  if (draft.description !== place.description) changes.description = draft.description;
  if (draft.address !== place.address) changes.address = draft.address;
  const website = draft.website.trim();
  if (website !== place.website) changes.website = website;
  const tags = parseTags(draft.tags);
  if (!sameList(tags, place.tags)) changes.tags = tags;
  const customFields = customFieldsOf(draft.customFields);
  if (!sameFields(customFields, place.customFields)) changes.customFields = customFields;
  const translations = translationChanges(place.translations, draft.translations);
  if (translations) changes.translations = translations;
  // A position moves only when its text changed (a drag on the map is not undone by saving).
  for (const axis of ['latitude', 'longitude'] as const) {
    const value = parseDegrees(draft[axis], axis);
    if (draft[axis] !== degreesText(place[axis]) && value !== null && value !== place[axis]) changes[axis] = value;
  }
  return changes as PlaceChanges;
}

/** Which form field an API error is about: `changes.website` → `website`. */
export function fieldOfError(field: string | undefined): string | null {
  if (!field) return null;
  const path = field.replace(/^changes\./, '').split('.');
  return path[0] ?? null;
}

const SCALAR_FIELDS = [
  'name',
  'category',
  'sector',
  'description',
  'address',
  'website',
  'tags',
  'latitude',
  'longitude',
] as const;

function sameRows(a: readonly CustomFieldRow[], b: readonly CustomFieldRow[]): boolean {
  return a.length === b.length && a.every((row, index) => row.name === b[index]?.name && row.value === b[index]?.value);
}

/**
 * The draft after the stored place changed under the form (undo, redo, an edit in the table):
 * every field the user has not touched since `before` takes the new stored value; what the user
 * typed stays. Why: a form that kept the old values would show stale text, and saving it would
 * quietly write the old values back over the undo or redo.
 */
export function rebaseDraft(draft: PlaceDraft, before: Place, after: Place): PlaceDraft {
  const old = draftFromPlace(before);
  const fresh = draftFromPlace(after);
  const changed = SCALAR_FIELDS.filter((field) => old[field] !== fresh[field]);
  const rowsChanged = !sameRows(old.customFields, fresh.customFields);
  const translations = rebaseTranslations(draft.translations, old.translations, fresh.translations);
  // The same draft object when nothing stored changed (a list refresh), so custom rows keep their keys.
  if (changed.length === 0 && !rowsChanged && translations === draft.translations) return draft;
  const next: PlaceDraft = { ...draft, translations };
  for (const field of changed) {
    if (draft[field] === old[field]) (next as unknown as Record<string, unknown>)[field] = fresh[field];
  }
  if (rowsChanged && sameRows(draft.customFields, old.customFields)) next.customFields = fresh.customFields;
  return next;
}
