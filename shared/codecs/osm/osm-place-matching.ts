import KDBush from 'kdbush';
import { geodesicDistanceMetres } from '../../geo/geodesic-distance.js';
import {
  LOCAL_ABSOLUTE_ERROR,
  LOCAL_RELATIVE_ERROR,
  localDistance,
  localDistanceApplies,
  localScale,
} from '../../geo/local-distance.js';
import { searchBoxAround } from '../../geo/search-box.js';
import { nameWords, sameWords } from './place-name-match.js';

// Which places of a project the features of an OSM extract are, so that an import updates or
// links them instead of adding copies beside them. For each incoming feature, in this order:
//   1. the place that came from the same OSM object (same type and id): an update;
//   2. else the nearest place within 50 m whose name is the same or near-identical
//      (place-name-match.ts);
//   3. else a place of the same category within 10 m, when the pairing is unambiguous: it is the
//      only such place near the feature, and the feature the only such one near it (an incubator
//      with twenty firms at one address must not pair them off at random).
// A place takes at most one OSM object: the nearest pairs link first. A feature whose matching
// places are all taken (OSM draws the Gozzoburg as two buildings) is "the same place" as the
// nearest: it is not added, and a re-import finds it the same way. A place an OSM object of this extract
// already holds (rule 1) is never paired by category, only recognised by name.
// The review list shows every match of rules 2 and 3 before anything is written; a declined one
// is added as a new place.

export const NAME_MATCH_METRES = 50;
export const CATEGORY_MATCH_METRES = 10;

export interface ExistingPlaceSummary {
  id: number;
  name: string;
  category: string;
  longitude: number;
  latitude: number;
  /** "node/123" when the place came from OSM, else null. */
  osmKey: string | null;
}

export interface IncomingPlaceSummary {
  /** "way/123" */
  key: string;
  name: string;
  category: string;
  longitude: number;
  latitude: number;
}

export type PlaceMatchRule = 'osm-id' | 'name' | 'category';

export interface PlaceMatch {
  placeId: number;
  rule: PlaceMatchRule;
  /** Metres between the feature and the place, rounded to decimetres. */
  distance: number;
  /** Another feature of this extract holds the place: this one is the same place and is not written. */
  sameAsAnother: boolean;
}

export interface MatchOptions {
  /** Features the user chose to keep separate: only rule 1 applies to them. */
  declined?: ReadonlySet<string>;
  /** Places no feature may be paired with (e.g. about to be removed). */
  unavailable?: ReadonlySet<number>;
}

interface Candidate {
  key: string;
  placeId: number;
  distance: number;
}

const rounded = (metres: number) => Math.round(metres * 10) / 10;

