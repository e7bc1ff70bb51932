import type { MapPlaces } from '../../../shared/api/contract.js';
import type { PlaceFilter } from '../../../shared/filter/place-filter.js';
import { CATEGORIES, type CategoryFamily, type CategoryId, type SectorId } from '../../../shared/model/typology.js';
import type { PlacePoints } from '../../store/places-repository.js';

// The map's lean answer (`places:map:query`): what the map draws of each place, in columns, from
// the repository's raw point rows (no Place objects, no JSON columns parsed). Why: the full list
// of 100,000 places is about 32 MB of JSON that the map does not need for its first paint.

const FAMILY_OF = new Map<string, CategoryFamily>(CATEGORIES.map((category) => [category.id, category.family]));

type LeanFilter = Pick<PlaceFilter, 'families' | 'categories' | 'sectors'>;

/** Codes for a column's values: each distinct value once in `table`, its index per place. */
function createCoder<Value>() {
  const table: Value[] = [];
  const codeOf = new Map<Value, number>();
  return {
    table,
    code(value: Value): number {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = table.length;
        table.push(value);
        codeOf.set(value, code);
      }
      return code;
    },
  };
}

export function buildMapPlaces(points: PlacePoints, filter: LeanFilter): MapPlaces {
  const families = filter.families && new Set<string>(filter.families);
  const categories = filter.categories && new Set<string>(filter.categories);
  const sectors = filter.sectors && new Set<string>(filter.sectors);
  // The same facets as compilePlaceFilter (shared/filter/place-filter.ts), decided once per category.
  const categoryShown = new Map<string, boolean>();
  const shown = (category: string): boolean => {
    let result = categoryShown.get(category);
    if (result === undefined) {
      const family = FAMILY_OF.get(category);
      result =
        (!families || (family !== undefined && families.has(family))) && (!categories || categories.has(category));
      categoryShown.set(category, result);
    }
    return result;
  };
  const categoryCoder = createCoder<CategoryId>();
  const sectorCoder = createCoder<SectorId | null>();
  const result: MapPlaces = {
    ids: [],
    longitudes: [],
    latitudes: [],
    names: [],
    categoryCodes: [],
    categories: categoryCoder.table,
    sectorCodes: [],
    sectors: sectorCoder.table,
  };
  for (let index = 0; index < points.length; index++) {
    const category = points.categories[index]!;
    const sector = points.sectors?.[index] ?? null;
    if (!shown(category)) continue;
    if (sectors && (sector === null || !sectors.has(sector))) continue;
    result.ids.push(points.ids[index]!);
    result.longitudes.push(points.longitudes[index]!);
    result.latitudes.push(points.latitudes[index]!);
    result.names.push(points.names?.[index] ?? '');
    result.categoryCodes.push(categoryCoder.code(category as CategoryId));
    result.sectorCodes.push(sectorCoder.code(sector as SectorId | null));
  }
  return result;
}
