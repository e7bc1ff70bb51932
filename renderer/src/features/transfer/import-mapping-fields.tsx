import { useId } from 'react';
import type { ImportMapping } from '../../../../shared/codecs/import/plan-import.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import { strings } from '../../i18n/strings.js';
import { CategoryOptions } from '../places/category-select.js';

type ColumnRole = 'name' | 'category' | 'description' | 'sector';

const COLUMN_ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: 'name', label: strings.mappingName },
  { role: 'category', label: strings.mappingCategory },
  { role: 'description', label: strings.mappingDescription },
  { role: 'sector', label: strings.mappingSector },
];

/** The label of the role a column plays in the mapping, if any (for the table's header). */
export function columnRole(mapping: ImportMapping, column: string): string | null {
  return COLUMN_ROLES.find(({ role }) => mapping[role] === column)?.label ?? null;
}

export interface ImportMappingFieldsProps {
  columns: readonly string[];
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
}

/** Which column holds the name, category, description and sector, and the fallback category. */
export function ImportMappingFields({ columns, mapping, disabled, onChange }: ImportMappingFieldsProps) {
  const id = useId();
  return (
    <fieldset className="import-mapping" disabled={disabled}>
      <legend className="import-section__title">{strings.importMappingTitle}</legend>
      <p className="field__hint">{strings.importMappingHint}</p>
      <div className="import-mapping__grid">
        {COLUMN_ROLES.map(({ role, label }) => (
          <div className="field" key={role}>
            <label className="field__label" htmlFor={`${id}-${role}`}>
              {label}
            </label>
            <select
              id={`${id}-${role}`}
              className="input"
              data-testid={`mapping-${role}-select`}
              value={mapping[role] ?? ''}
              onChange={(event) => onChange({ ...mapping, [role]: event.target.value || null })}
            >
              <option value="">{strings.mappingNone}</option>
              {columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-default-category`}>
            {strings.mappingDefaultCategory}
          </label>
          <select
            id={`${id}-default-category`}
            className="input"
            data-testid="mapping-default-category-select"
            aria-describedby={`${id}-default-category-hint`}
            value={mapping.defaultCategory ?? ''}
            onChange={(event) =>
              onChange({ ...mapping, defaultCategory: (event.target.value || null) as CategoryId | null })
            }
          >
            <option value="">{strings.mappingNone}</option>
            <CategoryOptions />
          </select>
          <p className="field__hint" id={`${id}-default-category-hint`}>
            {strings.mappingDefaultCategoryHint}
          </p>
        </div>
      </div>
    </fieldset>
  );
}
