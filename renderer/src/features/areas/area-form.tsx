import { useId, useState, type FormEvent } from 'react';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import type { Quarter, QuarterChanges } from '../../../../shared/model/schemas.js';
import { QUARTER_KINDS, type QuarterKindId } from '../../../../shared/model/typology.js';
import { toApiError } from '../../api/create-api.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { useOptionalContentLanguages } from '../languages/content-languages-context.js';
import { TranslationsEditor } from '../languages/translations-editor.js';
import { areaChangesFrom, areaFieldOfError, draftFromArea, rebaseAreaDraft, type AreaDraft } from './area-draft.js';

export interface AreaFormProps {
  area: Quarter;
  /** Saves the changes (one edit, one undo step); resolves to the stored area. */
  onSave(changes: QuarterChanges): Promise<Quarter>;
}

interface FormError {
  message: Notice;
  /** The field at fault, where the message shows; null: under the form. */
  field: keyof AreaDraft | null;
  /** The language at fault (`translations.fr.name` → `fr`). */
  language?: string;
}

/**
 * The area's name, kind and description, and their translations beside them. Mount it with
 * `key={area.id}`: its state belongs to that area. When the stored area changes under the form
 * (an undo, a redo, another window), the fields not touched here follow it.
 */
export function AreaForm({ area, onSave }: AreaFormProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<AreaDraft>(() => draftFromArea(area));
  const [base, setBase] = useState(area);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  // Adjusting state while rendering, as React advises for state that follows a prop.
  if (area !== base) {
    const rebased = rebaseAreaDraft(draft, base, area);
    if (rebased !== draft) {
      setDraft(rebased);
      setSaved(false);
    }
    setBase(area);
  }
  const furtherLanguages = useOptionalContentLanguages()?.languages?.further ?? [];
  const changes = areaChangesFrom(area, draft);
  const changed = Object.keys(changes).length > 0;

  const edit = (patch: Partial<AreaDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  const invalid = (field: keyof AreaDraft) => error?.field === field || undefined;
  const describedBy = (field: keyof AreaDraft) => (error?.field === field ? errorId : undefined);
  /** The error, under the field it is about. */
  const errorAt = (field: keyof AreaDraft | null) =>
    error && error.field === field ? <ErrorMessage message={error.message} id={errorId} /> : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    setBusy(true);
    setError(null);
    try {
      const stored = await onSave(changes);
      setDraft(draftFromArea(stored));
      setSaved(true);
    } catch (caught) {
      const apiError = toApiError(caught);
      const language = /^(?:changes\.)?translations\.([^.]+)/.exec(apiError.field ?? '')?.[1];
      setError({
        message: errorNotice(apiError),
        field: areaFieldOfError(apiError.field),
        ...(language ? { language } : {}),
      });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setDraft(draftFromArea(area));
    setError(null);
  }

  return (
    <form className="place-form area-form" onSubmit={save} noValidate data-testid="area-form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t.t(placeMessages.fieldName)}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          value={draft.name}
          data-testid="area-name-input"
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          onChange={(event) => edit({ name: event.target.value })}
        />
        {errorAt('name')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t.t(m.kind)}
        </label>
        <select
          id={`${id}-kind`}
          className="input"
          value={draft.kind}
          data-testid="area-kind-select"
          aria-invalid={invalid('kind')}
          aria-describedby={describedBy('kind')}
          onChange={(event) => edit({ kind: event.target.value as QuarterKindId })}
        >
          {QUARTER_KINDS.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {typologyLabel(t, 'areaKind', entry.id)}
            </option>
          ))}
        </select>
        {errorAt('kind')}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          {t.t(placeMessages.fieldDescription)}
        </label>
        <textarea
          id={`${id}-description`}
          className="input input--multiline"
          rows={3}
          value={draft.description}
          data-testid="area-description-input"
          aria-invalid={invalid('description')}
          aria-describedby={describedBy('description')}
          onChange={(event) => edit({ description: event.target.value })}
        />
        {errorAt('description')}
      </div>
      <TranslationsEditor
        idPrefix={`${id}-translations`}
        languages={furtherLanguages}
        translations={draft.translations}
        primary={{ name: draft.name, description: draft.description }}
        invalidLanguage={error?.language ?? null}
        describedBy={errorId}
        onChange={(translations) => edit({ translations })}
        testId="area-translations"
      />
      {errorAt('translations')}
      {errorAt(null)}
      {(changed || saved) && (
        <div className="place-form__actions">
          {changed && (
            <>
              <button type="submit" className="button button--primary" disabled={busy} data-testid="area-form-save">
                {busy ? t.t(commonMessages.saving) : t.t(m.save)}
              </button>
              <button type="button" className="button" disabled={busy} onClick={cancel}>
                {t.t(commonMessages.cancel)}
              </button>
            </>
          )}
          {saved && !changed && (
            <span className="place-form__saved" role="status" data-testid="area-form-saved">
              {t.t(placeMessages.saved)}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
