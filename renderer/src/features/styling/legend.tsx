import { useEffect, useMemo, useRef } from 'react';
import { stylingMessages as m } from '../../../../shared/i18n/messages/ui/styling.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import {
  CATEGORY_FAMILIES,
  LINK_TYPES,
  getCategory,
  type CategoryFamily,
  type LinkTypeId,
} from '../../../../shared/model/typology.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import {
  HEATMAP_RAMP,
  LINK_TYPE_COLOURS,
  QUARTER_COLOUR,
  QUARTER_OUTLINE_COLOUR,
  ROUTE_COLOUR,
} from '../../map/family-colours.js';
import { familyBadgeUrl } from '../../map/family-icons.js';
import { isFamilyShown, shownFamilyCount, showsNothing } from '../filter/filter.js';
import { isDefaultColouring } from '../../../../shared/model/place-style.js';
import { PlaceClassesLegend, PlaceStyleControls } from './place-style-controls.js';
import { useStyling } from './styling-context.js';

/** The kinds' badges while places are coloured by another field. */
const NEUTRAL_BADGE = '#5F5F5F';

/** A colour input that previews on every move and saves once, when the picker is closed. */
function ColourInput({
  family,
  colour,
  onPreview,
  onCommit,
}: {
  family: CategoryFamily;
  colour: string;
  onPreview(colour: string): void;
  onCommit(colour: string): void;
}) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  // NOTE: React's onChange fires on every 'input' event; the native 'change' fires once the user
  // has chosen, which is the one edit to save.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onChange = () => commitRef.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  return (
    <input
      ref={inputRef}
      type="color"
      className="legend__colour"
      value={colour.toLowerCase()}
      aria-label={t.t(m.colourLabel, { family: typologyLabel(t, 'family', family) })}
      title={t.t(m.colourLabel, { family: typologyLabel(t, 'family', family) })}
      data-testid={`legend-colour-${family}`}
      onChange={(event) => onPreview(event.target.value)}
    />
  );
}

