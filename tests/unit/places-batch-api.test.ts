import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import type { Link, Place } from '../../shared/model/schemas.js';
import { newProject } from '../helpers/project.js';

// The map's multi-select deletes or moves several places in one call: one undo step brings all
// of them (and the links that went with them) back; a bad id changes nothing.

describe('places:items:delete and places:items:move', () => {
  it('deletes and moves several places as one undo step, and refuses an unknown id unchanged', async () => {
    const { host } = newProject();
    try {
      const call = async <T>(channel: string, payload: unknown): Promise<T> => {
        const envelope = await host.dispatch(channel, payload);
        if (!envelope.ok) throw new Error(envelope.error.message);
        return envelope.value as T;
      };
      const places: Place[] = [];
      for (const [index, name] of ['Atelier', 'Verlag', 'Museum'].entries()) {
        places.push(
          await call<Place>(CHANNELS.createPlace, {
            name,
            category: 'creative-firm',
            longitude: 15.6 + index / 1000,
            latitude: 48.41,
          }),
        );
      }
      const [a, b, c] = places as [Place, Place, Place];
      await call<Link>(CHANNELS.createLink, { fromPlaceId: a.id, toPlaceId: c.id, type: 'funder' });

      const moved = await call<Place[]>(CHANNELS.movePlaces, {
        moves: [
          { id: a.id, longitude: 15.7, latitude: 48.5 },
          { id: b.id, longitude: 15.71, latitude: 48.51 },
        ],
      });
      expect(moved.map((place) => [place.longitude, place.latitude])).toEqual([
        [15.7, 48.5],
        [15.71, 48.51],
      ]);
      await call(CHANNELS.undo, {});
      const afterUndo = await call<Place[]>(CHANNELS.listPlaces, {});
      expect(afterUndo.find((place) => place.id === a.id)?.longitude).toBe(15.6);
      expect(afterUndo.find((place) => place.id === b.id)?.longitude).toBe(b.longitude);

      const refused = await host.dispatch(CHANNELS.deletePlaces, { ids: [a.id, 999] });
      expect(refused).toMatchObject({ ok: false, error: { code: 'not-found', field: 'ids.1' } });
      expect(await call<Place[]>(CHANNELS.listPlaces, {})).toHaveLength(3);

      const deleted = await call<{ linksRemoved: number }[]>(CHANNELS.deletePlaces, { ids: [a.id, c.id] });
      expect(deleted.map((result) => result.linksRemoved)).toEqual([1, 0]);
      expect((await call<Place[]>(CHANNELS.listPlaces, {})).map((place) => place.id)).toEqual([b.id]);
      // One undo brings both places and their link back.
      await call(CHANNELS.undo, {});
      expect(await call<Place[]>(CHANNELS.listPlaces, {})).toHaveLength(3);
      expect(await call<Link[]>(CHANNELS.listLinks, {})).toHaveLength(1);
    } finally {
      host.close();
    }
  });
});
