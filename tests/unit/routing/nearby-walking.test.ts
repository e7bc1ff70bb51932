import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, type NearbyHit } from '../../../shared/api/contract.js';
import type { Place } from '../../../shared/model/schemas.js';
import { createProjectHost, type ProjectHost } from '../../../electron/services/core/project-host.js';
import { openProjectStore } from '../../../electron/store/project-store.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { at, network } from './network-fixture.js';

// Nearby on foot (issue #13 point 7): distances along the project's streets from the selected
// place, beside the distances as the crow flies. A hand-made L of two streets (grid units of
// 100 m): junction 1 at (0,0), 2 at (4,0), 3 at (4,4).

const dir = tempDir('itinera-nearby-walking-');
const hosts: ProjectHost[] = [];
afterAll(() => hosts.forEach((host) => host.close()));

function project(withStreets: boolean): ProjectHost {
  const file = path.join(dir, `p-${hosts.length}.gpkg`);
  const host = createProjectHost({ dataDir: () => dir });
  hosts.push(host);
  host.create(file, 'Walk');
  if (withStreets) {
    host.close();
    const streets = network({ 1: [0, 0], 2: [4, 0], 3: [4, 4] }, [
      { from: 1, to: 2, name: 'Untere Landstraße' },
      { from: 2, to: 3, name: 'Schmidgasse' },
    ]);
    const store = openProjectStore(file);
    store.transaction(() =>
      store.network.replace({
        nodes: streets.nodes,
        edges: streets.edges.map((edge, index) => ({
          ...edge,
          osmWayId: index + 1,
          tags: { ...edge.tags },
          coordinates: edge.coordinates.map(([longitude, latitude]): [number, number] => [longitude, latitude]),
        })),
      }),
    );
    store.close();
    host.open(file);
  }
  return host;
}

async function call<T>(host: ProjectHost, channel: string, payload: unknown): Promise<T> {
  const answer = await host.dispatch(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as T;
}

async function placeAt(host: ProjectHost, name: string, x: number, y: number, category = 'creative-firm') {
  const [longitude, latitude] = at(x, y);
  return call<Place>(host, CHANNELS.createPlace, { name, category, longitude, latitude });
}

const byName = (hits: NearbyHit[]) => Object.fromEntries(hits.map((hit) => [hit.place.name, hit]));

describe('nearby on foot, along the streets', () => {
  it('measures along the streets, never shorter than the crow flies, and leaves out who is too far on foot', async () => {
    const host = project(true);
    const info = await call<{ hasNetwork: boolean }>(host, CHANNELS.getProject, {});
    expect(info.hasNetwork).toBe(true);
    const centre = await placeAt(host, 'Kunsthalle', 0, 0.2, 'heritage-site');
    await placeAt(host, 'Atelier', 2, -0.3); // on the same street: 20 m to it, 200 m along, 30 m off
    await placeAt(host, 'Verlag', 3.8, 4); // round the corner: 20 + 400 + 400 + 20 m
    const ask = (withinMetres: number, measure?: 'straight' | 'walking') =>
      call<NearbyHit[]>(host, CHANNELS.nearbyPlaces, {
        placeId: centre.id,
        withinMetres,
        ...(measure ? { measure } : {}),
      });

    const straight = byName(await ask(1000));
    const walking = byName(await ask(1000, 'walking'));
    expect(straight.Atelier!.measure).toBe('straight');
    expect(straight.Atelier!.distanceMetres).toBeCloseTo(Math.hypot(200, 50), -1);
    expect(straight.Verlag!.distanceMetres).toBeCloseTo(Math.hypot(380, 380), -1);
    expect(walking.Atelier).toMatchObject({ measure: 'walking' });
    expect(walking.Atelier!.distanceMetres).toBeCloseTo(250, -1);
    expect(walking.Verlag).toMatchObject({ measure: 'walking' });
    expect(walking.Verlag!.distanceMetres).toBeCloseTo(840, -1);
    for (const name of ['Atelier', 'Verlag'])
      expect(walking[name]!.distanceMetres).toBeGreaterThanOrEqual(straight[name]!.distanceMetres);

    // Within 600 m: the publisher is near as the crow flies (537 m), not on foot (840 m).
    expect(Object.keys(byName(await ask(600)))).toEqual(['Atelier', 'Verlag']);
    expect(Object.keys(byName(await ask(600, 'walking')))).toEqual(['Atelier']);
  });

  it('answers as the crow flies, and says so, where no street is near the place or the project has none', async () => {
    const host = project(true);
    const afield = await placeAt(host, 'Weinberg', 0, 1, 'heritage-site'); // 100 m from the nearest street
    await placeAt(host, 'Atelier', 2, -0.3);
    const hits = await call<NearbyHit[]>(host, CHANNELS.nearbyPlaces, {
      placeId: afield.id,
      withinMetres: 1000,
      measure: 'walking',
    });
    expect(hits.map((hit) => [hit.place.name, hit.measure])).toEqual([['Atelier', 'straight']]);

    const bare = project(false);
    expect((await call<{ hasNetwork: boolean }>(bare, CHANNELS.getProject, {})).hasNetwork).toBe(false);
    const centre = await placeAt(bare, 'Kunsthalle', 0, 0.2, 'heritage-site');
    await placeAt(bare, 'Atelier', 2, -0.3);
    const plain = await call<NearbyHit[]>(bare, CHANNELS.nearbyPlaces, {
      placeId: centre.id,
      withinMetres: 1000,
      measure: 'walking',
    });
    expect(plain.map((hit) => hit.measure)).toEqual(['straight']);
  });

  it('refuses a measure it does not know', async () => {
    const host = project(false);
    const centre = await placeAt(host, 'Kunsthalle', 0, 0.2, 'heritage-site');
    const answer = await host.dispatch(CHANNELS.nearbyPlaces, { placeId: centre.id, measure: 'by car' });
    expect(answer.ok).toBe(false);
  });
});
