import {
  getCategory,
  sectorGroupOf,
  type CategoryFamily,
  type CategoryId,
  type EventKindId,
  type SectorId,
} from '../model/typology.js';
import { isActor, isCreativeFirm, type AnalyticsPlace } from './actor-groups.js';
import { diversity, locationQuotient, type Diversity } from './diversity.js';
import type { AnalyticsLink } from './link-graph.js';

// The report card of an area (issue #15, point 1): what is there (counts by kind and sector,
// creative firms per hectare, each sector's location quotient against the whole project), how
// diverse the creative firms are (diversity.ts, over their sectors and the typology's sector
// groups), and its soft infrastructure: events per year and kind, the share of its actors that
// took part in an event, and knowledge-exchange links per creative firm.

export interface AnalyticsEvent {
  readonly kind: EventKindId;
  readonly startDate: string;
  readonly venuePlaceId: number | null;
  readonly participantPlaceIds: readonly number[];
}

export interface SectorFigures {
  sector: SectorId;
  count: number;
  /** Against the whole project (or the reference given); null when the reference has none. */
  locationQuotient: number | null;
}

export interface ReportCard {
  places: number;
  actors: number;
  sites: number;
  byCategory: { category: CategoryId; count: number }[];
  byFamily: { family: CategoryFamily; count: number }[];
  /** Creative firms (SMEs, freelancers and leading companies), and those of each sector. */
  creativeFirms: number;
  bySector: SectorFigures[];
  /** The area's size (null when the scope has none: a group without areas). */
  hectares: number | null;
  firmsPerHectare: number | null;
  /** Of the creative firms with a sector. */
  diversity: Diversity;
  soft: {
    /** Events with their venue or a participant here, by year of their start and kind. */
    eventsByYear: { year: number; kind: EventKindId; count: number }[];
    events: number;
    actorsInEvents: number;
    shareOfActorsInEvents: number | null;
    /** Knowledge-exchange links with at least one end here, per creative firm here. */
    knowledgeExchangeLinks: number;
    knowledgeExchangeLinksPerFirm: number | null;
  };
}

function sortedCounts<Key extends string>(keys: Iterable<Key>): { key: Key; count: number }[] {
  const counts = new Map<Key, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function sectorCounts(places: readonly AnalyticsPlace[]): Map<SectorId, number> {
  const counts = new Map<SectorId, number>();
  for (const place of places)
    if (place.sector && isCreativeFirm(place)) counts.set(place.sector, (counts.get(place.sector) ?? 0) + 1);
  return counts;
}

export function reportCard(input: {
  /** The places of the scope. */
  places: readonly AnalyticsPlace[];
  /** The reference for location quotients: usually every place of the project. */
  reference: readonly AnalyticsPlace[];
  squareMetres: number | null;
  events: readonly AnalyticsEvent[];
  links: readonly AnalyticsLink[];
}): ReportCard {
  const { places } = input;
  const inside = new Set(places.map((place) => place.id));
  const actors = places.filter(isActor);
  const firms = places.filter(isCreativeFirm);
  const here = sectorCounts(places);
  const reference = sectorCounts(input.reference);
  const hereTotal = [...here.values()].reduce((sum, count) => sum + count, 0);
  const referenceTotal = [...reference.values()].reduce((sum, count) => sum + count, 0);
  const hectares = input.squareMetres === null ? null : input.squareMetres / 10_000;

  const events = input.events.filter(
    (event) =>
      (event.venuePlaceId !== null && inside.has(event.venuePlaceId)) ||
      event.participantPlaceIds.some((id) => inside.has(id)),
  );
  const byYear = new Map<string, number>();
  for (const event of events) {
    const key = `${event.startDate.slice(0, 4)} ${event.kind}`;
    byYear.set(key, (byYear.get(key) ?? 0) + 1);
  }
  const taking = new Set<number>();
  for (const event of input.events) {
    for (const id of event.participantPlaceIds) taking.add(id);
    if (event.venuePlaceId !== null) taking.add(event.venuePlaceId);
  }
  const actorsInEvents = actors.filter((actor) => taking.has(actor.id)).length;
  const knowledgeExchangeLinks = input.links.filter(
    (link) => link.type === 'knowledge-exchange' && (inside.has(link.fromPlaceId) || inside.has(link.toPlaceId)),
  ).length;

  return {
    places: places.length,
    actors: actors.length,
    sites: places.length - actors.length,
    byCategory: sortedCounts(places.map((place) => place.category)).map(({ key, count }) => ({ category: key, count })),
    byFamily: sortedCounts(places.map((place) => getCategory(place.category).family)).map(({ key, count }) => ({
      family: key,
      count,
    })),
    creativeFirms: firms.length,
    bySector: [...here.entries()]
      .map(([sector, count]) => ({
        sector,
        count,
        locationQuotient: locationQuotient(count, hereTotal, reference.get(sector) ?? 0, referenceTotal),
      }))
      .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
    hectares,
    firmsPerHectare: hectares ? firms.length / hectares : null,
    diversity: diversity(here, (sector) => sectorGroupOf(sector as SectorId)),
    soft: {
      eventsByYear: [...byYear.entries()]
        .map(([key, count]) => {
          const [year, kind] = key.split(' ') as [string, EventKindId];
          return { year: Number(year), kind, count };
        })
        .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind)),
      events: events.length,
      actorsInEvents,
      shareOfActorsInEvents: actors.length > 0 ? actorsInEvents / actors.length : null,
      knowledgeExchangeLinks,
      knowledgeExchangeLinksPerFirm: firms.length > 0 ? knowledgeExchangeLinks / firms.length : null,
    },
  };
}
