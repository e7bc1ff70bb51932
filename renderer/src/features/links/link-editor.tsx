import { useId, useState, type FormEvent } from 'react';
import type { Link, LinkChanges } from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { linkMessages as m } from '../../../../shared/i18n/messages/ui/links.js';
import type { Translator } from '../../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { LINK_STRENGTHS, LINK_TYPES, type LinkTypeId } from '../../../../shared/model/typology.js';
import { DateField } from '../../app/date-field.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

/** "Strong" for 4; null when not assessed. */
export const strengthLabel = (t: Translator, strength: number | null) =>
  strength === null ? null : typologyLabel(t, 'linkStrength', strength);

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
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState({
    type: link.type as LinkTypeId,
    startDate: link.startDate ?? '',
    strength: link.strength === null ? '' : String(link.strength),
    note: link.note,
  });
  const [error, setError] = useState<Notice | null>(null);
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
      setError(errorNotice(failure));
      setSaving(false);
    }
  }
  return (
    <form className="inline-form" data-testid="link-editor" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t.t(m.typeLabel)}
        </label>
        <select
          id={`${id}-type`}
          className="input"
          value={draft.type}
          onChange={(event) => setDraft({ ...draft, type: event.target.value as LinkTypeId })}
        >
          {LINK_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {typologyLabel(t, 'linkType', type.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {t.t(m.startDate)}
          </label>
          <DateField
            id={`${id}-start`}
            data-testid="link-start-date-input"
            value={draft.startDate}
            onChange={(startDate) => setDraft({ ...draft, startDate })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-strength`}>
            {t.t(m.strength)}
          </label>
          <select
            id={`${id}-strength`}
            className="input"
            data-testid="link-strength-select"
            value={draft.strength}
            onChange={(event) => setDraft({ ...draft, strength: event.target.value })}
          >
            <option value="">{t.t(m.strengthNone)}</option>
            {LINK_STRENGTHS.map((strength) => (
              <option key={strength.id} value={strength.id}>
                {t.t(m.strengthOption, { value: strength.id, label: typologyLabel(t, 'linkStrength', strength.id) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          {t.t(m.note)}
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
          {t.t(m.save)}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t.t(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}
