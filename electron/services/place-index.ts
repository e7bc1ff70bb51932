import KDBush from 'kdbush';
import type { SearchBox } from '../../shared/geo/search-box.js';
import type { PlacePoints, PlacesRepository } from '../store/places-repository.js';

// An in-memory k-d tree (kdbush) over every place's position, per open project, for nearby
// queries: the RTree in the file stays the source of truth and the index is derived from it.
// Built lazily on the first query; edits through this connection mark their places dirty (their
// stored position is read back from the file on each query) until enough pile up to rebuild;
// a bulk write or a commit by another connection (PRAGMA data_version) rebuilds it.

const REBUILD_AFTER_EDITS = 256;

/** Places found in a box, in columns (no object per candidate: a box can hold thousands). */
export interface FoundPoints {
  ids: number[];
  longitudes: number[];
  latitudes: number[];
}

export function createPlaceIndex(places: PlacesRepository) {
  let built: {
    tree: KDBush;
    points: PlacePoints;
    codes: Uint8Array;
    codeOf: Map<string, number>;
    version: number;
  } | null = null;
  let dirty = new Set<number>();
  let stale = true;
  places.onChange((ids) => {
    if (ids === 'all') stale = true;
    else for (const id of ids) dirty.add(id);
    if (dirty.size > REBUILD_AFTER_EDITS) stale = true;
  });

  function current() {
    const version = places.dataVersion();
    if (built && !stale && built.version === version) return built;
    // NOTE: reset before reading, so edits made while reading are not lost.
    stale = false;
    dirty = new Set();
    const points = places.points();
    const tree = new KDBush(Math.max(points.length, 1));
    for (let index = 0; index < points.length; index++) tree.add(points.longitudes[index]!, points.latitudes[index]!);
    if (points.length === 0) tree.add(NaN, NaN);
    tree.finish();
    // Categories as small integer codes: a lookup in a byte array per candidate, not a string hash.
    const codeOf = new Map<string, number>();
    const codes = new Uint8Array(points.length);
    for (let index = 0; index < points.length; index++) {
      const category = points.categories[index]!;
      let code = codeOf.get(category);
      if (code === undefined) codeOf.set(category, (code = Math.min(codeOf.size + 1, 255)));
      codes[index] = code;
    }
    built = { tree, points, codes, codeOf, version };
    return built;
  }

  return {
    /** Places of the given categories whose position lies in the box (excluding one id). */
    within(box: SearchBox, categories: ReadonlySet<string>, excludeId = 0): FoundPoints {
      const { tree, points, codes, codeOf } = current();
      const wanted = new Uint8Array(256);
      for (const category of categories) {
        const code = codeOf.get(category);
        if (code !== undefined && code < 255) wanted[code] = 1;
      }
      // NOTE: code 255 is shared by categories beyond the 254th (never in practice): check their names.
      const overflow = codeOf.size >= 255;
      const found: FoundPoints = { ids: [], longitudes: [], latitudes: [] };
      for (const index of tree.range(box.west, box.south, box.east, box.north)) {
        const id = points.ids[index]!;
        const code = codes[index]!;
        if (code === 255 ? !(overflow && categories.has(points.categories[index]!)) : wanted[code] === 0) continue;
        if (id === excludeId || (dirty.size > 0 && dirty.has(id))) continue;
        found.ids.push(id);
        found.longitudes.push(points.longitudes[index]!);
        found.latitudes.push(points.latitudes[index]!);
      }
      if (dirty.size > 0) {
        for (const place of places.getMany([...dirty])) {
          if (place.id === excludeId || !categories.has(place.category)) continue;
          const { longitude, latitude } = place;
          if (longitude >= box.west && longitude <= box.east && latitude >= box.south && latitude <= box.north) {
            found.ids.push(place.id);
            found.longitudes.push(longitude);
            found.latitudes.push(latitude);
          }
        }
      }
      return found;
    },
  };
}
export type PlaceIndex = ReturnType<typeof createPlaceIndex>;
