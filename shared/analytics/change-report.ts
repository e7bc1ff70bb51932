import type { CategoryFamily, CategoryId, LinkTypeId, SectorId } from '../model/typology.js';
import type { Interlinkage } from './interlinkage.js';
import type { ReportCard } from './report-card.js';

// Snapshots and change reports (issue #15, point 6): a snapshot keeps an area's report card and
// interlinkage figures as they were on a day, and what a later comparison needs to name the
// changes: the actors in scope and the links touching them. A change report sets two snapshots
// side by side: new and closed firms (actors in one and not the other, by place id), links
// gained and lost (by their ends and type), and how counts, diversity and interlinkage moved.

export interface SnapshotActor {
  placeId: number;
  name: string;
  category: CategoryId;
  sector: SectorId | null;
}

/** A link with at least one end among the scope's places; names of both ends as they were. */
export interface SnapshotLink {
  fromPlaceId: number;
  toPlaceId: number;
  type: LinkTypeId;
  fromName: string;
  toName: string;
}

/** What a snapshot holds besides its scope, day and label. */
export interface SnapshotContent {
  card: ReportCard;
  interlinkage: Interlinkage;
  actors: SnapshotActor[];
  links: SnapshotLink[];
}

/** A figure in both snapshots; `change` is to − from (null when either is missing). */
export interface FigureChange<Key extends string = string> {
  key: Key;
  from: number | null;
  to: number | null;
  change: number | null;
}

export type CountKey = 'places' | 'actors' | 'sites' | 'creativeFirms' | 'links' | 'events' | 'knowledgeExchangeLinks';
export type DiversityKey =
  'shannon' | 'giniSimpson' | 'hillQ0' | 'hillQ1' | 'hillQ2' | 'relatedVariety' | 'unrelatedVariety';
export type InterlinkageKey =
  'nearShare' | 'nearCrossSectorShare' | 'farShare' | 'farCrossSectorShare' | 'nearToFarRatio';

export interface ChangeDiff {
  newFirms: SnapshotActor[];
  closedFirms: SnapshotActor[];
  linksGained: SnapshotLink[];
  linksLost: SnapshotLink[];
  counts: FigureChange<CountKey>[];
  byFamily: FigureChange<CategoryFamily>[];
  bySector: FigureChange<SectorId>[];
  diversity: FigureChange<DiversityKey>[];
  interlinkage: FigureChange<InterlinkageKey>[];
  /** The interlinkage distances of both snapshots differ: its shares compare unlike pairs. */
  interlinkageDistanceDiffers: boolean;
}

function figureChange<Key extends string>(key: Key, from: number | null, to: number | null): FigureChange<Key> {
  return { key, from, to, change: from === null || to === null ? null : to - from };
}

/** One entry per key present in either list (absent counts as 0), in the order first seen. */
function keyedChanges<Key extends string>(
  from: readonly { key: Key; count: number }[],
  to: readonly { key: Key; count: number }[],
): FigureChange<Key>[] {
  const keys = [...new Set([...from, ...to].map((entry) => entry.key))];
  const countOf = (list: readonly { key: Key; count: number }[], key: Key) =>
    list.find((entry) => entry.key === key)?.count ?? 0;
  return keys.map((key) => figureChange(key, countOf(from, key), countOf(to, key)));
}

export const linkKey = (link: Pick<SnapshotLink, 'fromPlaceId' | 'toPlaceId' | 'type'>): string =>
  `${link.fromPlaceId} ${link.toPlaceId} ${link.type}`;

const byName = (a: SnapshotActor, b: SnapshotActor) => a.name.localeCompare(b.name) || a.placeId - b.placeId;
const byLink = (a: SnapshotLink, b: SnapshotLink) =>
  a.fromName.localeCompare(b.fromName) || a.toName.localeCompare(b.toName) || a.type.localeCompare(b.type);

/** What changed from `from` to `to` (usually the older snapshot first). */
export function changeReport(from: SnapshotContent, to: SnapshotContent): ChangeDiff {
  const fromActors = new Set(from.actors.map((actor) => actor.placeId));
  const toActors = new Set(to.actors.map((actor) => actor.placeId));
  const fromLinks = new Set(from.links.map(linkKey));
  const toLinks = new Set(to.links.map(linkKey));
  const counts = (content: SnapshotContent): Record<CountKey, number> => ({
    places: content.card.places,
    actors: content.card.actors,
    sites: content.card.sites,
    creativeFirms: content.card.creativeFirms,
    links: content.links.length,
    events: content.card.soft.events,
    knowledgeExchangeLinks: content.card.soft.knowledgeExchangeLinks,
  });
  const diversity = (content: SnapshotContent): Record<DiversityKey, number | null> => {
    const { shannon, giniSimpson, hill, relatedVariety, unrelatedVariety } = content.card.diversity;
    return {
      shannon,
      giniSimpson,
      hillQ0: hill.q0,
      hillQ1: hill.q1,
      hillQ2: hill.q2,
      relatedVariety,
      unrelatedVariety,
    };
  };
  const shares = (content: SnapshotContent): Record<InterlinkageKey, number | null> => {
    const { near, far, nearToFarRatio } = content.interlinkage;
    return {
      nearShare: near.all.share,
      nearCrossSectorShare: near.crossSector.share,
      farShare: far.all.share,
      farCrossSectorShare: far.crossSector.share,
      nearToFarRatio,
    };
  };
  const paired = <Key extends string>(a: Record<Key, number | null>, b: Record<Key, number | null>) =>
    (Object.keys(a) as Key[]).map((key) => figureChange(key, a[key], b[key]));
  const families = (content: SnapshotContent) =>
    content.card.byFamily.map(({ family, count }) => ({ key: family, count }));
  const sectors = (content: SnapshotContent) =>
    content.card.bySector.map(({ sector, count }) => ({ key: sector, count }));

  return {
    newFirms: to.actors.filter((actor) => !fromActors.has(actor.placeId)).sort(byName),
    closedFirms: from.actors.filter((actor) => !toActors.has(actor.placeId)).sort(byName),
    linksGained: to.links.filter((link) => !fromLinks.has(linkKey(link))).sort(byLink),
    linksLost: from.links.filter((link) => !toLinks.has(linkKey(link))).sort(byLink),
    counts: paired(counts(from), counts(to)),
    byFamily: keyedChanges(families(from), families(to)),
    bySector: keyedChanges(sectors(from), sectors(to)),
    diversity: paired(diversity(from), diversity(to)),
    interlinkage: paired(shares(from), shares(to)),
    interlinkageDistanceDiffers: from.interlinkage.withinMetres !== to.interlinkage.withinMetres,
  };
}
