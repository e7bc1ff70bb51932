import {
  getCategory,
  sectorGroupOf,
  type CategoryFamily,
  type CategoryId,
  type SectorGroupId,
  type SectorId,
} from '../model/typology.js';

// Which "sector" an actor belongs to for the network and gap analyses. Only creative firms carry
// a creative sector (DOMAIN.md); every other place counts in its category family (a tourism
// operator, a university, a museum). So a link between a design studio and a hotel, or between
// a design studio and a music label, crosses sectors; one between two guides does not.

export interface AnalyticsPlace {
  readonly id: number;
  readonly category: CategoryId;
  readonly sector: SectorId | null;
}

/** The sector (creative firms with one) or else the category family: `design`, `tourism-operator`. */
export type SectorOrFamily = SectorId | CategoryFamily;

export function sectorOrFamily(place: Pick<AnalyticsPlace, 'category' | 'sector'>): SectorOrFamily {
  return place.sector ?? getCategory(place.category).family;
}

/** Actors (organisations), as opposed to sites. */
export function isActor(place: Pick<AnalyticsPlace, 'category'>): boolean {
  return getCategory(place.category).group !== 'site';
}

export function isCreativeFirm(place: Pick<AnalyticsPlace, 'category'>): boolean {
  return getCategory(place.category).family === 'creative-firm';
}

/**
 * How complementary two actors are, for the gap finder, after Nooteboom's "optimal cognitive
 * distance" and Frenken's related variety: different sectors of one sector group (design and
 * architecture) learn most from each other (1); unrelated ones (a music label and a hotel, or
 * two sector groups) still bring new materials and methods (0.5); the same sector or family
 * are rather competitors (0).
 */
export function complementarity(a: AnalyticsPlace, b: AnalyticsPlace): number {
  const first = sectorOrFamily(a);
  const second = sectorOrFamily(b);
  if (first === second) return 0;
  const firstGroup: SectorGroupId | null = a.sector ? sectorGroupOf(a.sector) : null;
  if (firstGroup && b.sector && firstGroup === sectorGroupOf(b.sector)) return 1;
  return 0.5;
}
