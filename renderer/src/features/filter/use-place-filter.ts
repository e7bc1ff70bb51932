import { useEffect, useMemo, useState } from 'react';
import type { CategoryFamily } from '../../../../shared/model/typology.js';
import {
  filterFromHash,
  hashWithFilter,
  hideAllFamilies,
  NO_FILTER,
  showAllFamilies,
  toggleFamily,
  toggleValue,
  withoutFacet,
  type PlaceFilter,
} from './filter.js';

export interface PlaceFilterActions {
  toggleFamily(family: CategoryFamily): void;
  showAllFamilies(): void;
  hideAllFamilies(): void;
  toggleValue: <Name extends 'categories' | 'sectors' | 'quarterIds' | 'groupIds' | 'tags'>(
    name: Name,
    value: NonNullable<PlaceFilter[Name]>[number],
  ) => void;
  /** Replaces the whole filter (the filter panel's custom field and date facets). */
  set(update: (current: PlaceFilter) => PlaceFilter): void;
  remove(name: keyof PlaceFilter): void;
  /** Removes every facet at once. */
  clear(): void;
}

/** The one filter of the window, kept in the address's hash so a reload keeps it. */
export function usePlaceFilter(): { filter: PlaceFilter; filterActions: PlaceFilterActions } {
  const [filter, setFilter] = useState<PlaceFilter>(() => filterFromHash(window.location.hash));
  useEffect(() => {
    const hash = hashWithFilter(window.location.hash, filter);
    if (hash !== window.location.hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', pathname + search + hash);
    }
  }, [filter]);
  const filterActions = useMemo<PlaceFilterActions>(
    () => ({
      toggleFamily: (family) => setFilter((current) => toggleFamily(current, family)),
      showAllFamilies: () => setFilter(showAllFamilies),
      hideAllFamilies: () => setFilter(hideAllFamilies),
      toggleValue: (name, value) => setFilter((current) => toggleValue(current, name, value)),
      set: (update) => setFilter(update),
      remove: (name) => setFilter((current) => withoutFacet(current, name)),
      clear: () => setFilter(NO_FILTER),
    }),
    [],
  );
  return { filter, filterActions };
}
