import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DATE_FIELDS, type DateField, type PlaceFilter } from '../../../../shared/filter/place-filter.js';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import {
  CATEGORIES,
  CATEGORY_FAMILIES,
  FAMILY_LABELS,
  SECTORS,
  labelOf,
  type CategoryId,
  type SectorId,
} from '../../../../shared/model/typology.js';
import { strings } from '../../i18n/strings.js';
import { isFilterActive, shownFamilyCount } from './filter.js';
import type { PlaceFilterActions } from './use-place-filter.js';

export interface FilterGroupOption {
  id: number;
  name: string;
}

export interface FilterBarProps {
  filter: PlaceFilter;
  filterActions: PlaceFilterActions;
  places: readonly Place[];
  quarters: readonly Quarter[];
  /** Groups places can belong to (empty until the project has any). */
  groups?: readonly FilterGroupOption[];
  shownPlaces: number;
}

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

const DATE_LABELS: Record<DateField, string> = {
  createdAt: strings.filterDateCreated,
  updatedAt: strings.filterDateUpdated,
  eventDate: strings.filterDateEvent,
};

/** One chip per value of the filter, each removable. */
function chipsOf(
  filter: PlaceFilter,
  actions: PlaceFilterActions,
  quarters: readonly Quarter[],
  groups: readonly FilterGroupOption[],
): Chip[] {
  const chips: Chip[] = [];
  if (filter.families)
    chips.push({
      key: 'families',
      label: strings.chipKinds(shownFamilyCount(filter), CATEGORY_FAMILIES.length),
      remove: () => actions.remove('families'),
    });
  for (const category of filter.categories ?? [])
    chips.push({
      key: `category-${category}`,
      label: strings.chipCategory(labelOf(CATEGORIES, category)),
      remove: () => actions.toggleValue('categories', category),
    });
  for (const sector of filter.sectors ?? [])
    chips.push({
      key: `sector-${sector}`,
      label: strings.chipSector(labelOf(SECTORS, sector)),
      remove: () => actions.toggleValue('sectors', sector),
    });
  for (const id of filter.quarterIds ?? [])
    chips.push({
      key: `quarter-${id}`,
      label: strings.chipArea(quarters.find((quarter) => quarter.id === id)?.name ?? strings.unknownArea(id)),
      remove: () => actions.toggleValue('quarterIds', id),
    });
  for (const id of filter.groupIds ?? [])
    chips.push({
      key: `group-${id}`,
      label: strings.chipGroup(groups.find((group) => group.id === id)?.name ?? strings.unknownGroup(id)),
      remove: () => actions.toggleValue('groupIds', id),
    });
  for (const tag of filter.tags ?? [])
    chips.push({ key: `tag-${tag}`, label: strings.chipTag(tag), remove: () => actions.toggleValue('tags', tag) });
  (filter.customFields ?? []).forEach((entry, index) =>
    chips.push({
      key: `custom-${index}-${entry.name}`,
      label: strings.chipCustomField(entry.name, entry.value),
      remove: () =>
        actions.set((current) => {
          const rest = (current.customFields ?? []).filter((_, position) => position !== index);
          const { customFields: _removed, ...others } = current;
          return rest.length > 0 ? { ...others, customFields: rest } : others;
        }),
    }),
  );
  if (filter.date)
    chips.push({
      key: 'date',
      label: strings.chipDate(DATE_LABELS[filter.date.field], filter.date.from, filter.date.to),
      remove: () => actions.remove('date'),
    });
  return chips;
}

