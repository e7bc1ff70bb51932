import type { CategoryId, SectorId } from '../../model/typology.js';
import { CATEGORY_IDS, SECTOR_IDS, categoryHasSector } from '../../model/typology.js';
import type { OsmTags } from './osm-entities.js';

// Which OpenStreetMap features become places, and in which category. Each project holds this
// table (osm_category_mapping, a GeoPackage attribute table users can edit in Itinera or QGIS);
// these rows are what a new project starts with. A feature takes the matching rule with the
// highest priority (then the lowest id); a rule whose category is "none" keeps the features it
// matches out (lawyers and insurers are offices, but not creative firms).

/** The category of a rule that keeps what it matches out of the import. */
export const NO_CATEGORY = 'none';

export interface OsmCategoryRule {
  /** The OSM key, e.g. "historic". */
  key: string;
  /** The value, or "*" for any value but "no". */
  value: string;
  /** "" for no condition, "key" (the feature also has that key, not "no"), or "key=value". */
  requires: string;
  category: CategoryId | typeof NO_CATEGORY;
  sector: SectorId | null;
  priority: number;
}

const rule = (
  key: string,
  value: string,
  category: OsmCategoryRule['category'],
  priority: number,
  options: { sector?: SectorId; requires?: string } = {},
): OsmCategoryRule => ({
  key,
  value,
  requires: options.requires ?? '',
  category,
  sector: options.sector ?? null,
  priority,
});

/** The defaults a new project ships with (migration 0002 writes them; see its NOTE). */
export const DEFAULT_OSM_CATEGORY_RULES: readonly OsmCategoryRule[] = [
  // Heritage
  rule('historic', '*', 'heritage-site', 50),
  rule('historic', 'castle', 'heritage-site', 80),
  rule('historic', 'ruins', 'heritage-site', 80),
  rule('historic', 'fort', 'heritage-site', 80),
  rule('historic', 'city_gate', 'historic-building', 80),
  rule('historic', 'building', 'historic-building', 80),
  rule('historic', 'church', 'historic-building', 80),
  rule('historic', 'manor', 'historic-building', 80),
  rule('historic', 'monastery', 'historic-building', 80),
  rule('historic', 'tower', 'historic-building', 80),
  rule('historic', 'house', 'historic-building', 80),
  rule('historic', 'mill', 'historic-building', 80),
  rule('historic', 'monument', 'monument', 80),
  rule('historic', 'memorial', 'monument', 80),
  rule('historic', 'wayside_cross', 'monument', 80),
  rule('historic', 'wayside_shrine', 'monument', 80),
  rule('historic', 'archaeological_site', 'archaeological-site', 80),
  rule('heritage', '*', 'historic-building', 40),
  rule('amenity', 'place_of_worship', 'historic-building', 60, { requires: 'heritage' }),
  rule('amenity', 'place_of_worship', 'historic-building', 60, { requires: 'wikidata' }),
  rule('tourism', 'artwork', 'monument', 70),
  // Museums, galleries, venues, libraries
  rule('tourism', 'museum', 'museum', 100),
  rule('tourism', 'gallery', 'gallery', 100),
  rule('amenity', 'arts_centre', 'theatre-venue', 100),
  rule('amenity', 'theatre', 'theatre-venue', 100),
  rule('amenity', 'cinema', 'theatre-venue', 90),
  rule('amenity', 'music_venue', 'theatre-venue', 90),
  rule('amenity', 'concert_hall', 'theatre-venue', 90),
  rule('amenity', 'library', 'library-archive', 100),
  rule('amenity', 'archive', 'library-archive', 100),
  rule('office', 'archive', 'library-archive', 100),
  // Creative spaces and creative actors
  rule('amenity', 'studio', 'studio-building', 90),
  rule('amenity', 'coworking_space', 'coworking-space', 100),
  rule('office', 'coworking', 'coworking-space', 100),
  rule('leisure', 'hackerspace', 'maker-space', 90),
  rule('craft', '*', 'creative-firm', 50, { sector: 'crafts' }),
  rule('craft', 'photographer', 'creative-firm', 70, { sector: 'visual-arts' }),
  rule('craft', 'graphic_designer', 'creative-firm', 70, { sector: 'design' }),
  rule('office', '*', 'creative-firm', 40),
  rule('office', 'architect', 'creative-firm', 70, { sector: 'architecture' }),
  rule('office', 'advertising_agency', 'creative-firm', 70, { sector: 'advertising' }),
  rule('office', 'design', 'creative-firm', 70, { sector: 'design' }),
  rule('office', 'graphic_design', 'creative-firm', 70, { sector: 'design' }),
  rule('office', 'publisher', 'creative-firm', 70, { sector: 'publishing' }),
  rule('office', 'newspaper', 'creative-firm', 70, { sector: 'publishing' }),
  rule('office', 'it', 'creative-firm', 70, { sector: 'games-software' }),
  rule('office', 'software', 'creative-firm', 70, { sector: 'games-software' }),
  rule('office', 'film', 'creative-firm', 70, { sector: 'film-video' }),
  rule('office', 'research', 'academic-researcher', 70),
  rule('office', 'government', 'municipality', 60),
  rule('amenity', 'townhall', 'municipality', 60),
  rule('office', 'lawyer', NO_CATEGORY, 60),
  rule('office', 'notary', NO_CATEGORY, 60),
  rule('office', 'insurance', NO_CATEGORY, 60),
  rule('office', 'tax_advisor', NO_CATEGORY, 60),
  rule('office', 'accountant', NO_CATEGORY, 60),
  rule('office', 'estate_agent', NO_CATEGORY, 60),
  rule('office', 'financial', NO_CATEGORY, 60),
  rule('office', 'employment_agency', NO_CATEGORY, 60),
  // Tourism operators
  rule('tourism', 'hotel', 'accommodation', 90),
  rule('tourism', 'guest_house', 'accommodation', 90),
  rule('tourism', 'hostel', 'accommodation', 90),
  rule('tourism', 'motel', 'accommodation', 90),
  rule('tourism', 'apartment', 'accommodation', 90),
  rule('tourism', 'apartments', 'accommodation', 90),
  rule('tourism', 'chalet', 'accommodation', 90),
  rule('tourism', 'alpine_hut', 'accommodation', 90),
  rule('tourism', 'camp_site', 'accommodation', 90),
  rule('tourism', 'information', 'visitor-information', 90, { requires: 'information=office' }),
  rule('office', 'tourism', 'visitor-information', 90),
  rule('shop', 'travel_agency', 'tour-operator', 90),
  rule('office', 'travel_agent', 'tour-operator', 90),
  rule('office', 'guide', 'guide', 90),
];

