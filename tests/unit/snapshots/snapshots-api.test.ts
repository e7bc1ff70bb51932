import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/contract.js';
import type { ChangeReport, SnapshotSummary } from '../../../shared/api/snapshots.js';
import { newProject } from '../../helpers/project.js';

// Report snapshots through the API: save two around an edit, list them, compare them, delete one
// and undo the delete; bad requests are refused with the field named and nothing written.

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

describe('snapshots API', () => {
  it('saves, lists, compares, deletes and undoes; refuses bad input unchanged', async () => {
    const { host } = newProject();
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
      const outside = await place('Far away', 15.7);
      await call(CHANNELS.createLink, { fromPlaceId: first.id, toPlaceId: outside.id, type: 'project-partner' });
      const scope = { kind: 'area', areaId: area.id };
      const before = await call<SnapshotSummary>(CHANNELS.saveSnapshot, {
        scope,
        takenOn: '2026-01-15',
        label: ' Baseline ',
      });
      expect(before).toMatchObject({
        takenOn: '2026-01-15',
        label: 'Baseline',
        scopeName: 'Altstadt',
        actors: 2,
        links: 1,
      });

      const third = await place('Neue Werkstatt', 15.605, 'crafts');
      await call(CHANNELS.createLink, { fromPlaceId: second.id, toPlaceId: third.id, type: 'knowledge-exchange' });
      await call(CHANNELS.deletePlace, { id: first.id });
      const after = await call<SnapshotSummary>(CHANNELS.saveSnapshot, { scope });
      expect(after.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(after.label).toBe('');

      const listed = await call<SnapshotSummary[]>(CHANNELS.listSnapshots, { scope });
      expect(listed.map((entry) => entry.id)).toEqual([after.id, before.id]);

      const report = await call<ChangeReport>(CHANNELS.compareSnapshots, { fromId: before.id, toId: after.id });
      expect(report.newFirms.map((actor) => actor.name)).toEqual(['Neue Werkstatt']);
      expect(report.closedFirms.map((actor) => actor.name)).toEqual(['Atelier']);
      expect(report.linksGained).toMatchObject([
        { fromName: 'Studio', toName: 'Neue Werkstatt', type: 'knowledge-exchange' },
      ]);
      expect(report.linksLost).toMatchObject([{ fromName: 'Atelier', toName: 'Far away' }]);
      expect(report.diversity.find((entry) => entry.key === 'hillQ0')).toMatchObject({ from: 2, to: 2 });
      expect(report.counts.find((entry) => entry.key === 'creativeFirms')).toMatchObject({ from: 2, to: 2, change: 0 });

      // Deleting is an edit: undo brings the snapshot back whole.
      await call(CHANNELS.deleteSnapshot, { id: before.id });
      expect((await call<SnapshotSummary[]>(CHANNELS.listSnapshots, { scope })).length).toBe(1);
      const undo = await call<{ label: unknown }>(CHANNELS.undo, {});
      expect(undo.label).toMatchObject({ id: 'snapshots.edit.delete' });
      expect(await call(CHANNELS.compareSnapshots, { fromId: before.id, toId: after.id })).toEqual(report);

      // A group covers its areas' places.
      const group = await call<{ id: number }>(CHANNELS.createGroup, { name: 'Netzwerk', level: 'regional-cluster' });
      await call(CHANNELS.addGroupMember, { groupId: group.id, memberType: 'quarter', memberId: area.id });
      const ofGroup = await call<SnapshotSummary>(CHANNELS.saveSnapshot, {
        scope: { kind: 'group', groupId: group.id },
      });
      expect(ofGroup).toMatchObject({ scopeName: 'Netzwerk', actors: after.actors, links: after.links });
      const groupScope = { kind: 'group', groupId: group.id };
      expect(await call<SnapshotSummary[]>(CHANNELS.listSnapshots, { scope: groupScope })).toEqual([ofGroup]);

      // Refused, with the field named; nothing saved.
      const refusals = [
        [CHANNELS.saveSnapshot, { scope, takenOn: '2026-02-30' }, /Date of the snapshot/],
        [CHANNELS.saveSnapshot, { scope, label: 'x'.repeat(501) }, /Label/],
        [CHANNELS.saveSnapshot, { scope: { kind: 'area', areaId: 999 } }, /no area with id 999/],
        [
          CHANNELS.compareSnapshots,
          { fromId: before.id, toId: 999 },
          /Later snapshot.*no snapshot with id 999|no snapshot with id 999/,
        ],
        [CHANNELS.deleteSnapshot, { id: 999 }, /no snapshot with id 999/],
      ] as const;
      for (const [channel, payload, message] of refusals) {
        const answer = await host.dispatch(channel, payload);
        expect(answer.ok).toBe(false);
        if (!answer.ok) expect(answer.error.message).toMatch(message);
      }
      expect((await call<SnapshotSummary[]>(CHANNELS.listSnapshots, { scope })).length).toBe(2);
    } finally {
      host.close();
    }
  });
});
