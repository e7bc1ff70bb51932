import type { CategoryId, SectorId } from '../../model/typology.js';
import { CATEGORY_IDS, SECTOR_IDS, categoryHasSector } from '../../model/typology.js';
import { messageRef, type MessageRef } from '../../i18n/define-messages.js';
import { modelMessages } from '../../i18n/messages/model.js';
import { osmRuleProblemMessages } from '../../i18n/messages/osm.js';
import { excerpt } from '../import/source-table.js';
import type { OsmTags } from './osm-entities.js';

// Which OpenStreetMap features become places, and in which category. Each project holds this
// table (osm_category_mapping, a GeoPackage attribute table users can edit in Itinera or QGIS);
// the rows a new project starts with are in osm-category-defaults.ts. A feature takes the
// matching rule with the highest priority (then the lowest id); a rule whose category is "none"
// keeps the features it matches out (lawyers and insurers are offices, but not creative firms).

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
export function ruleProblem(candidate: UncheckedOsmCategoryRule): MessageRef | null {
  const m = osmRuleProblemMessages;
  if (typeof candidate.key !== 'string' || candidate.key.trim() === '') return messageRef(m.keyEmpty);
  if (typeof candidate.value !== 'string' || candidate.value === '') return messageRef(m.valueEmpty);
  if (typeof candidate.requires !== 'string') return messageRef(m.requiresNotText);
  if (typeof candidate.category !== 'string' || !categories.has(candidate.category))
    return messageRef(m.unknownCategory, { category: excerpt(String(candidate.category)), none: NO_CATEGORY });
  if (candidate.sector !== null && (typeof candidate.sector !== 'string' || !sectors.has(candidate.sector)))
    return messageRef(m.unknownSector, { sector: excerpt(String(candidate.sector)) });
  if (
    candidate.sector !== null &&
    candidate.category !== NO_CATEGORY &&
    !categoryHasSector(candidate.category as never)
  )
    return messageRef(modelMessages.sectorOnlyForCreative);
  if (typeof candidate.priority !== 'number' || !Number.isFinite(candidate.priority))
    return messageRef(m.priorityNotNumber);
  return null;
}

/** The rule that decided about a feature: its category may be "none" (the feature is left out). */
export interface RuleDecision {
  category: CategoryId | typeof NO_CATEGORY;
  sector: SectorId | null;
  /** The tag that decided, e.g. "historic=castle". */
  tag: string;
  /** The stored rule's id (null for rules not read from a project). */
  ruleId: number | null;
}

/** A decision that makes the feature a place. */
export interface CategoryMatch extends RuleDecision {
  category: CategoryId;
}

export const isPlaceDecision = (decision: RuleDecision | null): decision is CategoryMatch =>
  decision !== null && decision.category !== NO_CATEGORY;

const present = (value: string | undefined) => value !== undefined && value !== 'no';

/** A function from a feature's tags to the rule that decides about it (a "none" rule too), or null when none matches. */
export function createRuleClassifier(
  rules: readonly (OsmCategoryRule & { id?: number })[],
): (tags: OsmTags) => RuleDecision | null {
  const byKey = new Map<string, (OsmCategoryRule & { order: number; ruleId: number | null })[]>();
  rules.forEach((candidate, index) => {
    const list = byKey.get(candidate.key) ?? [];
    list.push({ ...candidate, order: candidate.id ?? index, ruleId: candidate.id ?? null });
    byKey.set(candidate.key, list);
  });
  const satisfied = (requires: string, tags: OsmTags) => {
    if (requires === '') return true;
    const equals = requires.indexOf('=');
    return equals === -1 ? present(tags[requires]) : tags[requires.slice(0, equals)] === requires.slice(equals + 1);
  };
  return (tags) => {
    let best: (OsmCategoryRule & { order: number; ruleId: number | null }) | null = null;
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
    if (best === null) return null;
    return { category: best.category, sector: best.sector, tag: bestTag, ruleId: best.ruleId };
  };
}

/** A function from a feature's tags to its category, or null when no rule keeps it. */
export function createCategoryMatcher(
  rules: readonly (OsmCategoryRule & { id?: number })[],
): (tags: OsmTags) => CategoryMatch | null {
  const classify = createRuleClassifier(rules);
  return (tags) => {
    const decision = classify(tags);
    return isPlaceDecision(decision) ? decision : null;
  };
}
