import { useId, useState, type FormEvent } from 'react';
import type { Link, LinkChanges } from '../../../../shared/model/schemas.js';
import { LINK_STRENGTHS, LINK_TYPES, type LinkTypeId } from '../../../../shared/model/typology.js';
import { ErrorMessage } from '../../app/error-message.js';
import { strings } from '../../i18n/strings.js';
import { errorText } from '../../util/error-text.js';

/** "Strong" for 4; null when not assessed. */
export const strengthLabel = (strength: number | null) =>
  strength === null ? null : (LINK_STRENGTHS.find((entry) => entry.id === strength)?.label ?? String(strength));

/** Edits a link's type, start date, strength and note. */
export function LinkEditor({
  link,
  onSave,
  onCancel,
}: {
  link: Link;
  onSave(changes: LinkChanges): Promise<void>;
  onCancel(): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState({
    type: link.type as LinkTypeId,
    startDate: link.startDate ?? '',
    strength: link.strength === null ? '' : String(link.strength),
    note: link.note,
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({
        type: draft.type,
        startDate: draft.startDate || null,
        strength: draft.strength ? Number(draft.strength) : null,
        note: draft.note,
      });
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  }
  return (
    <form className="inline-form" data-testid="link-editor" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {strings.linkType}
        </label>
        <select
          id={`${id}-type`}
          className="input"
          value={draft.type}
          onChange={(event) => setDraft({ ...draft, type: event.target.value as LinkTypeId })}
        >
          {LINK_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {strings.linkStartDate}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="date"
            data-testid="link-start-date-input"
            value={draft.startDate}
            onChange={(event) => setDraft({ ...draft, startDate: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-strength`}>
            {strings.linkStrength}
          </label>
          <select
            id={`${id}-strength`}
            className="input"
            data-testid="link-strength-select"
            value={draft.strength}
            onChange={(event) => setDraft({ ...draft, strength: event.target.value })}
          >
            <option value="">{strings.linkStrengthNone}</option>
            {LINK_STRENGTHS.map((strength) => (
              <option key={strength.id} value={strength.id}>
                {strength.id} · {strength.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          {strings.linkNote}
        </label>
        <input
          id={`${id}-note`}
          className="input"
          value={draft.note}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        />
      </div>
      <ErrorMessage message={error} />
      <div className="inline-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={saving}
          data-testid="save-link-button"
        >
          {strings.linkSave}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {strings.cancelLabel}
        </button>
      </div>
    </form>
  );
}
