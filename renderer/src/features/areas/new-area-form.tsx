import { useState } from 'react';
import { areaMessages as m } from '../../../../shared/i18n/messages/ui/areas.js';
import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { QUARTER_KINDS, type QuarterKindId } from '../../../../shared/model/typology.js';
import { DraftForm, Field } from '../../app/draft-form.js';
import { useT } from '../../i18n/i18n-context.js';

/** Name and kind of an area just drawn on the map. */
export function NewAreaForm({
  onCreate,
  onCancel,
}: {
  onCreate(input: { name: string; kind: QuarterKindId }): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<QuarterKindId>('cultural-quarter');
  return (
    <DraftForm
      testId="new-area-form"
      title={t.t(m.newAreaTitle)}
      submitLabel={t.t(m.save)}
      onSubmit={() => onCreate({ name, kind })}
      onCancel={onCancel}
    >
      <Field label={t.t(placeMessages.fieldName)}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={name}
            autoFocus
            data-testid="new-area-name-input"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field label={t.t(m.kind)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={kind}
            data-testid="new-area-kind-select"
            onChange={(event) => setKind(event.target.value as QuarterKindId)}
          >
            {QUARTER_KINDS.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {typologyLabel(t, 'areaKind', entry.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </DraftForm>
  );
}
