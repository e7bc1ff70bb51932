import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DATE_FIELDS, type DateField as DateFacet, type PlaceFilter } from '../../../../shared/filter/place-filter.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { filterMessages as m } from '../../../../shared/i18n/messages/ui/filter.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Place, Quarter } from '../../../../shared/model/schemas.js';
import { CATEGORIES, SECTORS, type CategoryId, type SectorId } from '../../../../shared/model/typology.js';
import { DateField } from '../../app/date-field.js';
import { isIsoDate } from '../../i18n/date-input.js';
import { useT } from '../../i18n/i18n-context.js';
import type { PlaceFilterActions } from './use-place-filter.js';

// The panel that adds facets to the workspace filter: category, sector, area, group, tag, custom
// field and a date range.

export interface FilterGroupOption {
  id: number;
  name: string;
}

export interface FilterPanelProps {
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
  const t = useT();
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
      <option value="">{t.t(m.choose)}</option>
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

export function FilterPanel({ id, filter, filterActions, places, quarters, groups, onClose }: FilterPanelProps) {
  const t = useT();
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
  const [dateField, setDateField] = useState<DateFacet>(filter.date?.field ?? 'updatedAt');
  const [from, setFrom] = useState(filter.date?.from ?? '');
  const [to, setTo] = useState(filter.date?.to ?? '');
  const tagListId = useId();

  const categoryOptions = CATEGORIES.filter((category) => !filter.categories?.includes(category.id)).map(
    (category) => ({
      value: category.id,
      label: typologyLabel(t, 'category', category.id),
      group: typologyLabel(t, 'family', category.family),
    }),
  );
  const sectorOptions = SECTORS.filter((sector) => !filter.sectors?.includes(sector.id)).map((sector) => ({
    value: sector.id,
    label: typologyLabel(t, 'sector', sector.id),
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
  // A day that is not one yet (half typed) is not applied: the field shows it as invalid.
  const datesValid = (!from || isIsoDate(from)) && (!to || isIsoDate(to));
  const applyDate = () => {
    if (!datesValid) return;
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
      aria-label={t.t(m.panelTitle)}
      data-testid="filter-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="filter-panel__header">
        <h2 className="filter-panel__title">{t.t(m.panelTitle)}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t.t(commonMessages.close)}
        </button>
      </div>
      <Field label={t.t(m.category)}>
        {(fieldId) => (
          <AddSelect
            id={fieldId}
            testId="filter-category-select"
            options={categoryOptions}
            onAdd={(value) => filterActions.toggleValue('categories', value as CategoryId)}
          />
        )}
      </Field>
      <Field label={t.t(m.sector)}>
        {(fieldId) => (
          <AddSelect
            id={fieldId}
            testId="filter-sector-select"
            options={sectorOptions}
            onAdd={(value) => filterActions.toggleValue('sectors', value as SectorId)}
          />
        )}
      </Field>
      <Field label={t.t(m.area)}>
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
        <Field label={t.t(m.group)}>
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
      <Field label={t.t(m.tag)}>
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
              {t.t(commonMessages.add)}
            </button>
          </div>
        )}
      </Field>
      {fieldNames.length > 0 && (
        <Field label={t.t(m.customField)}>
          {(fieldId) => (
            <div className="filter-panel__row">
              <select
                id={fieldId}
                className="input"
                value={fieldName}
                data-testid="filter-custom-field-select"
                onChange={(event) => setFieldName(event.target.value)}
              >
                <option value="">{t.t(m.choose)}</option>
                {fieldNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <input
                className="input"
                aria-label={t.t(m.customValue)}
                placeholder={t.t(m.customValue)}
                value={fieldValue}
                data-testid="filter-custom-value-input"
                onChange={(event) => setFieldValue(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') addCustomField();
                }}
              />
              <button type="button" className="button button--small" onClick={addCustomField} disabled={!fieldName}>
                {t.t(commonMessages.add)}
              </button>
            </div>
          )}
        </Field>
      )}
      <Field label={t.t(m.date)}>
        {(fieldId) => (
          <div className="filter-panel__row filter-panel__row--wrap">
            <select
              id={fieldId}
              className="input"
              value={dateField}
              onChange={(event) => setDateField(event.target.value as DateFacet)}
            >
              {DATE_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {t.t(m.dateField, { field })}
                </option>
              ))}
            </select>
            <DateField aria-label={t.t(m.dateFrom)} value={from} data-testid="filter-date-from" onChange={setFrom} />
            <DateField aria-label={t.t(m.dateTo)} value={to} data-testid="filter-date-to" onChange={setTo} />
            <button type="button" className="button button--small" disabled={!datesValid} onClick={applyDate}>
              {t.t(m.applyDate)}
            </button>
          </div>
        )}
      </Field>
    </div>
  );
}