/** The incoming features' matches, by feature key; features without one are left out. */
export function matchOsmPlaces(
  existing: readonly ExistingPlaceSummary[],
  incoming: readonly IncomingPlaceSummary[],
  options: MatchOptions = {},
): Map<string, PlaceMatch> {
  const declined = options.declined ?? new Set<string>();
  const unavailable = options.unavailable ?? new Set<number>();
  const matches = new Map<string, PlaceMatch>();
  const byOsmKey = new Map<string, ExistingPlaceSummary>();
  for (const place of existing) if (place.osmKey !== null) byOsmKey.set(place.osmKey, place);

  const distance = (feature: IncomingPlaceSummary, place: ExistingPlaceSummary) =>
    geodesicDistanceMetres([feature.longitude, feature.latitude], [place.longitude, place.latitude]);

  // 1. The same OSM object.
  const heldById = new Set<number>();
  const rest: IncomingPlaceSummary[] = [];
  for (const feature of incoming) {
    const place = byOsmKey.get(feature.key);
    if (place) {
      matches.set(feature.key, {
        placeId: place.id,
        rule: 'osm-id',
        distance: rounded(distance(feature, place)),
        sameAsAnother: false,
      });
      heldById.add(place.id);
    } else if (!declined.has(feature.key)) rest.push(feature);
  }
  if (rest.length === 0 || existing.length === 0) return matches;

  const index = new KDBush(existing.length);
  for (const place of existing) index.add(place.longitude, place.latitude);
  index.finish();
  /** Places within `metres` of the feature, nearest first (exact geodesic distances). */
  const within = (feature: IncomingPlaceSummary, metres: number) => {
    const box = searchBoxAround(feature.longitude, feature.latitude, metres);
    const scale = localScale(feature.latitude);
    const bound = localDistanceApplies(feature.latitude, metres)
      ? metres * (1 + LOCAL_RELATIVE_ERROR) + LOCAL_ABSOLUTE_ERROR
      : Infinity;
    const found: { place: ExistingPlaceSummary; metres: number }[] = [];
    for (const position of index.range(box.west, box.south, box.east, box.north)) {
      const place = existing[position]!;
      if (unavailable.has(place.id)) continue;
      // The local approximation rules out what is surely too far; the ellipsoid decides the rest.
      if (localDistance(scale, place.longitude - feature.longitude, place.latitude - feature.latitude) > bound)
        continue;
      const metresAway = distance(feature, place);
      if (metresAway <= metres) found.push({ place, metres: metresAway });
    }
    return found.length > 1 ? found.sort((a, b) => a.metres - b.metres || a.place.id - b.place.id) : found;
  };

  // 2. The same name within 50 m: the nearest such place.
  const words = new Map<number, string[]>();
  const wordsOf = (place: ExistingPlaceSummary) => {
    let cached = words.get(place.id);
    if (!cached) words.set(place.id, (cached = nameWords(place.name)));
    return cached;
  };
  const pairs: Candidate[] = [];
  const unnamed: { feature: IncomingPlaceSummary; near: { place: ExistingPlaceSummary; metres: number }[] }[] = [];
  for (const feature of rest) {
    const near = within(feature, NAME_MATCH_METRES);
    if (near.length === 0) continue;
    const featureWords = nameWords(feature.name);
    let named = false;
    for (const { place, metres } of near)
      if (sameWords(featureWords, wordsOf(place))) {
        pairs.push({ key: feature.key, placeId: place.id, distance: metres });
        named = true;
      }
    if (!named) unnamed.push({ feature, near });
  }
  // Nearest pairs first; a feature whose places are all held by others is the same place as its nearest.
  pairs.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.placeId - b.placeId));
  const held = new Set(heldById);
  for (const pair of pairs) {
    if (matches.has(pair.key) || held.has(pair.placeId)) continue;
    held.add(pair.placeId);
    matches.set(pair.key, {
      placeId: pair.placeId,
      rule: 'name',
      distance: rounded(pair.distance),
      sameAsAnother: false,
    });
  }
  for (const pair of pairs) {
    if (matches.has(pair.key)) continue;
    matches.set(pair.key, {
      placeId: pair.placeId,
      rule: 'name',
      distance: rounded(pair.distance),
      sameAsAnother: true,
    });
  }

  // 3. The same category within 10 m, one to one.
  const categoryPairs: Candidate[] = [];
  const featuresPerPlace = new Map<number, number>();
  for (const { feature, near } of unnamed) {
    const found = near.filter(
      ({ place, metres }) =>
        metres <= CATEGORY_MATCH_METRES && place.category === feature.category && !held.has(place.id),
    );
    for (const { place } of found) featuresPerPlace.set(place.id, (featuresPerPlace.get(place.id) ?? 0) + 1);
    if (found.length === 1)
      categoryPairs.push({ key: feature.key, placeId: found[0]!.place.id, distance: found[0]!.metres });
  }
  for (const pair of categoryPairs) {
    if (featuresPerPlace.get(pair.placeId) !== 1) continue;
    matches.set(pair.key, {
      placeId: pair.placeId,
      rule: 'category',
      distance: rounded(pair.distance),
      sameAsAnother: false,
    });
  }
  return matches;
}
