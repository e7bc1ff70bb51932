import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerGeoPackageFunctions } from '../../../electron/store/sqlite-functions.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import type { ChangeReport, SnapshotSummary } from '../../../shared/api/snapshots.js';
import { encodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { newProject } from '../../helpers/project.js';

// The change report of an area against the project at an earlier date, rebuilt from the edit
// history: it must equal the change report between a snapshot saved at that time and one saved
// now. Edits are moved back in time in the file; a place written without an edit (as an import
// writes) after that day is left out by its created_at.

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [15.6, 48.41],
      [15.61, 48.41],
      [15.61, 48.42],
      [15.6, 48.42],
      [15.6, 48.41],
    ],
  ],
};
const THEN = '2026-01-10T12:00:00.000Z';

describe('the project at an earlier date', () => {
  it('gives the change report a snapshot taken then would give', async () => {
    const { host, file } = newProject();
    try {
      const call = async <T>(channel: string, payload: unknown): Promise<T> => {
        const answer = await host.dispatch(channel, payload);
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.value as T;
      };
      const area = await call<{ id: number }>(CHANNELS.createQuarter, { name: 'Altstadt', geometry: square });
      const place = (name: string, longitude: number, sector = 'design') =>
        call<{ id: number }>(CHANNELS.createPlace, {
          name,
          category: 'creative-firm',
          sector,
          longitude,
          latitude: 48.415,
        });
      const first = await place('Atelier', 15.603);
      const second = await place('Studio', 15.604, 'music');
      await call(CHANNELS.createEvent, {
        title: 'Open studios',
        kind: 'open-studio',
        startDate: '2026-01-05',
        participantPlaceIds: [first.id, second.id],
      });
      await call(CHANNELS.createLink, { fromPlaceId: first.id, toPlaceId: second.id, type: 'project-partner' });
      const then = await call<SnapshotSummary>(CHANNELS.saveSnapshot, { scope: { kind: 'area', areaId: area.id } });
      // Everything so far happened on 10 January.
      const db = new Database(file);
      registerGeoPackageFunctions(db);
      for (const table of ['itinera_operations', 'places', 'links', 'quarters', 'events'])
        db.prepare(`UPDATE ${table} SET created_at = ?`).run(THEN);
      db.close();

      const third = await place('Neue Werkstatt', 15.605, 'crafts');
      await call(CHANNELS.updatePlace, { id: second.id, changes: { name: 'Studio Nord', sector: 'film-video' } });
      await call(CHANNELS.createLink, { fromPlaceId: second.id, toPlaceId: third.id, type: 'knowledge-exchange' });
      await call(CHANNELS.deletePlace, { id: first.id });
      // Written as an import writes: no edit, no history.
      const raw = new Database(file);
      registerGeoPackageFunctions(raw);
      raw
        .prepare('INSERT INTO places (geom, name, category, sector) VALUES (?, ?, ?, ?)')
        .run(
          Buffer.from(encodeGeometry({ type: 'Point', coordinates: [15.606, 48.415] })),
          'Imported',
          'creative-firm',
          'design',
        );
      raw.close();
      const now = await call<SnapshotSummary>(CHANNELS.saveSnapshot, { scope: { kind: 'area', areaId: area.id } });

      const saved = await call<ChangeReport>(CHANNELS.compareSnapshots, { fromId: then.id, toId: now.id });
      const rebuilt = await call<ChangeReport>(CHANNELS.compareDates, { areaId: area.id, fromDate: '2026-01-10' });
      const { from: _savedFrom, to: _savedTo, ...savedDiff } = saved;
      const { from, to, ...rebuiltDiff } = rebuilt;
      expect(rebuiltDiff).toEqual(savedDiff);
      expect(rebuilt.newFirms.map((actor) => actor.name)).toEqual(['Imported', 'Neue Werkstatt']);
      expect(rebuilt.closedFirms.map((actor) => actor.name)).toEqual(['Atelier']);
      expect(rebuilt.linksLost).toMatchObject([{ fromName: 'Atelier', toName: 'Studio' }]);
      expect(from).toMatchObject({ id: null, takenOn: '2026-01-10', actors: 2, links: 1, scopeName: 'Altstadt' });
      expect(to).toMatchObject({ id: null, actors: 3 });

      // Two days before anything: the area was not drawn yet.
      const early = await host.dispatch(CHANNELS.compareDates, { areaId: area.id, fromDate: '2026-01-09' });
      expect(early.ok).toBe(false);
      expect(early).toMatchObject({
        error: { message: 'The area did not exist yet at the end of 2026-01-09.', field: 'fromDate' },
      });
      // The same day on both sides: nothing changed.
      const same = await call<ChangeReport>(CHANNELS.compareDates, {
        areaId: area.id,
        fromDate: '2026-01-10',
        toDate: '2026-01-10',
      });
      expect([same.newFirms, same.closedFirms, same.linksGained, same.linksLost]).toEqual([[], [], [], []]);
    } finally {
      host.close();
    }
  });
});
