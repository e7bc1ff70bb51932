import { useId, useState } from 'react';
import type { PlaceFilter } from '../../../../shared/filter/place-filter.js';
import { filterMessages as m } from '../../../../shared/i18n/messages/ui/filter.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Quarter } from '../../../../shared/model/schemas.js';
import { CATEGORY_FAMILIES } from '../../../../shared/model/typology.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { SYMBOLS } from '../../app/symbols.js';
import { formatDateInput } from '../../i18n/date-input.js';
import { useT } from '../../i18n/i18n-context.js';
import { isFilterActive, shownFamilyCount } from './filter.js';
import { FilterPanel, type FilterGroupOption } from './filter-panel.js';
import type { PlaceFilterActions } from './use-place-filter.js';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

/** One chip per value of the filter, each removable. */
function chipsOf(
  t: Translator,
  filter: PlaceFilter,
  actions: PlaceFilterActions,
  quarters: readonly Quarter[],
  groups: readonly FilterGroupOption[],
): Chip[] {
  const chips: Chip[] = [];
  if (filter.families)
    chips.push({
      key: 'families',
      label: t.t(m.chipKinds, { shown: shownFamilyCount(filter), total: CATEGORY_FAMILIES.length }),
      remove: () => actions.remove('families'),
    });
  for (const category of filter.categories ?? [])
    chips.push({
      key: `category-${category}`,
      label: t.t(m.chipCategory, { label: typologyLabel(t, 'category', category) }),
      remove: () => actions.toggleValue('categories', category),
    });
  for (const sector of filter.sectors ?? [])
    chips.push({
      key: `sector-${sector}`,
      label: t.t(m.chipSector, { label: typologyLabel(t, 'sector', sector) }),
      remove: () => actions.toggleValue('sectors', sector),
    });
  for (const id of filter.quarterIds ?? [])
    chips.push({
      key: `quarter-${id}`,
      label: t.t(m.chipArea, {
        name: quarters.find((quarter) => quarter.id === id)?.name ?? t.t(m.unknownArea, { id: String(id) }),
      }),
      remove: () => actions.toggleValue('quarterIds', id),
    });
  for (const id of filter.groupIds ?? [])
    chips.push({
      key: `group-${id}`,
      label: t.t(m.chipGroup, {
        name: groups.find((group) => group.id === id)?.name ?? t.t(m.unknownGroup, { id: String(id) }),
      }),
      remove: () => actions.toggleValue('groupIds', id),
    });
  for (const tag of filter.tags ?? [])
    chips.push({ key: `tag-${tag}`, label: t.t(m.chipTag, { tag }), remove: () => actions.toggleValue('tags', tag) });
  (filter.customFields ?? []).forEach((entry, index) =>
    chips.push({
      key: `custom-${index}-${entry.name}`,
      label: t.t(m.chipCustomField, { name: entry.name, value: entry.value }),
      remove: () =>
        actions.set((current) => {
          const rest = (current.customFields ?? []).filter((_, position) => position !== index);
          const { customFields: _removed, ...others } = current;
          return rest.length > 0 ? { ...others, customFields: rest } : others;
        }),
    }),
  );
  if (filter.date) {
    const openEnd = t.t(m.openEnd);
    chips.push({
      key: 'date',
      label: t.t(m.chipDate, {
        field: t.t(m.dateField, { field: filter.date.field }),
        from: filter.date.from ? formatDateInput(t, filter.date.from) : openEnd,
        to: filter.date.to ? formatDateInput(t, filter.date.to) : openEnd,
      }),
      remove: () => actions.remove('date'),
    });
  }
  return chips;
}

/** The current filter as chips above the map, with the panel that adds facets. */
export function FilterBar() {
  const t = useT();
  const { filter, filterActions, data, visiblePlaces } = useWorkspace();
  const [open, setOpen] = useState(false);
  const chips = chipsOf(t, filter, filterActions, data.quarters, data.groups);
  const active = isFilterActive(filter);
  const panelId = useId();
  return (
    <div className="filter-bar" role="region" aria-label={t.t(m.barLabel)} data-testid="filter-bar">
      <button
        type="button"
        className={`button button--small${open ? ' button--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        title={t.t(m.buttonTitle)}
        data-testid="filter-button"
        onClick={() => setOpen((value) => !value)}
      >
        {t.t(m.button)}
      </button>
      <ul className="filter-bar__chips" data-testid="filter-chips">
        {chips.map((chip) => (
          <li key={chip.key} className="filter-chip" data-testid="filter-chip">
            <span className="filter-chip__label">{chip.label}</span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={t.t(m.remove, { chip: chip.label })}
              onClick={chip.remove}
            >
              <span aria-hidden="true">{SYMBOLS.close}</span>
            </button>
          </li>
        ))}
      </ul>
      <span className="filter-bar__count" data-testid="filter-count" role="status">
        {active ? t.t(m.count, { shown: visiblePlaces.length, total: data.places.length }) : t.t(m.none)}
      </span>
      {active && (
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="filter-clear-all"
          onClick={filterActions.clear}
        >
          {t.t(m.clearAll)}
        </button>
      )}
      {open && (
        <FilterPanel
          id={panelId}
          filter={filter}
          filterActions={filterActions}
          places={data.places}
          quarters={data.quarters}
          groups={data.groups}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
