import type { z } from 'zod';
import type { OsmImportReview, OsmReviewRemoval } from '../../../shared/api/osm-review.js';
import type { OsmType } from '../../../shared/codecs/osm/osm-entities.js';
import {
  matchOsmPlaces,
  type ExistingPlaceSummary,
  type IncomingPlaceSummary,
} from '../../../shared/codecs/osm/osm-place-matching.js';
import type { OsmCollection, OsmPlace } from '../../../shared/codecs/osm/osm-places.js';
import { compactTranslations, PlaceInputSchema } from '../../../shared/model/schemas.js';
import type { CategoryId } from '../../../shared/model/typology.js';
import type { PlaceRecord, ProjectStore } from '../../store/project-store.js';
import { mergeOsmPlace, samePlaceRecord, userFieldNames } from './osm-edited-fields.js';

// What an OSM import does to the project's places, decided before anything is written, so the
// same plan is the review list (the job waits for the user) and, computed again inside the write
// transaction with the user's declined matches, what is written:
// - a feature from an OSM object a place came from updates it (fields the user edited stay);
// - a feature matching a place by name or category (osm-place-matching.ts) links it: the place
//   takes the OSM identity, keeps every field it has (they are the user's: a place the user made
//   counts as edited throughout) and gets only what it lacks (website, address, OSM tags);
// - a feature that is the same place as one another feature links is not written;
// - any other feature is added;
// - a place from an OSM object that is still in the extract but that no rule takes any more (the
//   mapping changed) is removed, unless a user edited it or anything refers to it (kept).

export interface PlannedUpdate {
  placeId: number;
  /** The place after the import; null when only the link is written. */
  record: PlaceRecord | null;
  moved: boolean;
  /** Set for a link: the OSM object the place now comes from, and the fields that are the user's. */
  link: { osmType: OsmType; osmId: number; userFields: string[] | null } | null;
}

export interface OsmPlacePlan {
  additions: OsmPlace[];
  updates: PlannedUpdate[];
  review: OsmImportReview;
  /** Features left out as invalid: the OSM key and zod's first issue. */
  invalid: { key: string; issue: z.core.$ZodIssue | undefined }[];
  /** Per mapping rule: the places it made (linked, updated, unchanged or added). */
  ruleCounts: Map<number, number>;
}

const keyOf = (place: OsmPlace) => `${place.osmType}/${place.osmId}`;

