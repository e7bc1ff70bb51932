import type { CustomFieldDefinition, Place } from '../../../../shared/model/schemas.js';
import type { CustomFieldRow } from '../places/place-draft.js';
import { newCustomFieldRow } from '../places/place-draft.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { fieldUiMessages as m } from '../../../../shared/i18n/messages/ui/fields.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { DateField } from '../../app/date-field.js';

type Value = Place['customFields'][string];

export interface DefinedFieldsEditorProps {
  idPrefix: string;
  definitions: readonly CustomFieldDefinition[];
  /** All custom field rows of the draft; defined ones are matched by name. */
  rows: readonly CustomFieldRow[];
  invalidField: string | null;
  describedBy?: string;
  onChange(rows: CustomFieldRow[]): void;
  onManage(): void;
}

const text = (value: Value | undefined) => (value === null || value === undefined ? '' : String(value));

/** The fields defined for the place's category, each with the input its type needs. */
export function DefinedFieldsEditor({
  idPrefix,
  definitions,
  rows,
  invalidField,
  describedBy,
  onChange,
  onManage,
}: DefinedFieldsEditorProps) {
  const t = useT();
  const valueOf = (name: string): Value | undefined => {
    const row = rows.find((candidate) => candidate.name.trim() === name);
    if (!row) return undefined;
    return row.original !== undefined && text(row.original) === row.value ? row.original : row.value;
  };
  // A typed value is kept as `original` with its text, so place-draft sends it as it is.
  const set = (name: string, value: Value) => {
    const row = rows.find((candidate) => candidate.name.trim() === name);
    const next = { name, value: text(value), original: value };
    onChange(
      row
        ? rows.map((candidate) => (candidate === row ? { ...row, ...next } : candidate))
        : [...rows, { ...newCustomFieldRow(), ...next }],
    );
  };

  return (
    <fieldset className="custom-fields defined-fields" data-testid="defined-fields">
      <legend className="field__label">{t.t(m.definedTitle)}</legend>
      {definitions.length === 0 && <p className="field__hint">{t.t(m.none)}</p>}
      {definitions.map((definition) => {
        const id = `${idPrefix}-${definition.id}`;
        const value = valueOf(definition.name);
        const invalid = invalidField === definition.name || undefined;
        const common = {
          id,
          'aria-invalid': invalid,
          'aria-describedby': invalid ? describedBy : undefined,
          'data-testid': `custom-field-${definition.name}`,
        };
        return (
          <div className="field defined-fields__field" key={definition.id}>
            <label className="field__label field__label--secondary" htmlFor={id}>
              {definition.name}
            </label>
            {definition.type === 'choice' ? (
              <select
                {...common}
                className="input"
                value={text(value)}
                onChange={(event) => set(definition.name, event.target.value || null)}
              >
                <option value="">{t.t(commonMessages.notSet)}</option>
                {/* A stored value that is no option any more stays visible (the backend says what is wrong). */}
                {[
                  ...definition.options,
                  ...(value && !definition.options.includes(String(value)) ? [String(value)] : []),
                ].map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : definition.type === 'boolean' ? (
              <select
                {...common}
                className="input"
                value={value === true ? 'yes' : value === false ? 'no' : ''}
                onChange={(event) =>
                  set(definition.name, event.target.value === '' ? null : event.target.value === 'yes')
                }
              >
                <option value="">{t.t(commonMessages.notSet)}</option>
                <option value="yes">{t.t(m.yes)}</option>
                <option value="no">{t.t(m.no)}</option>
              </select>
            ) : definition.type === 'number' ? (
              <input
                {...common}
                className="input"
                type="number"
                step="any"
                value={text(value)}
                onChange={(event) => {
                  const raw = event.target.value;
                  set(definition.name, raw === '' ? null : Number.isFinite(Number(raw)) ? Number(raw) : raw);
                }}
              />
            ) : definition.type === 'date' ? (
              <DateField
                {...common}
                value={text(value)}
                onChange={(iso) => set(definition.name, iso === '' ? null : iso)}
              />
            ) : (
              <input
                {...common}
                className="input"
                type={definition.type === 'url' ? 'url' : 'text'}
                placeholder={definition.type === 'url' ? SYMBOLS.webAddress : undefined}
                value={text(value)}
                onChange={(event) =>
                  set(
                    definition.name,
                    event.target.value === '' && definition.type !== 'text' ? null : event.target.value,
                  )
                }
              />
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button button--quiet button--small"
        data-testid="manage-fields-button"
        onClick={onManage}
      >
        {t.t(m.manage)}
      </button>
    </fieldset>
  );
}
