import type Database from 'better-sqlite3';
import type { ClusterEvent, TranslationChanges } from '../../shared/model/schemas.js';
import type { EditJournal } from './edit-journal.js';
import type { TranslationsRepository } from './translations-repository.js';

// Events (migration 0005) and their participating actors (event_participants, a Related Tables
// mapping table events -> places).

interface EventRow {
  id: number;
  title: string;
  kind: ClusterEvent['kind'];
  start_date: string;
  end_date: string;
  venue_place_id: number | null;
  description: string;
}

/** An event's stored fields; translations are written language by language (languages not named stay). */
export type EventRecord = Omit<ClusterEvent, 'id' | 'translations'> & { translations?: TranslationChanges | undefined };

export function createEventsRepository(
  db: Database.Database,
  journal?: EditJournal,
  translations?: TranslationsRepository,
) {
  const statements = {
    all: db.prepare<[], EventRow>('SELECT * FROM events ORDER BY start_date, id'),
    byId: db.prepare<[number], EventRow>('SELECT * FROM events WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO events (title, kind, start_date, end_date, venue_place_id, description)
       VALUES (@title, @kind, @startDate, @endDate, @venuePlaceId, @description)`,
    ),
    update: db.prepare(
      `UPDATE events SET title = @title, kind = @kind, start_date = @startDate, end_date = @endDate,
         venue_place_id = @venuePlaceId, description = @description,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM events WHERE id = ?'),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM events'),
    participants: db.prepare<[number], { id: number; related_id: number }>(
      'SELECT id, related_id FROM event_participants WHERE base_id = ? ORDER BY id',
    ),
    allParticipants: db.prepare<[], { base_id: number; related_id: number }>(
      'SELECT base_id, related_id FROM event_participants ORDER BY id',
    ),
    addParticipant: db.prepare<[number, number]>('INSERT INTO event_participants (base_id, related_id) VALUES (?, ?)'),
    removeParticipant: db.prepare<[number]>('DELETE FROM event_participants WHERE id = ?'),
  };

  const toEvent = (row: EventRow, participantPlaceIds: number[]): ClusterEvent => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    startDate: row.start_date,
    endDate: row.end_date,
    venuePlaceId: row.venue_place_id ?? null,
    participantPlaceIds,
    description: row.description,
  });

  return {
    list(): ClusterEvent[] {
      const participants = new Map<number, number[]>();
      for (const { base_id, related_id } of statements.allParticipants.iterate()) {
        const list = participants.get(base_id) ?? [];
        list.push(related_id);
        participants.set(base_id, list);
      }
      const events = statements.all.all().map((row) => toEvent(row, participants.get(row.id) ?? []));
      return translations?.attach(events) ?? events;
    },
    get(id: number): ClusterEvent | undefined {
      const row = statements.byId.get(id);
      if (!row) return undefined;
      const event = toEvent(
        row,
        statements.participants.all(id).map((participant) => participant.related_id),
      );
      const texts = translations?.of(id);
      if (texts) event.translations = texts;
      return event;
    },
    insert(event: EventRecord): ClusterEvent {
      const { participantPlaceIds, translations: texts, ...fields } = event;
      const id = Number(statements.insert.run(fields).lastInsertRowid);
      journal?.created('events', id);
      translations?.write(id, texts);
      this.setParticipants(id, participantPlaceIds);
      return this.get(id) as ClusterEvent;
    },
    update(id: number, event: EventRecord): ClusterEvent {
      const { participantPlaceIds, translations: texts, ...fields } = event;
      journal?.track('events', id);
      statements.update.run({ id, ...fields });
      translations?.write(id, texts);
      this.setParticipants(id, participantPlaceIds);
      return this.get(id) as ClusterEvent;
    },
    /** Makes the participants exactly these places; rows that stay are left alone. */
    setParticipants(eventId: number, placeIds: readonly number[]): void {
      const wanted = new Set(placeIds);
      const present = new Set<number>();
      for (const row of statements.participants.all(eventId)) {
        if (wanted.has(row.related_id) && !present.has(row.related_id)) {
          present.add(row.related_id);
          continue;
        }
        journal?.trackDelete('event_participants', row.id);
        statements.removeParticipant.run(row.id);
      }
      for (const placeId of wanted) {
        if (present.has(placeId)) continue;
        const id = Number(statements.addParticipant.run(eventId, placeId).lastInsertRowid);
        journal?.created('event_participants', id);
      }
    },
    remove(id: number): boolean {
      journal?.trackDelete('events', id);
      return statements.remove.run(id).changes > 0;
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
  };
}
export type EventsRepository = ReturnType<typeof createEventsRepository>;
