import { describe, expect, it } from 'vitest';
import { CHANNELS, type NearbyHit } from '../../../shared/api/contract.js';
import { PlaceInputSchema } from '../../../shared/model/schemas.js';
import path from 'node:path';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The first nearby query of an open project is answered from the file's RTree while the
// in-memory index is built after it (#12: the first query must not wait for the index of a
// large project). Both must give the same answer, to the metre, in the same order.

describe('the first nearby query', () => {
  it('answers from the file before the index exists, and the index later answers the same', async () => {
    // Setup straight into the file in one transaction (the query under test goes through the API).
    const file = path.join(tempDir('itinera-nearby-first-'), 'quarter.gpkg');
    const store = createProjectStore(file, 'Nearby');
    const kinds = ['creative-firm', 'guide', 'accommodation', 'museum', 'studio-building'] as const;
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ids: number[] = [];
    store.transaction(() => {
      for (let index = 0; index < 2000; index++) {
        const category = kinds[index % kinds.length]!;
        const place = PlaceInputSchema.parse({
          name: `Place ${index}`,
          category,
          ...(category === 'creative-firm' ? { sector: 'design' } : {}),
          longitude: 15.6 + (random() - 0.5) * 0.02,
          latitude: 48.41 + (random() - 0.5) * 0.02,
        });
        ids.push(store.places.insertFast(place));
      }
    });
    store.close();
    const fresh = createProjectHost();
    fresh.open(file);
    const ask = async (placeId: number) => {
      const envelope = await fresh.dispatch(CHANNELS.nearbyPlaces, {
        placeId,
        withinMetres: 400,
        families: ['creative-firm', 'tourism-operator', 'cultural-venue'],
        limit: 50,
      });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as NearbyHit[];
    };
    const probes = [ids[3]!, ids[500]!, ids[1999]!];
    // Asked back to back in one turn of the event loop: the index is not built yet.
    const fromFile = await Promise.all(probes.map(ask));
    // Let the scheduled build run, then ask again: the index answers.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fromIndex = await Promise.all(probes.map(ask));
    expect(fromFile.every((hits) => hits.length > 10)).toBe(true);
    expect(fromIndex).toEqual(fromFile);
    fresh.close();
  });
});
