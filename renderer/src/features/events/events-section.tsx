import { useId, useState, type FormEvent } from 'react';
import type { ClusterEvent, EventChanges, EventInput, Place } from '../../../../shared/model/schemas.js';
import { EVENT_KINDS, categoryIsActor, type EventKindId } from '../../../../shared/model/typology.js';
import { ErrorMessage } from '../../app/error-message.js';
import { strings } from '../../i18n/strings.js';
import { errorText } from '../../util/error-text.js';

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
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(draft);
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  }
  const placeIsActor = categoryIsActor(place.category);
  return (
    <form className="inline-form" data-testid="event-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {strings.eventTitle}
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
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {strings.eventKindLabel}
        </label>
        <select
          id={`${id}-kind`}
          className="input"
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value as EventKindId })}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-start`}>
            {strings.eventStart}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="date"
            value={draft.startDate}
            data-testid="event-start-input"
            onChange={(event) => setDraft({ ...draft, startDate: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-end`}>
            {strings.eventEnd}
          </label>
          <input
            id={`${id}-end`}
            className="input"
            type="date"
            value={draft.endDate}
            data-testid="event-end-input"
            onChange={(event) => setDraft({ ...draft, endDate: event.target.value })}
          />
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.venueHere}
          onChange={(event) => setDraft({ ...draft, venueHere: event.target.checked })}
        />{' '}
        {strings.eventVenueHere}
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-participants`}>
          {strings.eventParticipants}
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
              {actor.id === place.id && placeIsActor ? ' ★' : ''}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-participants-hint`}>
          {strings.eventParticipantsHint}
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
          {strings.eventSave}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {strings.cancelLabel}
        </button>
      </div>
    </form>
  );
}

/** Events held at this place or with this actor taking part; create and edit them here. */
export function EventsSection({ place, events, places, placesById, onCreate, onUpdate, onDelete }: EventsSectionProps) {
  const id = useId();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
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
  });
  const fresh: Draft = {
    title: '',
    kind: 'workshop',
    startDate: today(),
    endDate: today(),
    venueHere: !categoryIsActor(place.category),
    participantIds: categoryIsActor(place.category) ? [place.id] : [],
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
  });

  return (
    <section className="panel-section" data-testid="events-section" aria-labelledby={`${id}-title`}>
      <div className="panel-section__header">
        <h3 className="panel-section__title" id={`${id}-title`}>
          {strings.eventsTitle}
        </h3>
        {editing === null && (
          <button
            type="button"
            className="button button--quiet button--small"
            data-testid="new-event-button"
            onClick={() => setEditing('new')}
          >
            {strings.eventCreate}
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
      {mine.length === 0 && editing !== 'new' && <p className="panel-section__empty">{strings.eventsEmpty}</p>}
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
                    <span className="item-list__title">{event.title}</span>
                    <span className="item-list__detail">
                      {strings.eventKind(event.kind)} · {strings.eventDates(event.startDate, event.endDate)}
                      {venue && venue.id !== place.id ? ` · ${strings.eventAt(venue.name)}` : ''}
                      {' · '}
                      {event.venuePlaceId === place.id ? strings.eventRoleVenue : strings.eventRoleParticipant}
                    </span>
                  </div>
                  <div className="item-list__actions">
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setEditing(event.id)}
                    >
                      {strings.eventEdit}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      aria-label={strings.eventDelete}
                      title={strings.eventDelete}
                      onClick={() => onDelete(event.id).catch((failure: unknown) => setError(errorText(failure)))}
                    >
                      ×
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
