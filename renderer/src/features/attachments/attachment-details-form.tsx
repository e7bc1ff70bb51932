import { useId, useState } from 'react';
import type { Attachment, AttachmentChanges } from '../../../../shared/model/attachment-schemas.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { DateField } from '../../app/date-field.js';
import { useT } from '../../i18n/i18n-context.js';

/** Licences offered as the user types (any other name or address may be typed). */
const LICENCES = ['CC BY 4.0', 'CC BY-SA 4.0', 'CC BY-NC 4.0', 'CC BY-NC-SA 4.0', 'CC BY-ND 4.0', 'CC0 1.0'];

type Details = { caption: string; credit: string; license: string; dateCreated: string };

const detailsOf = (attachment: Attachment): Details => ({
  caption: attachment.caption,
  credit: attachment.credit,
  license: attachment.license,
  dateCreated: attachment.dateCreated ?? '',
});

/** What differs from the stored details, as the API takes it (an emptied date is none). */
export function changedDetails(attachment: Attachment, draft: Details): AttachmentChanges {
  const before = detailsOf(attachment);
  const changes: AttachmentChanges = {};
  for (const key of ['caption', 'credit', 'license'] as const) {
    if (draft[key].trim() !== before[key]) changes[key] = draft[key].trim();
  }
  if (draft.dateCreated.trim() !== before.dateCreated) changes.dateCreated = draft.dateCreated.trim() || null;
  return changes;
}

export interface AttachmentDetailsFormProps {
  attachment: Attachment;
  busy: boolean;
  onSave(changes: AttachmentChanges): void;
}

/** A photo's or document's caption, and who to credit, under which licence, taken when. */
export function AttachmentDetailsForm({ attachment, busy, onSave }: AttachmentDetailsFormProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(() => detailsOf(attachment));
  const changes = changedDetails(attachment, draft);
  const set = (key: keyof Details) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: 'caption' | 'credit' | 'license', label: string, maxLength: number, list?: string) => (
    <>
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        value={draft[key]}
        maxLength={maxLength}
        list={list}
        data-testid={`attachment-${key}-input`}
        onChange={(event) => set(key)(event.target.value)}
      />
    </>
  );
  return (
    <form
      className="viewer__details"
      onSubmit={(event) => {
        event.preventDefault();
        if (Object.keys(changes).length > 0) onSave(changes);
      }}
    >
      {text('caption', t.t(m.caption), 2000)}
      {text('credit', t.t(m.credit), 500)}
      {text('license', t.t(m.license), 500, `${id}-licences`)}
      <datalist id={`${id}-licences`}>
        {LICENCES.map((licence) => (
          <option key={licence} value={licence} />
        ))}
      </datalist>
      <label className="field__label" htmlFor={`${id}-date`}>
        {t.t(m.dateCreated)}
      </label>
      <DateField
        id={`${id}-date`}
        value={draft.dateCreated}
        data-testid="attachment-date-input"
        onChange={set('dateCreated')}
      />
      <button type="submit" className="button viewer__save" disabled={busy || Object.keys(changes).length === 0}>
        {t.t(m.saveDetails)}
      </button>
    </form>
  );
}
