import { useState } from 'react';
import { placeMessages } from '../../../../shared/i18n/messages/ui/places.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { ROUTE_MODES, type RouteModeId } from '../../../../shared/model/typology.js';
import { DraftForm, Field } from '../../app/draft-form.js';
import { useT } from '../../i18n/i18n-context.js';

/** Name and travel mode of a route just drawn through places (`stops`: their names in order). */
export function NewRouteForm({
  stops,
  onCreate,
  onCancel,
}: {
  stops: readonly string[];
  onCreate(input: { name: string; mode: RouteModeId }): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<RouteModeId>('walk');
  return (
    <DraftForm
      testId="new-route-form"
      title={t.t(m.newRouteTitle)}
      subtitle={t.t(m.stops, { count: stops.length, names: stops.join(' → ') })}
      submitLabel={t.t(m.save)}
      onSubmit={() => onCreate({ name, mode })}
      onCancel={onCancel}
    >
      <Field label={t.t(placeMessages.fieldName)}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={name}
            autoFocus
            data-testid="new-route-name-input"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field label={t.t(m.mode)}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={mode}
            onChange={(event) => setMode(event.target.value as RouteModeId)}
          >
            {ROUTE_MODES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {typologyLabel(t, 'routeMode', entry.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </DraftForm>
  );
}
