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

export function Legend({ places }: { places: readonly Place[] }) {
  const counts = useMemo(() => {
    const byFamily = new Map<CategoryFamily, number>();
    for (const place of places) {
      const family = getCategory(place.category).family;
      byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
    }
    return byFamily;
  }, [places]);

  return (
    <details className="legend" data-testid="legend" open>
      <summary className="legend__title">{strings.legendTitle}</summary>
      <ul className="legend__list">
        {CATEGORY_FAMILIES.map((family) => (
          <li key={family} className="legend__item">
            <span
              className="legend__swatch legend__swatch--place"
              style={{ backgroundColor: FAMILY_COLOURS[family] }}
            />
            <span className="legend__label">{FAMILY_LABELS[family]}</span>
            <span className="legend__count">{counts.get(family) ?? 0}</span>
          </li>
        ))}
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
