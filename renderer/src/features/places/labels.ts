import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Place } from '../../../../shared/model/schemas.js';

/** "Creative SME or freelancer · Design", or just the category when there is no sector. */
export function categoryAndSector(t: Translator, place: Pick<Place, 'category' | 'sector'>): string {
  const category = typologyLabel(t, 'category', place.category);
  return place.sector
    ? t.t(placeMessages.categoryAndSector, { category, sector: typologyLabel(t, 'sector', place.sector) })
    : category;
}
