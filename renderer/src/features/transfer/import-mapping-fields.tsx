import { useId } from 'react';
import type { ImportMapping } from '../../../../shared/codecs/import/plan-import.js';
import type { CategoryId } from '../../../../shared/model/typology.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import type { MessageDescriptor } from '../../../../shared/i18n/define-messages.js';
import { CategoryOptions } from '../places/category-select.js';

type ColumnRole = 'name' | 'category' | 'description' | 'sector';

const COLUMN_ROLES: readonly { role: ColumnRole; label: MessageDescriptor }[] = [
  { role: 'name', label: m.mappingName },
  { role: 'category', label: m.mappingCategory },
  { role: 'description', label: m.mappingDescription },
  { role: 'sector', label: m.mappingSector },
];

/** The label of the role a column plays in the mapping, if any (for the table's header). */
export function columnRole(t: Translator, mapping: ImportMapping, column: string): string | null {
  const found = COLUMN_ROLES.find(({ role }) => mapping[role] === column);
  return found ? t.t(found.label) : null;
}

export interface ImportMappingFieldsProps {
  columns: readonly string[];
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
}

/** Which column holds the name, category, description and sector, and the fallback category. */
export function ImportMappingFields({ columns, mapping, disabled, onChange }: ImportMappingFieldsProps) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="import-mapping" disabled={disabled}>
      <legend className="import-section__title">{t.t(m.mappingTitle)}</legend>
      <p className="field__hint">{t.t(m.mappingHint)}</p>
      <div className="import-mapping__grid">
        {COLUMN_ROLES.map(({ role, label }) => (
          <div className="field" key={role}>
            <label className="field__label" htmlFor={`${id}-${role}`}>
              {t.t(label)}
            </label>
            <select
              id={`${id}-${role}`}
              className="input"
              data-testid={`mapping-${role}-select`}
              value={mapping[role] ?? ''}
              onChange={(event) => onChange({ ...mapping, [role]: event.target.value || null })}
            >
              <option value="">{t.t(m.mappingNone)}</option>
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
            {t.t(m.mappingDefaultCategory)}
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
            <option value="">{t.t(m.mappingNone)}</option>
            <CategoryOptions />
          </select>
          <p className="field__hint" id={`${id}-default-category-hint`}>
            {t.t(m.mappingDefaultCategoryHint)}
          </p>
        </div>
      </div>
    </fieldset>
  );
}
