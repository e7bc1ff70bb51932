import { useId, useState, type FormEvent } from 'react';
import type {
  CustomFieldDefinition,
  CustomFieldDefinitionChanges,
  CustomFieldDefinitionInput,
} from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { fieldUiMessages as m } from '../../../../shared/i18n/messages/ui/fields.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { CUSTOM_FIELD_TYPES, type CategoryId, type CustomFieldTypeId } from '../../../../shared/model/typology.js';
import { ErrorMessage } from '../../app/error-message.js';
import { ModalDialog } from '../../app/modal-dialog.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

export interface CustomFieldsManagerProps {
  category: CategoryId;
  definitions: readonly CustomFieldDefinition[];
  onCreate(input: CustomFieldDefinitionInput): Promise<unknown>;
  onUpdate(id: number, changes: CustomFieldDefinitionChanges): Promise<unknown>;
  onDelete(id: number): Promise<unknown>;
  onClose(): void;
}

const splitOptions = (text: string) =>
  text
    .split(',')
    .map((option) => option.trim())
    .filter(Boolean);

function DefinitionRow({
  definition,
  onUpdate,
  onDelete,
  onError,
}: {
  definition: CustomFieldDefinition;
  onUpdate(id: number, changes: CustomFieldDefinitionChanges): Promise<unknown>;
  onDelete(id: number): Promise<unknown>;
  onError(message: Notice | null): void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(definition.name);
  const [options, setOptions] = useState(definition.options.join(', '));
  const changed =
    name.trim() !== definition.name || (definition.type === 'choice' && options !== definition.options.join(', '));
  const save = () => {
    const changes: CustomFieldDefinitionChanges = {};
    if (name.trim() !== definition.name) changes.name = name.trim();
    if (definition.type === 'choice') changes.options = splitOptions(options);
    onUpdate(definition.id, changes).then(
      () => onError(null),
      (failure: unknown) => onError(errorNotice(failure)),
    );
  };
  return (
    <li className="fields-manager__row" data-testid="field-definition">
      <input
        className="input"
        aria-label={t.t(m.renameLabel, { name: definition.name })}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <span className="fields-manager__type">{typologyLabel(t, 'fieldType', definition.type)}</span>
      {definition.type === 'choice' && (
        <input
          id={`${id}-options`}
          className="input fields-manager__options"
          aria-label={t.t(m.optionsLabel, { name: definition.name })}
          value={options}
          onChange={(event) => setOptions(event.target.value)}
        />
      )}
      <span className="fields-manager__buttons">
        <button type="button" className="button button--small" disabled={!changed} onClick={save}>
          {t.t(m.save)}
        </button>
        <button
          type="button"
          className="button button--danger-quiet button--small"
          title={t.t(m.removeHint)}
          onClick={() =>
            onDelete(definition.id).then(
              () => onError(null),
              (failure: unknown) => onError(errorNotice(failure)),
            )
          }
        >
          {t.t(m.remove)}
        </button>
      </span>
    </li>
  );
}

/** Defines a category's fields: add (name, type, choice options), rename, change options, remove. */
export function CustomFieldsManager({
  category,
  definitions,
  onCreate,
  onUpdate,
  onDelete,
  onClose,
}: CustomFieldsManagerProps) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<Notice | null>(null);
  const [draft, setDraft] = useState({ name: '', type: 'text' as CustomFieldTypeId, options: '' });
  const mine = definitions.filter((definition) => definition.category === category);

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await onCreate({
        category,
        name: draft.name,
        type: draft.type,
        options: draft.type === 'choice' ? splitOptions(draft.options) : [],
      });
      setDraft({ name: '', type: draft.type, options: '' });
      setError(null);
    } catch (failure) {
      setError(errorNotice(failure));
    }
  }

  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      className="dialog fields-manager"
      testId="fields-manager"
      onCancel={onClose}
    >
      <div className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {t.t(m.managerTitle, { category: typologyLabel(t, 'category', category) })}
        </h2>
        <p className="dialog__subtitle">{t.t(m.managerHint)}</p>
      </div>
      <div className="dialog__body">
        {mine.length === 0 ? (
          <p className="panel-section__empty">{t.t(m.none)}</p>
        ) : (
          <ul className="fields-manager__list">
            {mine.map((definition) => (
              <DefinitionRow
                key={`${definition.id}-${definition.name}-${definition.options.join(',')}`}
                definition={definition}
                onUpdate={onUpdate}
                onDelete={onDelete}
                onError={setError}
              />
            ))}
          </ul>
        )}
        <form className="fields-manager__add" data-testid="add-field-form" onSubmit={(event) => void add(event)}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t.t(m.newName)}
            </label>
            <input
              id={`${id}-name`}
              className="input"
              value={draft.name}
              data-testid="new-field-name"
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-type`}>
              {t.t(m.newType)}
            </label>
            <select
              id={`${id}-type`}
              className="input"
              value={draft.type}
              data-testid="new-field-type"
              onChange={(event) => setDraft({ ...draft, type: event.target.value as CustomFieldTypeId })}
            >
              {CUSTOM_FIELD_TYPES.map((type) => (
                <option key={type.id} value={type.id}>
                  {typologyLabel(t, 'fieldType', type.id)}
                </option>
              ))}
            </select>
          </div>
          {draft.type === 'choice' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-options`}>
                {t.t(m.newOptions)}
              </label>
              <input
                id={`${id}-options`}
                className="input"
                value={draft.options}
                data-testid="new-field-options"
                onChange={(event) => setDraft({ ...draft, options: event.target.value })}
              />
            </div>
          )}
          <button type="submit" className="button button--primary" data-testid="add-field-button">
            {t.t(m.add)}
          </button>
        </form>
        <ErrorMessage message={error} onDismiss={() => setError(null)} />
      </div>
      <div className="dialog__footer">
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t.t(commonMessages.close)}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
