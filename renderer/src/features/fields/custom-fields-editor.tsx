import { strings } from '../../i18n/strings.js';
import { newCustomFieldRow, type CustomFieldRow } from '../places/place-draft.js';

export interface CustomFieldsEditorProps {
  idPrefix: string;
  rows: CustomFieldRow[];
  invalid?: boolean;
  describedBy?: string;
  onChange(rows: CustomFieldRow[]): void;
}

/**
 * Free key/value fields of a place (those no definition of its category names): add, edit and
 * remove rows. Values typed before definitions existed stay here, readable and editable.
 */
export function CustomFieldsEditor({ idPrefix, rows, invalid, describedBy, onChange }: CustomFieldsEditorProps) {
  const update = (key: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="custom-fields" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend className="field__label">{strings.otherFieldsTitle}</legend>
      {rows.length === 0 ? (
        <p className="field__hint">{strings.noCustomFields}</p>
      ) : (
        <ul className="custom-fields__list">
          {rows.map((row, index) => (
            <li key={row.key} className="custom-fields__row">
              <input
                id={`${idPrefix}-key-${row.key}`}
                className="input custom-fields__key"
                value={row.name}
                placeholder={strings.customFieldKey}
                aria-label={strings.customFieldKeyLabel(index)}
                onChange={(event) => update(row.key, { name: event.target.value })}
              />
              <input
                id={`${idPrefix}-value-${row.key}`}
                className="input custom-fields__value"
                value={row.value}
                placeholder={strings.customFieldValue}
                aria-label={strings.customFieldValueLabel(index)}
                onChange={(event) => update(row.key, { value: event.target.value })}
              />
              <button
                type="button"
                className="button button--quiet custom-fields__remove"
                aria-label={strings.removeCustomFieldLabel(index)}
                title={strings.removeCustomFieldLabel(index)}
                onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--small"
        data-testid="add-custom-field-button"
        onClick={() => onChange([...rows, newCustomFieldRow()])}
      >
        {strings.addCustomField}
      </button>
    </fieldset>
  );
}
