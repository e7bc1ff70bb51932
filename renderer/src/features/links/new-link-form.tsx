import { useState } from 'react';
import { linkMessages as m } from '../../../../shared/i18n/messages/ui/links.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { LINK_TYPES, type LinkTypeId } from '../../../../shared/model/typology.js';
import { DraftForm, Field } from '../../app/draft-form.js';
import { useT } from '../../i18n/i18n-context.js';

/** Type and note of a link between the two places the Link tool picked. */
export function NewLinkForm({
  fromName,
  toName,
  onCreate,
  onCancel,
}: {
  fromName: string;
  toName: string;
  onCreate(input: { type: LinkTypeId; note: string }): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [type, setType] = useState<LinkTypeId>('project-partner');
  const [note, setNote] = useState('');
  return (
    <DraftForm
      testId="new-link-form"
      title={t.t(m.newLinkTitle)}
      subtitle={t.t(m.between, { from: fromName, to: toName })}
      submitLabel={t.t(m.save)}
      onSubmit={() => onCreate({ type, note })}
      onCancel={onCancel}
    >
      <Field label={t.t(m.type)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={type}
            autoFocus
            data-testid="new-link-type-select"
            onChange={(event) => setType(event.target.value as LinkTypeId)}
          >
            {LINK_TYPES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {typologyLabel(t, 'linkType', entry.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.t(m.note)}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={note}
            data-testid="new-link-note-input"
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
    </DraftForm>
  );
}
