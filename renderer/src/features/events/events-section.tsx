import { useId, useState, type FormEvent } from 'react';
import type { ClusterEvent, EventChanges, EventInput, Place, Translations } from '../../../../shared/model/schemas.js';
import { commonMessages } from '../../../../shared/i18n/messages/ui/common.js';
import { eventMessages as m } from '../../../../shared/i18n/messages/ui/events.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { EVENT_KINDS, categoryIsActor, type EventKindId } from '../../../../shared/model/typology.js';
import { DateField } from '../../app/date-field.js';
import { SYMBOLS } from '../../app/symbols.js';
import { ErrorMessage } from '../../app/error-message.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { useOptionalContentLanguages } from '../languages/content-languages-context.js';
import { TranslationsEditor } from '../languages/translations-editor.js';
import { translationChanges } from '../languages/translation-draft.js';

export interface EventsSectionProps {
  place: Place;
  events: readonly ClusterEvent[];
  places: readonly Place[];
  placesById: ReadonlyMap<number, Place>;
  onCreate(input: EventInput): Promise<unknown>;
  onUpdate(id: number, changes: EventChanges): Promise<unknown>;
  onDelete(id: number): Promise<unknown>;
}

interface Draft {
  title: string;
  kind: EventKindId;
  startDate: string;
  endDate: string;
  venueHere: boolean;
  participantIds: number[];
  /** Titles (and, untouched here, descriptions) in the project's further languages. */
  translations: Translations;
}

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function EventForm({
  initial,
  place,
  actors,
  onSave,
  onCancel,
}: {
  initial: Draft;
  place: Place;
  actors: readonly Place[];
  onSave(draft: Draft): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const furtherLanguages = useOptionalContentLanguages()?.languages?.further ?? [];
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(draft);
    } catch (failure) {
      setError(errorNotice(failure));
      setSaving(false);
    }
  }
  const placeIsActor = categoryIsActor(place.category);
  return (
    <form className="inline-form" data-testid="event-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t.t(m.eventTitle)}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={draft.title}
          autoFocus
          data-testid="event-title-input"
          onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        />
      </div>
      <TranslationsEditor
        idPrefix={`${id}-translations`}
        languages={furtherLanguages}
        translations={draft.translations}
        primary={{ name: draft.title, description: '' }}
        titlesOnly
        testId="event-translations"
        onChange={(translations) => setDraft({ ...draft, translations })}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t.t(m.kind)}
        </label>
        <select
          id={`${id}-kind`}
          className="input"
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value as EventKindId })}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {typologyLabel(t, 'eventKind', kind.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {t.t(m.start)}
          </label>
          <DateField
            id={`${id}-start`}
            value={draft.startDate}
            data-testid="event-start-input"
            onChange={(startDate) => setDraft({ ...draft, startDate })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-end`}>
            {t.t(m.end)}
          </label>
          <DateField
            id={`${id}-end`}
            value={draft.endDate}
            data-testid="event-end-input"
            onChange={(endDate) => setDraft({ ...draft, endDate })}
          />
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.venueHere}
          onChange={(event) => setDraft({ ...draft, venueHere: event.target.checked })}
        />
        {t.t(m.venueHere)}
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-participants`}>
          {t.t(m.participants)}
        </label>
        <select
          id={`${id}-participants`}
          className="input"
          multiple
          size={Math.min(6, Math.max(3, actors.length))}
          value={draft.participantIds.map(String)}
          aria-describedby={`${id}-participants-hint`}
          onChange={(event) =>
            setDraft({
              ...draft,
              participantIds: [...event.target.selectedOptions].map((option) => Number(option.value)),
            })
          }
        >
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
              {actor.id === place.id && placeIsActor ? SYMBOLS.thisPlace : null}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-participants-hint`}>
          {t.t(m.participantsHint)}
        </p>
      </div>
      <ErrorMessage message={error} />
      <div className="inline-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={saving}
          data-testid="save-event-button"
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

/** Events held at this place or with this actor taking part; create and edit them here. */
export function EventsSection({ place, events, places, placesById, onCreate, onUpdate, onDelete }: EventsSectionProps) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const mine = events.filter(
    (event) => event.venuePlaceId === place.id || event.participantPlaceIds.includes(place.id),
  );
  const actors = places.filter((candidate) => categoryIsActor(candidate.category));
  const draftOf = (event: ClusterEvent): Draft => ({
    title: event.title,
    kind: event.kind,
    startDate: event.startDate,
    endDate: event.endDate,
    venueHere: event.venuePlaceId === place.id,
    participantIds: event.participantPlaceIds,
    translations: { ...event.translations },
  });
  const fresh: Draft = {
    title: '',
    kind: 'workshop',
    startDate: today(),
    endDate: today(),
    venueHere: !categoryIsActor(place.category),
    participantIds: categoryIsActor(place.category) ? [place.id] : [],
    translations: {},
  };
  const fields = (draft: Draft, current?: ClusterEvent) => ({
    title: draft.title,
    kind: draft.kind,
    startDate: draft.startDate,
    endDate: draft.endDate || draft.startDate,
    venuePlaceId: draft.venueHere
      ? place.id
      : current && current.venuePlaceId !== place.id
        ? current.venuePlaceId
        : null,
    participantPlaceIds: draft.participantIds,
    // Only the languages whose title changed (the others, and descriptions, stay as they are).
    translations: translationChanges(current?.translations, draft.translations) ?? undefined,
  });

  return (
    <section className="panel-section" data-testid="events-section" aria-labelledby={`${id}-title`}>
      <div className="panel-section__header">
        <h3 className="panel-section__title" id={`${id}-title`}>
          {t.t(m.title)}
        </h3>
        {editing === null && (
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="new-event-button"
            onClick={() => setEditing('new')}
          >
            {t.t(m.create)}
          </button>
        )}
      </div>
      {editing === 'new' && (
        <EventForm
          initial={fresh}
          place={place}
          actors={actors}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            await onCreate(fields(draft));
            setEditing(null);
          }}
        />
      )}
      {mine.length === 0 && editing !== 'new' && <p className="panel-section__empty">{t.t(m.empty)}</p>}
      <ul className="item-list">
        {mine.map((event) => {
          const venue = event.venuePlaceId !== null ? placesById.get(event.venuePlaceId) : undefined;
          return (
            <li key={event.id} className="item-list__item" data-testid="event-item">
              {editing === event.id ? (
                <EventForm
                  initial={draftOf(event)}
                  place={place}
                  actors={actors}
                  onCancel={() => setEditing(null)}
                  onSave={async (draft) => {
                    await onUpdate(event.id, fields(draft, event));
                    setEditing(null);
                  }}
                />
              ) : (
                <>
                  <div className="item-list__main">
                    <span className="item-list__title" data-content="">
                      {event.title}
                    </span>
                    <span className="item-list__detail">
                      {t.t(m.details, {
                        kind: typologyLabel(t, 'eventKind', event.kind),
                        dates:
                          event.startDate === event.endDate
                            ? t.date(event.startDate)
                            : t.t(m.dates, { start: t.date(event.startDate), end: t.date(event.endDate) }),
                        elsewhere: String(venue !== undefined && venue.id !== place.id),
                        venue: venue?.name ?? '',
                        role: event.venuePlaceId === place.id ? 'venue' : 'participant',
                      })}
                    </span>
                  </div>
                  <div className="item-list__actions">
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setEditing(event.id)}
                    >
                      {t.t(commonMessages.edit)}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      aria-label={t.t(m.delete)}
                      title={t.t(m.delete)}
                      onClick={() => onDelete(event.id).catch((failure: unknown) => setError(errorNotice(failure)))}
                    >
                      <span aria-hidden="true">{SYMBOLS.close}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
