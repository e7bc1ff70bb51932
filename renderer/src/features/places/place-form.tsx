import { useId, useState, type FormEvent } from 'react';
import type { CustomFieldDefinition, Place, PlaceChanges } from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { SECTORS, type SectorId } from '../../../../shared/model/typology.js';
import { toApiError } from '../../api/create-api.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { SYMBOLS } from '../../app/symbols.js';
import { CategorySelect } from './category-select.js';
import { DefinedFieldsEditor } from '../fields/defined-fields-editor.js';
import { CustomFieldsEditor } from '../fields/custom-fields-editor.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useOptionalContentLanguages } from '../languages/content-languages-context.js';
import { TranslationsEditor } from '../languages/translations-editor.js';
import { CoordinatesField } from './coordinates-field.js';
import {
  changesFrom,
  coordinateProblem,
  draftFromPlace,
  duplicateCustomFieldName,
  rebaseDraft,
  fieldOfError,
  showsSector,
  type PlaceDraft,
} from './place-draft.js';

export interface PlaceFormProps {
  place: Place;
  onSave(changes: PlaceChanges): Promise<Place>;
  onDelete(): Promise<void>;
  /** Custom field definitions of every category (the form shows those of the chosen one). */
  definitions?: readonly CustomFieldDefinition[];
  onManageFields?(category: Place['category']): void;
}

/** Fields whose message stands right under them (the others' under the form). */
const OWN_MESSAGE = new Set([
  'name',
  'category',
  'sector',
  'description',
  'address',
  'website',
  'tags',
  'latitude',
  'longitude',
]);

interface FormError {
  message: Notice;
  field: string | null;
  /** The custom field at fault (`customFields.Founded` → `Founded`). */
  customField?: string;
  /** The language at fault (`translations.fr.name` → `fr`). */
  language?: string;
}

