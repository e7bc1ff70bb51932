import type { Place } from '../../../../shared/model/schemas.js';
import { CATEGORIES, SECTORS, labelOf } from '../../../../shared/model/typology.js';

export function categoryLabel(category: string): string {
  return labelOf(CATEGORIES, category);
}

/** "Creative SME or freelancer · Design", or just the category when there is no sector. */
export function categoryAndSector(place: Pick<Place, 'category' | 'sector'>): string {
  const category = categoryLabel(place.category);
  return place.sector ? `${category} · ${labelOf(SECTORS, place.sector)}` : category;
}