/** The plan for the extract's places against the project as it is now; `declined` are the user's refusals. */
export function planOsmPlaces(
  store: ProjectStore,
  collection: Pick<OsmCollection, 'places' | 'unmapped'>,
  declined: ReadonlySet<string> = new Set(),
): OsmPlacePlan {
  // One place per OSM object, the last one wins (a well-formed extract has no duplicates).
  const incoming = new Map(collection.places.map((place) => [keyOf(place), place]));
  const identities = store.osm.identities();
  const osmKeyOf = new Map<number, string>();
  for (const [key, identity] of identities) osmKeyOf.set(identity.placeId, key);
  const points = store.places.points({ summaries: true });
  const existing: ExistingPlaceSummary[] = [];
  const summaries = new Map<number, ExistingPlaceSummary>();
  for (let index = 0; index < points.length; index++) {
    const id = points.ids[index]!;
    const summary = {
      id,
      name: points.names![index]!,
      category: points.categories[index]!,
      longitude: points.longitudes[index]!,
      latitude: points.latitudes[index]!,
      osmKey: osmKeyOf.get(id) ?? null,
    };
    existing.push(summary);
    summaries.set(id, summary);
  }

  // Places whose OSM object no rule takes any more.
  const referenced = collection.unmapped.length > 0 ? store.osm.referencedPlaceIds() : new Set<number>();
  const removals: OsmReviewRemoval[] = [];
  const unavailable = new Set<number>();
  let kept = 0;
  for (const key of collection.unmapped) {
    const identity = identities.get(key);
    const summary = identity && summaries.get(identity.placeId);
    if (!identity || !summary) continue;
    unavailable.add(identity.placeId);
    if (identity.editedFields.length > 0 || referenced.has(identity.placeId)) kept++;
    else if (!declined.has(key))
      removals.push({
        osm: key,
        placeId: summary.id,
        placeName: summary.name,
        placeCategory: summary.category as CategoryId,
      });
  }

  const features: IncomingPlaceSummary[] = [...incoming].map(([key, place]) => ({
    key,
    name: place.fields.name,
    category: place.fields.category,
    longitude: place.fields.longitude,
    latitude: place.fields.latitude,
  }));
  const matches = matchOsmPlaces(existing, features, { declined, unavailable });

  const plan: OsmPlacePlan = {
    additions: [],
    updates: [],
    review: { matches: [], removals, added: 0, updated: 0, unchanged: 0, kept },
    invalid: [],
    ruleCounts: new Map(),
  };
  const counted = (place: OsmPlace) => {
    if (place.ruleId !== null) plan.ruleCounts.set(place.ruleId, (plan.ruleCounts.get(place.ruleId) ?? 0) + 1);
  };
  for (const [key, place] of incoming) {
    const match = matches.get(key);
    const found = match ? store.places.get(match.placeId) : undefined;
    // Every stored language, shown or not: a re-import compares and merges them all.
    const current = found && { ...found, translations: store.translations.places.of(found.id, 'all') };
    if (!match || !current) {
      const checked = PlaceInputSchema.safeParse(place.fields);
      if (!checked.success) plan.invalid.push({ key, issue: checked.error.issues[0] });
      else {
        plan.additions.push(place);
        plan.review.added++;
        counted(place);
      }
      continue;
    }
    if (match.rule !== 'osm-id') {
      const summary = summaries.get(match.placeId)!;
      plan.review.matches.push({
        osm: key,
        name: place.fields.name,
        category: place.fields.category,
        placeId: match.placeId,
        placeName: summary.name,
        placeCategory: summary.category as CategoryId,
        rule: match.rule,
        distance: match.distance,
        sameAsAnother: match.sameAsAnother,
      });
      if (match.sameAsAnother) continue;
    }
    // A place from OSM keeps what its users edited; a place a user made is theirs throughout.
    const identity =
      summaries.get(match.placeId)!.osmKey === null ? null : identities.get(osmKeyOf.get(match.placeId)!);
    const userFields = identity ? null : userFieldNames(current, store.osm.editedFields(match.placeId));
    const merged = mergeOsmPlace(current, place.fields, new Set(userFields ?? identity?.editedFields ?? []));
    const changed = !samePlaceRecord(current, merged);
    if (changed) {
      const checked = PlaceInputSchema.safeParse({ ...merged, translations: compactTranslations(merged.translations) });
      if (!checked.success) {
        plan.invalid.push({ key, issue: checked.error.issues[0] });
        continue;
      }
    }
    counted(place);
    const link = match.rule === 'osm-id' ? null : { osmType: place.osmType, osmId: place.osmId, userFields };
    if (!changed && !link) {
      plan.review.unchanged++;
      continue;
    }
    if (match.rule === 'osm-id') plan.review.updated++;
    plan.updates.push({
      placeId: match.placeId,
      record: changed ? merged : null,
      moved: merged.longitude !== current.longitude || merged.latitude !== current.latitude,
      link,
    });
  }
  return plan;
}

/** True when the user has something to review: matches with places they have, or removals. */
export function needsReview(review: OsmImportReview): boolean {
  return review.matches.length > 0 || review.removals.length > 0;
}

/** What writing a plan did, for the import's result. */
export interface AppliedPlan {
  added: number;
  updated: number;
  linked: number;
  removed: number;
  /** Routes that stop at places the import moved. */
  movedRoutes: Set<number>;
}

/** Writes a plan (inside the caller's transaction): updates and links, additions, removals. */
export function applyOsmPlacePlan(store: ProjectStore, plan: OsmPlacePlan, checkCancelled: () => void): AppliedPlan {
  const applied: AppliedPlan = { added: 0, updated: 0, linked: 0, removed: 0, movedRoutes: new Set() };
  plan.updates.forEach((update, index) => {
    if (index % 5000 === 4999) checkCancelled();
    if (update.link) {
      store.osm.setIdentity(update.placeId, update.link.osmType, update.link.osmId);
      if (update.link.userFields) store.osm.setEditedFields(update.placeId, update.link.userFields);
      applied.linked++;
    } else applied.updated++;
    if (!update.record) return;
    store.places.update(update.placeId, update.record);
    if (update.moved)
      for (const routeId of store.routes.routeIdsWithPlace(update.placeId)) applied.movedRoutes.add(routeId);
  });
  const ids = store.places.insertMany(plan.additions.map((place) => place.fields));
  ids.forEach((id, index) => store.osm.setIdentity(id, plan.additions[index]!.osmType, plan.additions[index]!.osmId));
  applied.added = ids.length;
  // Only places nothing refers to are planned for removal: no links, stops, attachments go with them.
  for (const removal of plan.review.removals) if (store.places.remove(removal.placeId)) applied.removed++;
  if (applied.added + applied.updated + applied.linked + applied.removed > 0) store.touch('places');
  return applied;
}
