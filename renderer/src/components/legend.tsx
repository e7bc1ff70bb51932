import { useMemo } from 'react';
import type { Place } from '../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES, FAMILY_LABELS, getCategory, type CategoryFamily } from '../../../shared/model/typology.js';
import { strings } from '../i18n/strings.js';
import {
  FAMILY_COLOURS,
  LINK_COLOUR,
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
} from '../map/family-colours.js';
import { isFamilyShown, isFilterActive, shownFamilyCount, showsNothing, type PlaceFilter } from '../state/filter.js';
import type { PlaceFilterActions } from '../state/use-place-filter.js';

export interface LegendProps {
  places: readonly Place[];
  shownPlaces: number;
  filter: PlaceFilter;
  filterActions: PlaceFilterActions;
}

/** What the colours mean; each kind of place is also a toggle of the map's filter. */
export function Legend({ places, shownPlaces, filter, filterActions }: LegendProps) {
  const counts = useMemo(() => {
    const byFamily = new Map<CategoryFamily, number>();
    for (const place of places) {
      const family = getCategory(place.category).family;
      byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
    }
    return byFamily;
  }, [places]);
  const filtered = isFilterActive(filter);
  const shownKinds = shownFamilyCount(filter);

  return (
    <details className="legend" data-testid="legend" open>
      <summary className="legend__title">
        {strings.legendTitle}
        {filtered && (
          <span className="legend__badge" data-testid="legend-filter-badge">
            {strings.filterBadge(shownKinds, CATEGORY_FAMILIES.length)}
          </span>
        )}
      </summary>
      <div className="legend__filter">
        <p className="legend__filter-text" data-testid="filter-summary" role="status">
          {filtered
            ? strings.filterSummary(shownKinds, CATEGORY_FAMILIES.length, shownPlaces, places.length)
            : strings.legendFilterHint}
        </p>
        <div className="legend__filter-actions">
          {filtered && (
            <button
              type="button"
              className="button button--small"
              data-testid="clear-filter-button"
              onClick={filterActions.clear}
            >
              {strings.showAll}
            </button>
          )}
          {!showsNothing(filter) && (
            <button
              type="button"
              className="button button--small button--quiet"
              data-testid="hide-all-families-button"
              onClick={filterActions.hideAllFamilies}
            >
              {strings.hideAll}
            </button>
          )}
        </div>
      </div>
      <ul className="legend__list">
        {CATEGORY_FAMILIES.map((family) => {
          const shown = isFamilyShown(filter, family);
          return (
            <li key={family}>
              <button
                type="button"
                className="legend__item legend__toggle"
                aria-pressed={shown}
                title={strings.legendFamilyTitle(FAMILY_LABELS[family], shown)}
                data-testid={`legend-family-${family}`}
                onClick={() => filterActions.toggleFamily(family)}
              >
                <span className="legend__check" aria-hidden="true" />
                <span
                  className="legend__swatch legend__swatch--place"
                  style={{ backgroundColor: FAMILY_COLOURS[family], borderColor: FAMILY_COLOURS[family] }}
                />
                <span className="legend__label">{FAMILY_LABELS[family]}</span>
                <span className="legend__count">{counts.get(family) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="legend__list legend__list--shapes">
        <li className="legend__item">
          <span
            className="legend__swatch legend__swatch--quarter"
            style={{ backgroundColor: `${QUARTER_COLOUR}33`, borderColor: QUARTER_OUTLINE_COLOUR }}
          />
          <span className="legend__label">{strings.legendQuarter}</span>
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--route" style={{ borderTopColor: ROUTE_COLOUR }} />
          <span className="legend__label">{strings.legendRoute}</span>
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--link" style={{ backgroundColor: LINK_COLOUR }} />
          <span className="legend__label">{strings.legendLink}</span>
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--selected" />
          <span className="legend__label">{strings.legendSelected}</span>
        </li>
      </ul>
    </details>
  );
}
