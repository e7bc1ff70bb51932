import { canonicalLanguage, type Translations } from '../../model/content-languages.js';
import type { Place } from '../../model/schemas.js';
import { isPlaceDecision, type CategoryMatch, type RuleDecision } from './osm-category-mapping.js';
import type { OsmSource, OsmTags, OsmType } from './osm-entities.js';
import { checkOsmId } from './osm-entities.js';
import { createOsmClipTest, type OsmArea, type OsmBox } from './osm-clip.js';
import type { OsmFormat } from './read-osm.js';
import { readOsm } from './read-osm.js';

// From an OSM extract to places: which features are places (the category mapping), where they
// are (a node's position; a way's or multipolygon's centroid), and which of their tags become
// the place's fields. Streaming in up to three passes over the file, so memory grows with the
// number of places, not with the size of the extract:
//   1. every entity: keep matching nodes as places, matching ways' node ids, matching
//      multipolygons' outer way ids;
//   2. (only when multipolygons need ways) ways: the node ids of those outer ways;
//   3. (only when ways are involved) nodes: the coordinates of exactly the nodes kept.
// It also notes what a re-import needs besides the places: features that were places before
// (`known`) but that no rule keeps now, and how many features each "none" rule left out.

/** A place's fields as OSM gives them (the same shape as a stored place without id and times). */
export type OsmPlaceFields = Omit<Place, 'id' | 'createdAt' | 'updatedAt'>;

export interface OsmPlace {
  osmType: OsmType;
  osmId: number;
  fields: OsmPlaceFields;
  /** The mapping rule that made it a place (null for rules not read from a project). */
  ruleId: number | null;
}

export type { OsmBox } from './osm-clip.js';

export interface OsmCollection {
  format: OsmFormat;
  places: OsmPlace[];
  /** Matching features left out, by reason. */
  skipped: { noName: number; outsideBox: number; noLocation: number; otherRelation: number };
  /** Features that `known` says were places before and that no rule keeps now ("way/123"), within the clip. */
  unmapped: string[];
  /** Named features within the clip that a "none" rule left out, by rule id. */
  leftOut: Map<number, number>;
}

/**
 * Tags kept as custom fields (under their OSM key), in this order. The tag that chose the
 * category is among them (historic, tourism, office, craft, amenity...).
 */
export const KEPT_TAGS: readonly string[] = [
  'historic',
  'heritage',
  'heritage:operator',
  'tourism',
  'amenity',
  'office',
  'craft',
  'leisure',
  'shop',
  'information',
  'memorial',
  'castle_type',
  'ruins',
  'artwork_type',
  'artist_name',
  'architect',
  'start_date',
  'denomination',
  'operator',
  'opening_hours',
  'phone',
  'email',
  'stars',
  'wheelchair',
  'wikidata',
  'wikipedia',
];

const NAME_KEYS = ['name', 'official_name', 'short_name'];

function clean(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

function websiteOf(tags: OsmTags): string {
  const raw = (tags.website ?? tags['contact:website'] ?? tags.url ?? '').trim().split(/\s*;\s*/)[0] ?? '';
  if (raw.length > 2000) return '';
  if (/^https?:\/\/\S+$/i.test(raw)) return raw;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(raw)) return `https://${raw}`;
  return '';
}

function addressOf(tags: OsmTags): string {
  if (tags['addr:full']) return clean(tags['addr:full'], 500);
  const street = [tags['addr:street'] ?? tags['addr:place'] ?? '', tags['addr:housenumber'] ?? ''].join(' ').trim();
  const town = [tags['addr:postcode'] ?? '', tags['addr:city'] ?? ''].join(' ').trim();
  return clean([street, town].filter(Boolean).join(', '), 500);
}

/** The name a place gets: name, else official_name, else short_name; null when it has none. */
export function osmName(tags: OsmTags): string | null {
  for (const key of NAME_KEYS) {
    const name = clean(tags[key] ?? '', 200);
    if (name) return name;
  }
  return null;
}

const TRANSLATED_KEY = /^(name|description):(.+)$/;
/** Language codes seen, canonical or null (an extract repeats a few hundred suffixes at most). */
const languageBySuffix = new Map<string, string | null>();
function languageOf(suffix: string): string | null {
  let language = languageBySuffix.get(suffix);
  if (language === undefined) {
    if (languageBySuffix.size > 10_000) languageBySuffix.clear();
    languageBySuffix.set(suffix, (language = canonicalLanguage(suffix)));
  }
  return language;
}

