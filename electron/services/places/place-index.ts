import KDBush from 'kdbush';
import type { NearbyPlace } from '../../../shared/api/contract.js';
import type { SearchBox } from '../../../shared/geo/search-box.js';
import type { Place } from '../../../shared/model/schemas.js';
import type { PlacesRepository } from '../../store/places-repository.js';

// An in-memory k-d tree (kdbush) over every place's position, per open project, for nearby
// queries: the RTree in the file stays the source of truth and the index is derived from it.
// Built lazily after the first query, which the file's RTree answers (building the index of a
// 1,000,000-place project takes about two seconds: the first answer does not wait for it, #12);
// edits through this connection mark their places dirty (their
// stored position is read back from the file on each query) until enough pile up to rebuild;
// a bulk write or a commit by another connection (PRAGMA data_version) rebuilds it.
// It also holds each place's name (packed UTF-8) and sector, so a nearby answer reads nothing
// from the file: 200 rows read by id from a large project cost more than the whole query.

const REBUILD_AFTER_EDITS = 256;

/** Places found in a box, in columns (no object per candidate: a box can hold thousands). */
export interface FoundPoints {
  ids: number[];
  longitudes: number[];
  latitudes: number[];
  /** The found place's summary (by position in these columns). */
  summary(position: number): NearbyPlace;
}

interface BuiltIndex {
  tree: KDBush;
  ids: Float64Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  /** Category and sector as small codes: a byte per place, not a string. */
  categoryCodes: Uint8Array;
  categoryNames: string[];
  sectorCodes: Uint8Array;
  sectorNames: (string | null)[];
  /** Names packed as UTF-8; the name of place i is nameBytes[nameOffsets[i] … nameOffsets[i + 1]). */
  nameBytes: Buffer;
  nameOffsets: Uint32Array;
  version: number;
}

function encodeCodes(values: readonly (string | null)[], length: number) {
  const codes = new Uint8Array(length);
  const names: (string | null)[] = [];
  const codeOf = new Map<string | null, number>();
  for (let index = 0; index < length; index++) {
    const value = values[index] ?? null;
    let code = codeOf.get(value);
    if (code === undefined) {
      // NOTE: more than 256 distinct values never happen (the typology has a few dozen); should
      // they, the rest share the last code and are read back from the file.
      code = Math.min(names.length, 255);
      if (names.length < 256) names.push(value);
      codeOf.set(value, code);
    }
    codes[index] = code;
  }
  return { codes, names, overflowCode: codeOf.size > 255 ? 255 : -1 };
}

function packNames(names: readonly string[], length: number) {
  const offsets = new Uint32Array(length + 1);
  let bytes = Buffer.allocUnsafe(Math.max(1024, length * 16));
  let used = 0;
  for (let index = 0; index < length; index++) {
    const name = names[index] ?? '';
    const needed = Buffer.byteLength(name);
    if (used + needed > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, used + needed));
      bytes.copy(grown, 0, 0, used);
      bytes = grown;
    }
    used += bytes.write(name, used);
    offsets[index + 1] = used;
  }
  return { bytes: bytes.subarray(0, used), offsets };
}

