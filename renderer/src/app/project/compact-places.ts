import type { Place } from '../../../../shared/model/schemas.js';

// A project's places repeat the same few values thousands of times over: the kind and the sector,
// the timestamps of one import, no tags, no custom fields. Read from the backend (JSON over HTTP,
// a structured clone over IPC) each place gets its own copy of every one of them. Sharing one copy
// keeps the page's heap smaller (at 100,000 places about a tenth of it) and with it every full
// garbage collection, which otherwise lands as a long pause in the middle of scrolling the table.

const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];
const NO_CUSTOM_FIELDS: Place['customFields'] = Object.freeze({});

/** Replaces repeated values in the places with one shared copy each (in place), and returns them. */
export function compactPlaces(places: Place[]): Place[] {
  const known = new Map<string, string>();
  const shared = <Value extends string>(value: Value): Value => {
    const copy = known.get(value);
    if (copy !== undefined) return copy as Value;
    known.set(value, value);
    return value;
  };
  for (const place of places) {
    place.category = shared(place.category);
    if (place.sector !== null) place.sector = shared(place.sector);
    place.createdAt = shared(place.createdAt);
    place.updatedAt = shared(place.updatedAt);
    if (place.tags.length === 0) place.tags = NO_TAGS;
    else place.tags = place.tags.map(shared);
    if (isEmpty(place.customFields)) place.customFields = NO_CUSTOM_FIELDS;
  }
  return places;
}

function isEmpty(record: object): boolean {
  for (const _key in record) return false;
  return true;
}