/**
 * Names and descriptions in other languages: `name:xx` and `description:xx` of every language
 * the tags hold (keys whose suffix is no language code, such as name:signed, are not). All are
 * kept: the project shows those of its further languages, and the others are there when a
 * language is added later, without importing again.
 */
export function osmTranslations(tags: OsmTags): Translations | undefined {
  let translations: Translations | undefined;
  for (const key in tags) {
    const match = TRANSLATED_KEY.exec(key);
    if (!match) continue;
    const language = languageOf(match[2]!);
    const value = tags[key] ?? '';
    const text = match[1] === 'name' ? clean(value, 200) : value.trim().slice(0, 20_000);
    if (!language || !text) continue;
    translations ??= {};
    const entry = (translations[language] ??= { name: '', description: '' });
    entry[match[1] as 'name' | 'description'] = text;
  }
  if (!translations) return undefined;
  // Sorted by language: the same tags give the same rows, whatever order the file lists them in.
  return Object.fromEntries(Object.entries(translations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A place's fields from a feature's tags, its category and its position. */
export function osmPlaceFields(
  tags: OsmTags,
  name: string,
  match: CategoryMatch,
  longitude: number,
  latitude: number,
): OsmPlaceFields {
  const customFields: Record<string, string> = {};
  for (const key of KEPT_TAGS) {
    const value = tags[key];
    if (value !== undefined && value.trim() !== '') customFields[key] = value.trim().slice(0, 5000);
  }
  if (tags['contact:phone'] && !customFields.phone) customFields.phone = tags['contact:phone'].slice(0, 5000);
  if (tags['contact:email'] && !customFields.email) customFields.email = tags['contact:email'].slice(0, 5000);
  const translations = osmTranslations(tags);
  return {
    name,
    category: match.category,
    sector: match.sector,
    description: (tags.description ?? '').trim().slice(0, 20_000),
    address: addressOf(tags),
    website: websiteOf(tags),
    tags: [],
    customFields,
    // Seven decimals (about 1 cm) as OSM stores them: the same extract gives the same bytes.
    longitude: Math.round(longitude * 1e7) / 1e7,
    latitude: Math.round(latitude * 1e7) / 1e7,
    ...(translations ? { translations } : {}),
  };
}

/** What becomes of a feature: a place, a feature a "none" rule left out, or a former place no rule keeps. */
type Outcome =
  | { kind: 'place'; name: string; match: CategoryMatch }
  | { kind: 'left-out'; ruleId: number | null; known: boolean }
  | { kind: 'unmapped' };

interface Pending {
  osmType: 'way' | 'relation';
  osmId: number;
  tags: OsmTags;
  outcome: Outcome;
  /** Ways: node ids. Relations: outer way ids. */
  refs: number[];
}

export interface CollectOsmPlacesOptions {
  box?: OsmBox;
  area?: OsmArea;
  fileName: string;
  /** Whether this OSM object is a place of the project already (a re-import). */
  known?: (osmType: OsmType, osmId: number) => boolean;
}

/** Every place in an extract, by the category rules; clipped to `box` and `area` when given. */
export async function collectOsmPlaces(
  open: OsmSource,
  classify: (tags: OsmTags) => RuleDecision | null,
  options: CollectOsmPlacesOptions,
): Promise<OsmCollection> {
  const { fileName } = options;
  const known = options.known ?? (() => false);
  const inside = createOsmClipTest(options.box, options.area);
  const places: OsmPlace[] = [];
  const skipped = { noName: 0, outsideBox: 0, noLocation: 0, otherRelation: 0 };
  const unmapped: string[] = [];
  const leftOut = new Map<number, number>();
  const ways: Pending[] = [];
  const relations: Pending[] = [];

  const outcomeOf = (osmType: OsmType, osmId: number, tags: OsmTags): Outcome | null => {
    const decision = classify(tags);
    const wasPlace = known(osmType, osmId);
    if (isPlaceDecision(decision)) {
      const name = osmName(tags);
      if (name !== null) return { kind: 'place', name, match: decision };
      skipped.noName++;
      return wasPlace ? { kind: 'unmapped' } : null;
    }
    if (decision !== null && osmName(tags) !== null)
      return { kind: 'left-out', ruleId: decision.ruleId, known: wasPlace };
    return wasPlace ? { kind: 'unmapped' } : null;
  };
  /** Records a feature inside the clip; false when it is outside (counted as such only for places). */
  const settle = (osmType: OsmType, osmId: number, tags: OsmTags, outcome: Outcome, position: [number, number]) => {
    if (!inside(position[0], position[1])) {
      if (outcome.kind === 'place') skipped.outsideBox++;
      return;
    }
    if (outcome.kind === 'place')
      places.push({
        osmType,
        osmId,
        fields: osmPlaceFields(tags, outcome.name, outcome.match, position[0], position[1]),
        ruleId: outcome.match.ruleId,
      });
    else {
      if (outcome.kind === 'unmapped' || outcome.known) unmapped.push(`${osmType}/${osmId}`);
      if (outcome.kind === 'left-out' && outcome.ruleId !== null)
        leftOut.set(outcome.ruleId, (leftOut.get(outcome.ruleId) ?? 0) + 1);
    }
  };

  const format = await readOsm(
    open(),
    {
      node(node) {
        if (!checkOsmId(node.id)) return;
        const outcome = outcomeOf('node', node.id, node.tags);
        if (outcome) settle('node', node.id, node.tags, outcome, [node.longitude, node.latitude]);
      },
      way(way) {
        if (!checkOsmId(way.id)) return;
        const outcome = outcomeOf('way', way.id, way.tags);
        if (outcome) ways.push({ osmType: 'way', osmId: way.id, tags: way.tags, outcome, refs: way.refs });
      },
      relation(relation) {
        if (!checkOsmId(relation.id)) return;
        const outcome = outcomeOf('relation', relation.id, relation.tags);
        if (!outcome) return;
        if (relation.tags.type !== 'multipolygon') {
          // NOTE: sites, routes and other relations have no area of their own; later slices may use their members.
          if (outcome.kind === 'place') skipped.otherRelation++;
          return;
        }
        const outer = relation.members
          .filter((member) => member.type === 'way' && (member.role === 'outer' || member.role === ''))
          .map((member) => member.ref);
        relations.push({ osmType: 'relation', osmId: relation.id, tags: relation.tags, outcome, refs: outer });
      },
    },
    fileName,
  );

  // Pass 2: node ids of the multipolygons' outer ways.
  const wayRefs = new Map<number, number[]>(ways.map((way) => [way.osmId, way.refs]));
  const neededWays = new Set<number>();
  for (const relation of relations) for (const ref of relation.refs) if (!wayRefs.has(ref)) neededWays.add(ref);
  if (neededWays.size > 0) {
    await readOsm(
      open(),
      {
        way(way) {
          if (neededWays.has(way.id)) wayRefs.set(way.id, way.refs);
        },
      },
      fileName,
    );
  }

  // Pass 3: coordinates of the nodes those ways are drawn through.
  const neededNodes = new Set<number>();
  for (const way of ways) for (const ref of way.refs) neededNodes.add(ref);
  for (const relation of relations)
    for (const wayId of relation.refs) for (const ref of wayRefs.get(wayId) ?? []) neededNodes.add(ref);
  const coordinates = new Map<number, [number, number]>();
  if (neededNodes.size > 0) {
    await readOsm(
      open(),
      {
        node(node) {
          if (neededNodes.has(node.id)) coordinates.set(node.id, [node.longitude, node.latitude]);
        },
      },
      fileName,
    );
  }

  const centroid = (nodeIds: Iterable<number>): [number, number] | null => {
    // NOTE: the mean of the distinct vertices: inside for the compact shapes most sites are;
    // TODO(#4): an area-weighted centroid (or a point on the surface) for long, bent outlines.
    let longitude = 0;
    let latitude = 0;
    let count = 0;
    for (const id of new Set(nodeIds)) {
      const position = coordinates.get(id);
      if (!position) continue;
      longitude += position[0];
      latitude += position[1];
      count++;
    }
    return count === 0 ? null : [longitude / count, latitude / count];
  };

  for (const pending of [...ways, ...relations]) {
    const nodeIds =
      pending.osmType === 'way' ? pending.refs : pending.refs.flatMap((wayId) => wayRefs.get(wayId) ?? []);
    const position = centroid(nodeIds);
    if (!position) {
      if (pending.outcome.kind === 'place') skipped.noLocation++;
    } else settle(pending.osmType, pending.osmId, pending.tags, pending.outcome, position);
  }
  return { format, places, skipped, unmapped, leftOut };
}