/** The current filter as chips above the map, with the panel that adds facets. */
export function FilterBar({ filter, filterActions, places, quarters, groups = [], shownPlaces }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  const chips = chipsOf(filter, filterActions, quarters, groups);
  const active = isFilterActive(filter);
  const panelId = useId();
  return (
    <div className="filter-bar" role="region" aria-label={strings.filterBarLabel} data-testid="filter-bar">
      <button
        type="button"
        className={`button button--small${open ? ' button--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        title={strings.filterButtonTitle}
        data-testid="filter-button"
        onClick={() => setOpen((value) => !value)}
      >
        {strings.filterButton}
      </button>
      <ul className="filter-bar__chips" data-testid="filter-chips">
        {chips.map((chip) => (
          <li key={chip.key} className="filter-chip" data-testid="filter-chip">
            <span className="filter-chip__label">{chip.label}</span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={strings.filterRemove(chip.label)}
              onClick={chip.remove}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <span className="filter-bar__count" data-testid="filter-count" role="status">
        {active ? strings.filterCount(shownPlaces, places.length) : strings.filterNone}
      </span>
      {active && (
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="filter-clear-all"
          onClick={filterActions.clear}
        >
          {strings.filterClearAll}
        </button>
      )}
      {open && (
        <FilterPanel
          id={panelId}
          filter={filter}
          filterActions={filterActions}
          places={places}
          quarters={quarters}
          groups={groups}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

interface FilterPanelProps {
  id: string;
  filter: PlaceFilter;
  filterActions: PlaceFilterActions;
  places: readonly Place[];
  quarters: readonly Quarter[];
  groups: readonly FilterGroupOption[];
  onClose(): void;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="filter-panel__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A select that adds the chosen value at once and goes back to "Choose…". */
function AddSelect({
  id,
  testId,
  options,
  onAdd,
}: {
  id: string;
  testId: string;
  options: readonly { value: string; label: string; group?: string }[];
  onAdd(value: string): void;
}) {
  const grouped = new Map<string | undefined, { value: string; label: string }[]>();
  for (const option of options) grouped.set(option.group, [...(grouped.get(option.group) ?? []), option]);
  return (
    <select
      id={id}
      className="input"
      value=""
      data-testid={testId}
      onChange={(event) => {
        if (event.target.value) onAdd(event.target.value);
      }}
    >
      <option value="">{strings.filterChoose}</option>
      {[...grouped].map(([group, entries]) =>
        group === undefined ? (
          entries.map((entry) => (
            <option key={entry.value} value={entry.value}>
              {entry.label}
            </option>
          ))
        ) : (
          <optgroup key={group} label={group}>
            {entries.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {entry.label}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </select>
  );
}

function FilterPanel({ id, filter, filterActions, places, quarters, groups, onClose }: FilterPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  // Tags and custom field names the project uses, for suggestions (once per list of places).
  const { tags, fieldNames } = useMemo(() => {
    const tagSet = new Set<string>();
    const names = new Set<string>();
    for (const place of places) {
      for (const tag of place.tags) tagSet.add(tag);
      for (const name of Object.keys(place.customFields)) names.add(name);
    }
    return { tags: [...tagSet].sort().slice(0, 500), fieldNames: [...names].sort() };
  }, [places]);
  const [tag, setTag] = useState('');
  const [fieldName, setFieldName] = useState('');
  const [fieldValue, setFieldValue] = useState('');
  const [dateField, setDateField] = useState<DateField>(filter.date?.field ?? 'updatedAt');
  const [from, setFrom] = useState(filter.date?.from ?? '');
  const [to, setTo] = useState(filter.date?.to ?? '');
  const tagListId = useId();

  const categoryOptions = CATEGORIES.filter((category) => !filter.categories?.includes(category.id)).map(
    (category) => ({ value: category.id, label: category.label, group: FAMILY_LABELS[category.family] }),
  );
  const sectorOptions = SECTORS.filter((sector) => !filter.sectors?.includes(sector.id)).map((sector) => ({
    value: sector.id,
    label: sector.label,
  }));
  const areaOptions = quarters
    .filter((quarter) => !filter.quarterIds?.includes(quarter.id))
    .map((quarter) => ({ value: String(quarter.id), label: quarter.name }));
  const groupOptions = groups
    .filter((group) => !filter.groupIds?.includes(group.id))
    .map((group) => ({ value: String(group.id), label: group.name }));

  const addTag = () => {
    const value = tag.trim();
    if (value && !filter.tags?.includes(value)) filterActions.toggleValue('tags', value);
    setTag('');
  };
  const addCustomField = () => {
    const name = fieldName.trim();
    if (!name) return;
    filterActions.set((current) => ({
      ...current,
      customFields: [...(current.customFields ?? []), { name, value: fieldValue.trim() }],
    }));
    setFieldValue('');
  };
  const applyDate = () => {
    if (!from && !to) filterActions.remove('date');
    else
      filterActions.set((current) => ({ ...current, date: { field: dateField, from: from || null, to: to || null } }));
  };

  return (
    <div
      id={id}
      ref={panelRef}
      className="filter-panel"
      role="dialog"
      aria-label={strings.filterPanelTitle}
      data-testid="filter-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="filter-panel__header">
        <h2 className="filter-panel__title">{strings.filterPanelTitle}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {strings.close}
        </button>
      </div>
      <Field label={strings.filterCategory}>
        {(fieldId) => (
          <AddSelect
            id={fieldId}
            testId="filter-category-select"
            options={categoryOptions}
            onAdd={(value) => filterActions.toggleValue('categories', value as CategoryId)}
          />
        )}
      </Field>
      <Field label={strings.filterSector}>
        {(fieldId) => (
          <AddSelect
            id={fieldId}
            testId="filter-sector-select"
            options={sectorOptions}
            onAdd={(value) => filterActions.toggleValue('sectors', value as SectorId)}
          />
        )}
      </Field>
      <Field label={strings.filterArea}>
        {(fieldId) => (
          <AddSelect
            id={fieldId}
            testId="filter-area-select"
            options={areaOptions}
            onAdd={(value) => filterActions.toggleValue('quarterIds', Number(value))}
          />
        )}
      </Field>
      {groups.length > 0 && (
        <Field label={strings.filterGroup}>
          {(fieldId) => (
            <AddSelect
              id={fieldId}
              testId="filter-group-select"
              options={groupOptions}
              onAdd={(value) => filterActions.toggleValue('groupIds', Number(value))}
            />
          )}
        </Field>
      )}
      <Field label={strings.filterTag}>
        {(fieldId) => (
          <div className="filter-panel__row">
            <input
              id={fieldId}
              className="input"
              list={tagListId}
              value={tag}
              data-testid="filter-tag-input"
              onChange={(event) => setTag(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') addTag();
              }}
            />
            <datalist id={tagListId}>
              {tags.map((entry) => (
                <option key={entry} value={entry} />
              ))}
            </datalist>
            <button type="button" className="button button--small" onClick={addTag} disabled={!tag.trim()}>
              {strings.filterAdd}
            </button>
          </div>
        )}
      </Field>
      {fieldNames.length > 0 && (
        <Field label={strings.filterCustomField}>
          {(fieldId) => (
            <div className="filter-panel__row">
              <select
                id={fieldId}
                className="input"
                value={fieldName}
                data-testid="filter-custom-field-select"
                onChange={(event) => setFieldName(event.target.value)}
              >
                <option value="">{strings.filterChoose}</option>
                {fieldNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <input
                className="input"
                aria-label={strings.filterCustomValue}
                placeholder={strings.filterCustomValue}
                value={fieldValue}
                data-testid="filter-custom-value-input"
                onChange={(event) => setFieldValue(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') addCustomField();
                }}
              />
              <button type="button" className="button button--small" onClick={addCustomField} disabled={!fieldName}>
                {strings.filterAdd}
              </button>
            </div>
          )}
        </Field>
      )}
      <Field label={strings.filterDate}>
        {(fieldId) => (
          <div className="filter-panel__row filter-panel__row--wrap">
            <select
              id={fieldId}
              className="input"
              value={dateField}
              onChange={(event) => setDateField(event.target.value as DateField)}
            >
              {DATE_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {DATE_LABELS[field]}
                </option>
              ))}
            </select>
            <input
              type="date"
              className="input"
              aria-label={strings.filterDateFrom}
              value={from}
              data-testid="filter-date-from"
              onChange={(event) => setFrom(event.target.value)}
            />
            <input
              type="date"
              className="input"
              aria-label={strings.filterDateTo}
              value={to}
              data-testid="filter-date-to"
              onChange={(event) => setTo(event.target.value)}
            />
            <button type="button" className="button button--small" onClick={applyDate}>
              {strings.filterApplyDate}
            </button>
          </div>
        )}
      </Field>
    </div>
  );
}
