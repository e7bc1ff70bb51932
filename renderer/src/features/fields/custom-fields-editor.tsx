import { fieldUiMessages as m } from '../../../../shared/i18n/messages/ui/fields.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
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
  const t = useT();
  const update = (key: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="custom-fields" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend className="field__label">{t.t(m.otherTitle)}</legend>
      {rows.length === 0 ? (
        <p className="field__hint">{t.t(m.noOther)}</p>
      ) : (
        <ul className="custom-fields__list">
          {rows.map((row, index) => (
            <li key={row.key} className="custom-fields__row">
              <input
                id={`${idPrefix}-key-${row.key}`}
                className="input custom-fields__key"
                value={row.name}
                placeholder={t.t(m.keyPlaceholder)}
                aria-label={t.t(m.keyLabel, { position: index + 1 })}
                onChange={(event) => update(row.key, { name: event.target.value })}
              />
              <input
                id={`${idPrefix}-value-${row.key}`}
                className="input custom-fields__value"
                value={row.value}
                placeholder={t.t(m.valuePlaceholder)}
                aria-label={t.t(m.valueLabel, { position: index + 1 })}
                onChange={(event) => update(row.key, { value: event.target.value })}
              />
              <button
                type="button"
                className="button button--quiet custom-fields__remove"
                aria-label={t.t(m.removeLabel, { position: index + 1 })}
                title={t.t(m.removeLabel, { position: index + 1 })}
                onClick={() => onChange(rows.filter((candidate) => candidate.key !== row.key))}
              >
                <span aria-hidden="true">{SYMBOLS.close}</span>
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
        {t.t(m.addOther)}
      </button>
    </fieldset>
  );
}