/** Edits one place. Mount it with `key={place.id}`: its state belongs to that place. */
export function PlaceForm({ place, onSave, onDelete, definitions = [], onManageFields }: PlaceFormProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<PlaceDraft>(() => draftFromPlace(place));
  // The stored place the draft was made from: when the place changes under the form (undo, redo,
  // the table), untouched fields follow it (adjusting state while rendering, as React advises).
  const [base, setBase] = useState(place);
  if (place !== base) {
    setDraft((current) => rebaseDraft(current, base, place));
    setBase(place);
  }
  const [busy, setBusy] = useState<'saving' | 'deleting' | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const furtherLanguages = useOptionalContentLanguages()?.languages?.further ?? [];

  const edit = (patch: Partial<PlaceDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  const invalid = (field: string) => error?.field === field || undefined;
  // The message stands next to the field it is about (one shown on the form); any other, under the form.
  const ownField =
    error?.field &&
    !error.customField &&
    !error.language &&
    OWN_MESSAGE.has(error.field) &&
    (error.field !== 'sector' || showsSector(draft.category))
      ? error.field
      : null;
  const errorAt = (...fields: string[]) =>
    error && ownField !== null && fields.includes(ownField) ? (
      <ErrorMessage message={error.message} id={errorId} />
    ) : null;
  const describedBy = (field: string) => (error?.field === field ? errorId : undefined);

  async function save(event: FormEvent) {
    event.preventDefault();
    const duplicate = duplicateCustomFieldName(draft.customFields);
    if (duplicate) {
      setError({ message: messageRef(m.duplicateCustomField, { name: duplicate }), field: 'customFields' });
      return;
    }
    const badAxis = coordinateProblem(draft);
    if (badAxis) {
      setError({
        message: messageRef(m.notDegrees, { axis: badAxis, example: badAxis === 'latitude' ? '48.4102' : '15.6035' }),
        field: badAxis,
      });
      return;
    }
    const changes = changesFrom(place, draft);
    setError(null);
    if (Object.keys(changes).length === 0) {
      setSaved(true);
      return;
    }
    setBusy('saving');
    try {
      const updated = await onSave(changes);
      setDraft(draftFromPlace(updated));
      setSaved(true);
    } catch (caught) {
      const apiError = toApiError(caught);
      const customField = apiError.field?.startsWith('customFields.')
        ? apiError.field.slice('customFields.'.length)
        : undefined;
      const language = /^(?:changes\.)?translations\.([^.]+)/.exec(apiError.field ?? '')?.[1];
      setError({
        message: errorNotice(apiError),
        field: fieldOfError(apiError.field),
        ...(customField ? { customField } : {}),
        ...(language ? { language } : {}),
      });
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('deleting');
    setError(null);
    try {
      await onDelete();
    } catch (caught) {
      setError({ message: errorNotice(toApiError(caught)), field: null });
      setBusy(null);
      setConfirmingDelete(false);
    }
  }

  const field = (name: string) => `${id}-${name}`;
  const defined = definitions.filter((definition) => definition.category === draft.category);
  const definedNames = new Set(defined.map((definition) => definition.name));
  const isDefined = (row: PlaceDraft['customFields'][number]) => definedNames.has(row.name.trim());

  return (
    <form className="place-form" onSubmit={save} noValidate aria-describedby={error ? errorId : undefined}>
      <div className="field">
        <label className="field__label" htmlFor={field('name')}>
          {t.t(m.fieldName)}
        </label>
        <input
          id={field('name')}
          className="input"
          value={draft.name}
          data-testid="place-name-input"
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          onChange={(event) => edit({ name: event.target.value })}
        />
      </div>
      {errorAt('name')}

      <div className="field">
        <label className="field__label" htmlFor={field('category')}>
          {t.t(m.fieldCategory)}
        </label>
        <CategorySelect
          id={field('category')}
          value={draft.category}
          testId="place-category-select"
          invalid={invalid('category')}
          describedBy={describedBy('category')}
          onChange={(category) => edit({ category })}
        />
      </div>
      {errorAt('category')}

      {showsSector(draft.category) && (
        <div className="field">
          <label className="field__label" htmlFor={field('sector')}>
            {t.t(m.fieldSector)}
          </label>
          <select
            id={field('sector')}
            className="input"
            value={draft.sector}
            data-testid="place-sector-select"
            aria-invalid={invalid('sector')}
            aria-describedby={describedBy('sector')}
            onChange={(event) => edit({ sector: event.target.value as SectorId | '' })}
          >
            <option value="">{t.t(m.noSector)}</option>
            {SECTORS.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {typologyLabel(t, 'sector', sector.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {errorAt('sector')}

      <div className="field">
        <label className="field__label" htmlFor={field('description')}>
          {t.t(m.fieldDescription)}
        </label>
        <textarea
          id={field('description')}
          className="input input--multiline"
          rows={4}
          value={draft.description}
          data-testid="place-description-input"
          aria-invalid={invalid('description')}
          aria-describedby={describedBy('description')}
          onChange={(event) => edit({ description: event.target.value })}
        />
      </div>
      {errorAt('description')}

      <TranslationsEditor
        idPrefix={field('translations')}
        languages={furtherLanguages}
        translations={draft.translations}
        primary={{ name: draft.name, description: draft.description }}
        invalidLanguage={error?.language ?? null}
        describedBy={errorId}
        onChange={(translations) => edit({ translations })}
      />

      <div className="field">
        <label className="field__label" htmlFor={field('address')}>
          {t.t(m.fieldAddress)}
        </label>
        <input
          id={field('address')}
          className="input"
          value={draft.address}
          data-testid="place-address-input"
          aria-invalid={invalid('address')}
          aria-describedby={describedBy('address')}
          onChange={(event) => edit({ address: event.target.value })}
        />
      </div>
      {errorAt('address')}

      <div className="field">
        <label className="field__label" htmlFor={field('website')}>
          {t.t(m.fieldWebsite)}
        </label>
        <input
          id={field('website')}
          className="input"
          type="url"
          inputMode="url"
          value={draft.website}
          placeholder={SYMBOLS.webAddress}
          data-testid="place-website-input"
          aria-invalid={invalid('website')}
          aria-describedby={describedBy('website')}
          onChange={(event) => edit({ website: event.target.value })}
        />
      </div>
      {errorAt('website')}

      <div className="field">
        <label className="field__label" htmlFor={field('tags')}>
          {t.t(m.fieldTags)}
        </label>
        <input
          id={field('tags')}
          className="input"
          value={draft.tags}
          data-testid="place-tags-input"
          aria-invalid={invalid('tags')}
          aria-describedby={`${field('tags')}-hint${error?.field === 'tags' ? ` ${errorId}` : ''}`}
          onChange={(event) => edit({ tags: event.target.value })}
        />
        <p className="field__hint" id={`${field('tags')}-hint`}>
          {t.t(m.fieldTagsHint)}
        </p>
      </div>
      {errorAt('tags')}

      <DefinedFieldsEditor
        idPrefix={field('defined')}
        definitions={defined}
        rows={draft.customFields}
        invalidField={error?.customField ?? null}
        describedBy={errorId}
        onChange={(customFields) => edit({ customFields })}
        onManage={() => onManageFields?.(draft.category)}
      />

      <CustomFieldsEditor
        idPrefix={field('custom')}
        rows={draft.customFields.filter((row) => !isDefined(row))}
        invalid={(invalid('customFields') && !error?.customField) || undefined}
        describedBy={describedBy('customFields')}
        onChange={(free) => edit({ customFields: [...draft.customFields.filter(isDefined), ...free] })}
      />

      <CoordinatesField
        idPrefix={field('coordinates')}
        latitude={draft.latitude}
        longitude={draft.longitude}
        invalid={error?.field === 'latitude' || error?.field === 'longitude' ? error.field : null}
        errorId={errorId}
        onChange={edit}
      />
      {errorAt('latitude', 'longitude')}

      {ownField === null && <ErrorMessage message={error?.message ?? null} id={errorId} />}

      <div className="place-form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="save-place-button"
          disabled={busy !== null}
        >
          {busy === 'saving' ? t.t(commonMessages.saving) : t.t(m.savePlace)}
        </button>
        {saved && (
          <span className="place-form__saved" role="status">
            {t.t(m.saved)}
          </span>
        )}
        <span className="place-form__spacer" />
        {!confirmingDelete && (
          <button
            type="button"
            className="button button--danger-quiet"
            data-testid="delete-place-button"
            disabled={busy !== null}
            onClick={() => setConfirmingDelete(true)}
          >
            {t.t(m.deletePlace)}
          </button>
        )}
      </div>

      {confirmingDelete && (
        <div className="confirm" role="alertdialog" aria-labelledby={field('confirm')}>
          <p id={field('confirm')}>{t.t(m.deleteQuestion, { name: place.name })}</p>
          <div className="confirm__actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="confirm-delete-button"
              disabled={busy !== null}
              onClick={() => void remove()}
              autoFocus
            >
              {busy === 'deleting' ? t.t(m.deleting) : t.t(m.confirmDelete)}
            </button>
            <button
              type="button"
              className="button"
              data-testid="cancel-delete-button"
              disabled={busy !== null}
              onClick={() => setConfirmingDelete(false)}
            >
              {t.t(commonMessages.cancel)}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
