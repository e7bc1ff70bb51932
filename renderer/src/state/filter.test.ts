import { describe, expect, it } from 'vitest';
import type { Place } from '../../../shared/model/schemas.js';
import type { CategoryId } from '../../../shared/model/typology.js';
import {
  filterPlaces,
  hideAllFamilies,
  isFamilyShown,
  isFilterActive,
  NO_FILTER,
  showAllFamilies,
  showsNothing,
  shownFamilyCount,
  toExportFilter,
  toggleFamily,
} from './filter.js';

const place = (id: number, category: CategoryId): Place => ({
  id,
  name: `Place ${id}`,
  category,
  sector: null,
  description: '',
  address: '',
  website: '',
  tags: [],
  customFields: {},
  longitude: 15.6,
  latitude: 48.41,
  createdAt: '',
  updatedAt: '',
});

const places = [place(1, 'heritage-site'), place(2, 'creative-firm'), place(3, 'gallery'), place(4, 'monument')];

describe('place filter', () => {
  it('lets everything through, as the same array, when nothing is filtered', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(filterPlaces(places, NO_FILTER)).toBe(places);
    expect(toExportFilter(NO_FILTER)).toEqual({});
  });

  it('hides a family when toggled, and clears itself when the last hidden family comes back', () => {
    const withoutHeritage = toggleFamily(NO_FILTER, 'heritage');
    expect(isFamilyShown(withoutHeritage, 'heritage')).toBe(false);
    expect(shownFamilyCount(withoutHeritage)).toBe(9);
    expect(filterPlaces(places, withoutHeritage).map((entry) => entry.id)).toEqual([2, 3]);
    const back = toggleFamily(withoutHeritage, 'heritage');
    expect(back.families).toBeNull();
    expect(isFilterActive(back)).toBe(false);
  });

  it('shows one family after hiding all, and exports exactly that family', () => {
    const none = hideAllFamilies(NO_FILTER);
    expect(showsNothing(none)).toBe(true);
    expect(filterPlaces(places, none)).toEqual([]);
    const firms = toggleFamily(none, 'creative-firm');
    expect(filterPlaces(places, firms).map((entry) => entry.id)).toEqual([2]);
    expect(toExportFilter(firms)).toEqual({ families: ['creative-firm'] });
    expect(showAllFamilies(firms)).toEqual(NO_FILTER);
  });

  it('lists exported families in the typology order, whatever the order of the clicks', () => {
    const filter = toggleFamily(toggleFamily(hideAllFamilies(NO_FILTER), 'education'), 'heritage');
    expect(toExportFilter(filter)).toEqual({ families: ['heritage', 'education'] });
  });
});
