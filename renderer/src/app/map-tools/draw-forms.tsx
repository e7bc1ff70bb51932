import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { LINK_TYPES, QUARTER_KINDS, ROUTE_MODES } from '../../../../shared/model/typology.js';
import type { LinkTypeId, QuarterKindId, RouteModeId } from '../../../../shared/model/typology.js';
import { toApiError } from '../../api/create-api.js';
import { strings } from '../../i18n/strings.js';
import { ErrorMessage } from '../error-message.js';

// The few questions asked after something was drawn on the map: each form saves with one API
// call, shows the backend's message when it refuses, and cancels back to the tool.

function DraftForm({
  testId,
  title,
  subtitle,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  testId: string;
  title: string;
  subtitle?: string;
  submitLabel: string;
  onSubmit(): Promise<void>;
  onCancel(): void;
  children: ReactNode;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (caught) {
      setError(toApiError(caught).message);
      setBusy(false);
    }
  }
  return (
    <section className="panel draft-form" data-testid={testId} aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <div className="panel__heading">
          <h2 className="panel__title" id={`${id}-title`}>
            {title}
          </h2>
          {subtitle && <p className="panel__subtitle">{subtitle}</p>}
        </div>
      </header>
      <form className="place-form" onSubmit={submit} noValidate>
        {children}
        <ErrorMessage message={error} />
        <div className="place-form__actions">
          <button type="submit" className="button button--primary" data-testid={`${testId}-save`} disabled={busy}>
            {busy ? strings.saving : submitLabel}
          </button>
          <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={onCancel}>
            {strings.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function NewAreaForm({
  onCreate,
  onCancel,
}: {
  onCreate(input: { name: string; kind: QuarterKindId }): Promise<void>;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<QuarterKindId>('cultural-quarter');
  return (
    <DraftForm
      testId="new-area-form"
      title={strings.newAreaTitle}
      submitLabel={strings.createArea}
      onSubmit={() => onCreate({ name, kind })}
      onCancel={onCancel}
    >
      <Field label={strings.newAreaName}>
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
      <Field label={strings.newAreaKind}>
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
                {entry.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </DraftForm>
  );
}

export function NewRouteForm({
  stops,
  onCreate,
  onCancel,
}: {
  stops: readonly string[];
  onCreate(input: { name: string; mode: RouteModeId }): Promise<void>;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [mode, setMode] = useState<RouteModeId>('walk');
  return (
    <DraftForm
      testId="new-route-form"
      title={strings.newRouteTitle}
      subtitle={`${strings.newRouteStops(stops.length)}: ${stops.join(' → ')}`}
      submitLabel={strings.createRoute}
      onSubmit={() => onCreate({ name, mode })}
      onCancel={onCancel}
    >
      <Field label={strings.routeName}>
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
      <Field label={strings.routeMode}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={mode}
            onChange={(event) => setMode(event.target.value as RouteModeId)}
          >
            {ROUTE_MODES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </DraftForm>
  );
}

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
  const [type, setType] = useState<LinkTypeId>('project-partner');
  const [note, setNote] = useState('');
  return (
    <DraftForm
      testId="new-link-form"
      title={strings.newLinkTitle}
      subtitle={strings.newLinkBetween(fromName, toName)}
      submitLabel={strings.createLink}
      onSubmit={() => onCreate({ type, note })}
      onCancel={onCancel}
    >
      <Field label={strings.linkTypeLabel}>
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
                {entry.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={strings.linkNote}>
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