/** What the map shows and in which colours; each kind of place is also a toggle of the filter. */
export function Legend() {
  const t = useT();
  const { legendPlaces: places, visibleLinks: links, visiblePlaces, filter, filterActions } = useWorkspace();
  const { familyColours, previewColour, commitColour, heatmap, toggleHeatmap, placeStyle } = useStyling();
  // Coloured by another field: the kinds stay filters, their colours give way to the field's.
  const byKind = isDefaultColouring(placeStyle);
  const shownPlaces = visiblePlaces.length;
  const counts = useMemo(() => {
    const byFamily = new Map<CategoryFamily, number>();
    for (const place of places) {
      const family = getCategory(place.category).family;
      byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
    }
    return byFamily;
  }, [places]);
  const linkCounts = useMemo(() => {
    const byType = new Map<LinkTypeId, number>();
    for (const link of links) byType.set(link.type, (byType.get(link.type) ?? 0) + 1);
    return byType;
  }, [links]);
  const filtered = filter.families !== undefined;
  const shownKinds = shownFamilyCount(filter);
  // Only the kinds the project has: a legend of ten empty rows says nothing.
  const presentFamilies = CATEGORY_FAMILIES.filter((family) => (counts.get(family) ?? 0) > 0);
  const presentLinkTypes = LINK_TYPES.filter((type) => (linkCounts.get(type.id) ?? 0) > 0);

  return (
    <details className="legend" data-testid="legend" open>
      <summary className="legend__title">
        {t.t(m.title)}
        {filtered && (
          <span className="legend__badge" data-testid="legend-filter-badge">
            {t.t(m.filterBadge, { shown: shownKinds, total: CATEGORY_FAMILIES.length })}
          </span>
        )}
      </summary>
      <div className="legend__filter">
        <p className="legend__filter-text" data-testid="filter-summary" role="status">
          {filtered
            ? t.t(m.filterSummary, {
                shownKinds,
                totalKinds: CATEGORY_FAMILIES.length,
                shownPlaces,
                totalPlaces: places.length,
              })
            : t.t(m.filterHint)}
        </p>
        <div className="legend__filter-actions">
          {filtered && (
            <button
              type="button"
              className="button button--small"
              data-testid="clear-filter-button"
              onClick={filterActions.showAllFamilies}
            >
              {t.t(m.showAll)}
            </button>
          )}
          {!showsNothing(filter) && (
            <button
              type="button"
              className="button button--small button--quiet"
              data-testid="hide-all-families-button"
              onClick={filterActions.hideAllFamilies}
            >
              {t.t(m.hideAll)}
            </button>
          )}
        </div>
      </div>
      <PlaceClassesLegend />
      <ul className="legend__list">
        {presentFamilies.map((family) => {
          const shown = isFamilyShown(filter, family);
          return (
            <li key={family} className="legend__row">
              <button
                type="button"
                className="legend__item legend__toggle"
                aria-pressed={shown}
                title={t.t(m.familyTitle, { family: typologyLabel(t, 'family', family), shown: String(shown) })}
                data-testid={`legend-family-${family}`}
                onClick={() => filterActions.toggleFamily(family)}
              >
                <span className="legend__check" aria-hidden="true" />
                <img
                  className="legend__icon"
                  src={familyBadgeUrl(family, byKind ? familyColours[family] : NEUTRAL_BADGE)}
                  alt=""
                  width={18}
                  height={18}
                />
                <span className="legend__label">{typologyLabel(t, 'family', family)}</span>
                <span className="legend__count">{t.number(counts.get(family) ?? 0)}</span>
              </button>
              {byKind && (
                <ColourInput
                  family={family}
                  colour={familyColours[family]}
                  onPreview={(colour) => previewColour(family, colour)}
                  onCommit={(colour) => commitColour(family, colour)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {presentLinkTypes.length > 0 && (
        <ul className="legend__list legend__list--shapes" data-testid="legend-link-types">
          {presentLinkTypes.map((type) => (
            <li key={type.id} className="legend__item" data-testid={`legend-link-${type.id}`}>
              <span
                className="legend__swatch legend__swatch--link"
                style={{ backgroundColor: LINK_TYPE_COLOURS[type.id] }}
              />
              <span className="legend__label">{typologyLabel(t, 'linkType', type.id)}</span>
              <span className="legend__count">{t.number(linkCounts.get(type.id) ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      <ul className="legend__list legend__list--shapes">
        <li className="legend__item">
          <span
            className="legend__swatch legend__swatch--quarter"
            style={{ backgroundColor: `${QUARTER_COLOUR}33`, borderColor: QUARTER_OUTLINE_COLOUR }}
          />
          <span className="legend__label">{t.t(m.quarter)}</span>
        </li>
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--route" style={{ borderTopColor: ROUTE_COLOUR }} />
          <span className="legend__label">{t.t(m.route)}</span>
        </li>
        {!heatmap && (
          <li className="legend__item">
            <span className="legend__swatch legend__swatch--cluster">{t.number(12)}</span>
            <span className="legend__label">{t.t(m.cluster)}</span>
          </li>
        )}
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--selected" />
          <span className="legend__label">{t.t(m.selected)}</span>
        </li>
      </ul>
      <PlaceStyleControls />
      <div className="legend__heatmap">
        <label className="legend__heatmap-toggle">
          <input type="checkbox" checked={heatmap} data-testid="heatmap-toggle" onChange={toggleHeatmap} />
          {t.t(m.heatmapToggle)}
        </label>
        {heatmap && (
          <div className="legend__ramp" data-testid="heatmap-legend">
            <span
              className="legend__ramp-bar"
              style={{
                background: `linear-gradient(${t.direction === 'rtl' ? 'to left' : 'to right'}, ${HEATMAP_RAMP.slice(1)
                  .map(([, colour]) => colour)
                  .join(', ')})`,
              }}
            />
            <span className="legend__ramp-labels">
              <span>{t.t(m.heatmapFew)}</span>
              <span>{t.t(m.heatmapMany)}</span>
            </span>
          </div>
        )}
      </div>
    </details>
  );
}