const categories = new Set<string>([...CATEGORY_IDS, NO_CATEGORY]);
const sectors = new Set<string>(SECTOR_IDS);

/** A mapping rule as a project stores it: a user may have edited it into anything. */
export interface UncheckedOsmCategoryRule {
  key: unknown;
  value: unknown;
  requires: unknown;
  category: unknown;
  sector: unknown;
  priority: unknown;
}

/** Why a rule (as stored in a project, maybe edited by hand) cannot be used; null when it can. */
export function ruleProblem(candidate: UncheckedOsmCategoryRule): string | null {
  if (typeof candidate.key !== 'string' || candidate.key.trim() === '') return 'key is empty';
  if (typeof candidate.value !== 'string' || candidate.value === '') return 'value is empty (use * for any value)';
  if (typeof candidate.requires !== 'string') return 'requires must be text ("" for no condition)';
  if (typeof candidate.category !== 'string' || !categories.has(candidate.category))
    return `"${String(candidate.category)}" is not a known category (or "${NO_CATEGORY}")`;
  if (candidate.sector !== null && (typeof candidate.sector !== 'string' || !sectors.has(candidate.sector)))
    return `"${String(candidate.sector)}" is not a known creative sector`;
  if (
    candidate.sector !== null &&
    candidate.category !== NO_CATEGORY &&
    !categoryHasSector(candidate.category as never)
  )
    return `only creative firms and creative-industry companies have a sector`;
  if (typeof candidate.priority !== 'number' || !Number.isFinite(candidate.priority)) return 'priority is not a number';
  return null;
}

export interface CategoryMatch {
  category: CategoryId;
  sector: SectorId | null;
  /** The tag that decided, e.g. "historic=castle". */
  tag: string;
}

const present = (value: string | undefined) => value !== undefined && value !== 'no';

/** A function from a feature's tags to its category, or null when no rule keeps it. */
export function createCategoryMatcher(
  rules: readonly (OsmCategoryRule & { id?: number })[],
): (tags: OsmTags) => CategoryMatch | null {
  const byKey = new Map<string, (OsmCategoryRule & { order: number })[]>();
  rules.forEach((candidate, index) => {
    const list = byKey.get(candidate.key) ?? [];
    list.push({ ...candidate, order: candidate.id ?? index });
    byKey.set(candidate.key, list);
  });
  const satisfied = (requires: string, tags: OsmTags) => {
    if (requires === '') return true;
    const equals = requires.indexOf('=');
    return equals === -1 ? present(tags[requires]) : tags[requires.slice(0, equals)] === requires.slice(equals + 1);
  };
  return (tags) => {
    let best: (OsmCategoryRule & { order: number }) | null = null;
    let bestTag = '';
    for (const key in tags) {
      const candidates = byKey.get(key);
      if (!candidates) continue;
      const value = tags[key]!;
      for (const candidate of candidates) {
        if (candidate.value === '*' ? !present(value) : candidate.value !== value) continue;
        if (!satisfied(candidate.requires, tags)) continue;
        if (
          best === null ||
          candidate.priority > best.priority ||
          (candidate.priority === best.priority && candidate.order < best.order)
        ) {
          best = candidate;
          bestTag = `${key}=${value}`;
        }
      }
    }
    if (best === null || best.category === NO_CATEGORY) return null;
    return { category: best.category, sector: best.sector, tag: bestTag };
  };
}
