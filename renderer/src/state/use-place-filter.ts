import { useMemo, useState } from 'react';
import type { CategoryFamily } from '../../../shared/model/typology.js';
import { hideAllFamilies, NO_FILTER, showAllFamilies, toggleFamily, type PlaceFilter } from './filter.js';

export interface PlaceFilterActions {
  toggleFamily(family: CategoryFamily): void;
  showAllFamilies(): void;
  hideAllFamilies(): void;
  /** Removes every facet at once. */
  clear(): void;
}

export function usePlaceFilter(): { filter: PlaceFilter; filterActions: PlaceFilterActions } {
  const [filter, setFilter] = useState<PlaceFilter>(NO_FILTER);
  const filterActions = useMemo<PlaceFilterActions>(
    () => ({
      toggleFamily: (family) => setFilter((current) => toggleFamily(current, family)),
      showAllFamilies: () => setFilter(showAllFamilies),
      hideAllFamilies: () => setFilter(hideAllFamilies),
      clear: () => setFilter(NO_FILTER),
    }),
    [],
  );
  return { filter, filterActions };
}
