import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { commonMessages } from '../../../shared/i18n/messages/ui/common.js';
import { useT } from '../i18n/i18n-context.js';
import { useFocusBackToMap } from '../map/map-handle.js';
import { errorNotice, type Notice } from '../i18n/notice.js';
import { ErrorMessage } from './error-message.js';

// The few questions asked after something was drawn on the map: each form saves with one API
// call, shows the backend's message when it refuses, and cancels back to the tool.

export function DraftForm({
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
  const t = useT();
  const id = useId();
  useFocusBackToMap();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (caught) {
      setError(errorNotice(caught));
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
            {busy ? t.t(commonMessages.saving) : submitLabel}
          </button>
          <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={onCancel}>
            {t.t(commonMessages.cancel)}
          </button>
        </div>
      </form>
    </section>
  );
}

export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
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
