import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { AnnotatedFeatureType, Annotation } from '../../../../shared/model/attachment-schemas.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { ErrorMessage } from '../../app/error-message.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { DateField } from '../../app/date-field.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

interface Draft {
  text: string;
  author: string;
  date: string;
  source: string;
}

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

const EMPTY_DRAFT = (): Draft => ({ text: '', author: '', date: today(), source: '' });

function AnnotationForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Draft;
  onSave(draft: Draft): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Notice | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ ...draft, text: draft.text.trim(), author: draft.author.trim(), source: draft.source.trim() });
    } catch (failure) {
      setError(errorNotice(failure));
      setSaving(false);
    }
  }

  const field = (name: keyof Draft) => `${id}-${name}`;
  return (
    <form className="annotation-form" data-testid="annotation-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={field('text')}>
          {t.t(m.annotationText)}
        </label>
        <textarea
          id={field('text')}
          className="input input--multiline"
          rows={3}
          required
          maxLength={20_000}
          value={draft.text}
          data-testid="annotation-text-input"
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
      </div>
      <div className="annotation-form__row">
        <div className="field">
          <label className="field__label" htmlFor={field('author')}>
            {t.t(m.annotationAuthor)}
          </label>
          <input
            id={field('author')}
            className="input"
            maxLength={200}
            value={draft.author}
            data-testid="annotation-author-input"
            onChange={(event) => setDraft({ ...draft, author: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={field('date')}>
            {t.t(m.annotationDate)}
          </label>
          <DateField
            id={field('date')}
            required
            value={draft.date}
            data-testid="annotation-date-input"
            onChange={(date) => setDraft({ ...draft, date })}
          />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('source')}>
          {t.t(m.annotationSource)}
        </label>
        <input
          id={field('source')}
          className="input"
          maxLength={2000}
          value={draft.source}
          data-testid="annotation-source-input"
          onChange={(event) => setDraft({ ...draft, source: event.target.value })}
        />
      </div>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      <div className="annotation-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={saving || draft.text.trim() === ''}
          data-testid="save-annotation-button"
        >
          {saving ? t.t(commonMessages.saving) : t.t(m.annotationSave)}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t.t(commonMessages.cancel)}
        </button>
      </div>
    </form>
  );
}

function AnnotationItem({
  annotation,
  onEdit,
  onDelete,
}: {
  annotation: Annotation;
  onEdit(): void;
  onDelete(): Promise<void>;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
  return (
    <li className="annotation" data-testid="annotation-item" data-annotation-id={annotation.id}>
      <p className="annotation__text" data-content="">
        {annotation.text}
      </p>
      <p className="annotation__meta">
        <span data-testid="annotation-author">{annotation.author || t.t(m.annotationUnknownAuthor)}</span>
        {SYMBOLS.separator}
        <time dateTime={annotation.date} data-testid="annotation-date">
          {t.date(annotation.date)}
        </time>
      </p>
      {annotation.source && (
        <p className="annotation__source" data-testid="annotation-source">
          {t.t(m.annotationSourceLine, { source: annotation.source })}
        </p>
      )}
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
      {confirming ? (
        <div className="confirm" role="alertdialog">
          <p>{t.t(m.annotationDeleteQuestion)}</p>
          <div className="confirm__actions">
            <button
              type="button"
              className="button button--danger button--small"
              data-testid="confirm-delete-annotation-button"
              onClick={() => void onDelete().catch((failure: unknown) => setError(errorNotice(failure)))}
            >
              {t.t(m.annotationConfirmDelete)}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t.t(commonMessages.cancel)}
            </button>
          </div>
        </div>
      ) : (
        <div className="annotation__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="edit-annotation-button"
            onClick={onEdit}
          >
            {t.t(commonMessages.edit)}
          </button>
          <button
            type="button"
            className="button button--danger-quiet button--small"
            data-testid="delete-annotation-button"
            onClick={() => setConfirming(true)}
          >
            {t.t(commonMessages.delete)}
          </button>
        </div>
      )}
    </li>
  );
}

export interface AnnotationsSectionProps {
  featureType: AnnotatedFeatureType;
  featureId: number;
}

/** A feature's annotations (by date, then as written), a live list. */
export function annotationsList(featureType: AnnotatedFeatureType, featureId: number) {
  return liveQuery(`annotations ${featureType} ${featureId}`, ['annotations'], (api) =>
    api.listAnnotations({ featureType, featureId }),
  );
}

/** Notes on the selected feature (heritage institutions' records): text, author, date, source. */
export function AnnotationsSection({ featureType, featureId }: AnnotationsSectionProps) {
  const t = useT();
  const api = useApi();
  const id = useId();
  // NOTE: a change reads the list again but keeps it (and an open form) on screen meanwhile; a
  // save resolves once the list shows it, so a form closes onto the saved note.
  const list = useLiveQuery(useMemo(() => annotationsList(featureType, featureId), [featureType, featureId]));
  const items: Annotation[] | null = list.data ?? null;
  const loadError = list.error ? errorNotice(list.error) : null;
  /** `new` while adding, an annotation id while editing it. */
  const [editing, setEditing] = useState<'new' | number | null>(null);

  useEffect(() => {
    setEditing(null);
  }, [featureType, featureId]);

  return (
    <section className="annotations" data-testid="annotations-section" aria-labelledby={`${id}-title`}>
      <div className="attachments__header">
        <h3 className="attachments__title" id={`${id}-title`}>
          {t.t(m.annotationsTitle)}
        </h3>
        {editing !== 'new' && (
          <button
            type="button"
            className="button button--small"
            data-testid="add-annotation-button"
            onClick={() => setEditing('new')}
          >
            {t.t(m.annotationAdd)}
          </button>
        )}
      </div>
      {loadError && <ErrorMessage message={loadError} />}
      {editing === 'new' && (
        <AnnotationForm
          initial={EMPTY_DRAFT()}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            await api.createAnnotation({ featureType, featureId, ...draft });
            setEditing(null);
          }}
        />
      )}
      {items === null ? (
        !loadError && <p className="attachments__empty">{t.t(m.annotationsLoading)}</p>
      ) : items.length === 0 ? (
        editing !== 'new' && <p className="attachments__empty">{t.t(m.annotationsEmpty)}</p>
      ) : (
        <ul className="annotations__list">
          {items.map((annotation) =>
            editing === annotation.id ? (
              <li key={annotation.id} className="annotation">
                <AnnotationForm
                  initial={{
                    text: annotation.text,
                    author: annotation.author,
                    date: annotation.date,
                    source: annotation.source,
                  }}
                  onCancel={() => setEditing(null)}
                  onSave={async (draft) => {
                    await api.updateAnnotation({ id: annotation.id, changes: draft });
                    setEditing(null);
                  }}
                />
              </li>
            ) : (
              <AnnotationItem
                key={annotation.id}
                annotation={annotation}
                onEdit={() => setEditing(annotation.id)}
                onDelete={async () => {
                  await api.deleteAnnotation({ id: annotation.id });
                }}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
