import { z } from 'zod';
import { CategoryFamilySchema, CategorySchema, IdSchema, SectorSchema, type Place } from '../model/schemas.js';
import { getCategory, type CategoryFamily, type CategoryId, type SectorId } from '../model/typology.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// The workspace filter: which places the map, the table, the nearby lists, the legend counts and
// exports show. Pure data (JSON-safe, validated by `PlaceFilterSchema`) and pure predicates, so the
// renderer and the backend (exports) decide alike. Facets combine with AND; the values inside one
// facet with OR (category museum OR gallery, AND inside quarter 3). A facet left out (undefined)
// restricts nothing; an empty list lets nothing through.

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, problem(m.notDate));

/** Created, last changed, or the days of an event the place hosts or takes part in. */
export const DATE_FIELDS = ['createdAt', 'updatedAt', 'eventDate'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const PlaceFilterSchema = z
  .object({
    families: z.array(CategoryFamilySchema).max(100).optional(),
    categories: z.array(CategorySchema).max(200).optional(),
    sectors: z.array(SectorSchema).max(100).optional(),
    /** Inside any of these areas (quarters), by point-in-polygon. */
    quarterIds: z.array(IdSchema).max(1000).optional(),
    /** Member of any of these groups. */
    groupIds: z.array(IdSchema).max(1000).optional(),
    /** Carries any of these tags (compared without case). */
    tags: z.array(z.string().trim().min(1).max(80)).max(100).optional(),
    /** A custom field holds this value (compared as text, without case); each entry must hold. */
    customFields: z
      .array(z.object({ name: z.string().trim().min(1).max(80), value: z.string().max(5000) }).strict())
      .max(20)
      .optional(),
    /** Created, last changed or hosting an event on or between these days (UTC, both ends included). */
    date: z
      .object({ field: z.enum(DATE_FIELDS), from: DaySchema.nullable(), to: DaySchema.nullable() })
      .strict()
      .optional(),
  })
  .strict();

export interface PlaceFilter {
  readonly families?: readonly CategoryFamily[];
  readonly categories?: readonly CategoryId[];
  readonly sectors?: readonly SectorId[];
  readonly quarterIds?: readonly number[];
  readonly groupIds?: readonly number[];
  readonly tags?: readonly string[];
  readonly customFields?: readonly { readonly name: string; readonly value: string }[];
  readonly date?: { readonly field: DateField; readonly from: string | null; readonly to: string | null };
}

export const NO_FILTER: PlaceFilter = {};

export type FacetName = keyof PlaceFilter;
export const FACET_NAMES = [
  'families',
  'categories',
  'sectors',
  'quarterIds',
  'groupIds',
  'tags',
  'customFields',
  'date',
] as const satisfies readonly FacetName[];

/** What a predicate needs beyond the place itself: who is inside an area, who is in a group. */
export interface FilterContext {
  /** The ids of the places inside an area; undefined when there is no such area (nothing inside). */
  placesInQuarter(quarterId: number): ReadonlySet<number> | undefined;
  /** The ids of the places in a group (with its nested groups); undefined when unknown. */
  placesInGroup?(groupId: number): ReadonlySet<number> | undefined;
  /** The day ranges (YYYY-MM-DD) of the events a place hosts or takes part in. */
  eventDaysOf?(placeId: number): readonly { start: string; end: string }[] | undefined;
}

export function isFilterActive(filter: PlaceFilter): boolean {
  return FACET_NAMES.some((name) => filter[name] !== undefined);
}

/** Whether the filter can let no place through at all (an empty facet). */
export function showsNothing(filter: PlaceFilter): boolean {
  return FACET_NAMES.some((name) => {
    const value = filter[name];
    return Array.isArray(value) && value.length === 0;
  });
}

function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

function unionOf(ids: readonly number[], members: (id: number) => ReadonlySet<number> | undefined): Set<number> {
  const union = new Set<number>();
  for (const id of ids) for (const placeId of members(id) ?? []) union.add(placeId);
  return union;
}

/**
 * Turns a filter into one predicate, doing the per-filter work (sets, lower-casing, unions of
 * areas) once, so that testing 100,000 places costs a few set lookups each.
 */
export function compilePlaceFilter(filter: PlaceFilter, context: FilterContext): (place: Place) => boolean {
  const tests: ((place: Place) => boolean)[] = [];
  if (filter.families) {
    const families = new Set(filter.families);
    tests.push((place) => families.has(getCategory(place.category).family));
  }
  if (filter.categories) {
    const categories = new Set<string>(filter.categories);
    tests.push((place) => categories.has(place.category));
  }
  if (filter.sectors) {
    const sectors = new Set<string>(filter.sectors);
    tests.push((place) => place.sector !== null && sectors.has(place.sector));
  }
  if (filter.quarterIds) {
    const inside = unionOf(filter.quarterIds, (id) => context.placesInQuarter(id));
    tests.push((place) => inside.has(place.id));
  }
  if (filter.groupIds) {
    const members = unionOf(filter.groupIds, (id) => context.placesInGroup?.(id));
    tests.push((place) => members.has(place.id));
  }
  if (filter.tags) {
    const tags = new Set(filter.tags.map((tag) => tag.toLowerCase()));
    tests.push((place) => place.tags.some((tag) => tags.has(tag.toLowerCase())));
  }
  for (const { name, value } of filter.customFields ?? []) {
    const wanted = value.trim().toLowerCase();
    tests.push((place) => {
      const held = place.customFields[name];
      return held !== undefined && held !== null && String(held).trim().toLowerCase() === wanted;
    });
  }
  if (filter.date) {
    const { field, from, to } = filter.date;
    if (field === 'eventDate')
      // An event matches when its days overlap the range.
      tests.push((place) =>
        (context.eventDaysOf?.(place.id) ?? []).some(
          ({ start, end }) => (from === null || end >= from) && (to === null || start <= to),
        ),
      );
    else
      tests.push((place) => {
        const day = dayOf(place[field]);
        return (from === null || day >= from) && (to === null || day <= to);
      });
  }
  if (tests.length === 0) return () => true;
  return (place) => tests.every((test) => test(place));
}

export function filterPlaceList(places: readonly Place[], filter: PlaceFilter, context: FilterContext): Place[] {
  const matches = compilePlaceFilter(filter, context);
  return places.filter(matches);
}

/** The filter without one facet (a chip's remove button, the legend's counts per family). */
export function withoutFacet(filter: PlaceFilter, name: FacetName): PlaceFilter {
  if (filter[name] === undefined) return filter;
  const rest: Record<string, unknown> = { ...filter };
  delete rest[name];
  return rest as PlaceFilter;
}

/** The quarters a filter refers to (their memberships are all it needs computed). */
export function quartersUsed(filter: PlaceFilter): readonly number[] {
  return filter.quarterIds ?? [];
}