export function createPlaceIndex(places: PlacesRepository) {
  let built: BuiltIndex | null = null;
  /** Places whose category or sector has no code of its own: read from the file like dirty ones. */
  let uncoded = new Set<number>();
  let dirty = new Set<number>();
  let stale = true;
  places.onChange((ids) => {
    if (ids === 'all') stale = true;
    else for (const id of ids) dirty.add(id);
    if (dirty.size > REBUILD_AFTER_EDITS) stale = true;
  });

  let scheduled = false;
  /** The index when it is current; else null, and a build is scheduled for when the thread is free. */
  function ready(): BuiltIndex | null {
    if (built && !stale && built.version === places.dataVersion()) return built;
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        // The project may have been closed meanwhile (a CLI command ends after one query).
        if (places.isOpen()) current();
      });
    }
    return null;
  }

  /** Places in the box read from the file through its RTree: the answer until the index is built. */
  function readFromFile(box: SearchBox, categories: ReadonlySet<string>, excludeId: number): FoundPoints {
    const found = places.inBox(box, [...categories], excludeId);
    return {
      ids: found.map((place) => place.id),
      longitudes: found.map((place) => place.longitude),
      latitudes: found.map((place) => place.latitude),
      summary(position) {
        const { id, name, category, sector, longitude, latitude } = found[position]!;
        return { id, name, category, sector, longitude, latitude };
      },
    };
  }

  function current(): BuiltIndex {
    const version = places.dataVersion();
    if (built && !stale && built.version === version) return built;
    // NOTE: reset before reading, so edits made while reading are not lost.
    stale = false;
    dirty = new Set();
    built = null; // let the old index go before the new one is read
    const points = places.points({ summaries: true });
    const tree = new KDBush(Math.max(points.length, 1));
    for (let index = 0; index < points.length; index++) tree.add(points.longitudes[index]!, points.latitudes[index]!);
    if (points.length === 0) tree.add(NaN, NaN);
    tree.finish();
    const categories = encodeCodes(points.categories, points.length);
    const sectors = encodeCodes(points.sectors ?? [], points.length);
    const names = packNames(points.names ?? [], points.length);
    uncoded = new Set();
    for (let index = 0; index < points.length; index++) {
      if (categories.codes[index] === categories.overflowCode || sectors.codes[index] === sectors.overflowCode)
        uncoded.add(points.ids[index]!);
    }
    built = {
      tree,
      ids: points.ids,
      longitudes: points.longitudes,
      latitudes: points.latitudes,
      categoryCodes: categories.codes,
      categoryNames: categories.names as string[],
      sectorCodes: sectors.codes,
      sectorNames: sectors.names,
      nameBytes: names.bytes,
      nameOffsets: names.offsets,
      version,
    };
    return built;
  }

  return {
    /** Places of the given categories whose position lies in the box (excluding one id). */
    within(box: SearchBox, categories: ReadonlySet<string>, excludeId = 0): FoundPoints {
      const index = ready();
      if (!index) return readFromFile(box, categories, excludeId);
      const wanted = new Uint8Array(256);
      index.categoryNames.forEach((category, code) => {
        if (categories.has(category)) wanted[code] = 1;
      });
      // Found in the index: position in the index; found among dirty places: the place itself.
      const sources: number[] = [];
      const extra: Place[] = [];
      const ids: number[] = [];
      const longitudes: number[] = [];
      const latitudes: number[] = [];
      const fromFile = uncoded.size > 0 ? new Set([...dirty, ...uncoded]) : dirty;
      const checkFile = fromFile.size > 0;
      for (const position of index.tree.range(box.west, box.south, box.east, box.north)) {
        const id = index.ids[position]!;
        if (checkFile && fromFile.has(id)) continue;
        if (wanted[index.categoryCodes[position]!] === 0 || id === excludeId) continue;
        sources.push(position);
        ids.push(id);
        longitudes.push(index.longitudes[position]!);
        latitudes.push(index.latitudes[position]!);
      }
      if (checkFile) {
        for (const place of places.getMany([...fromFile])) {
          if (place.id === excludeId || !categories.has(place.category)) continue;
          const { longitude, latitude } = place;
          if (longitude >= box.west && longitude <= box.east && latitude >= box.south && latitude <= box.north) {
            sources.push(-1 - extra.length);
            extra.push(place);
            ids.push(place.id);
            longitudes.push(longitude);
            latitudes.push(latitude);
          }
        }
      }
      return {
        ids,
        longitudes,
        latitudes,
        summary(found) {
          const source = sources[found]!;
          if (source < 0) {
            const { id, name, category, sector, longitude, latitude } = extra[-1 - source]!;
            return { id, name, category, sector, longitude, latitude };
          }
          return {
            id: index.ids[source]!,
            name: index.nameBytes.toString('utf8', index.nameOffsets[source]!, index.nameOffsets[source + 1]!),
            category: index.categoryNames[index.categoryCodes[source]!] as Place['category'],
            sector: (index.sectorNames[index.sectorCodes[source]!] ?? null) as Place['sector'],
            longitude: index.longitudes[source]!,
            latitude: index.latitudes[source]!,
          };
        },
      };
    },
  };
}
export type PlaceIndex = ReturnType<typeof createPlaceIndex>;
