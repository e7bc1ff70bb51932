import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/serve/http-server.js';
import { CHANNELS, type MapPlaces } from '../../shared/api/contract.js';
import { compilePlaceFilter, type PlaceFilter } from '../../shared/filter/place-filter.js';
import type { Place, PlaceInput } from '../../shared/model/schemas.js';
import { createStablePlaces, mapPlacesToGeoJson, placesToGeoJson } from '../../renderer/src/map/project-geojson.js';
import { newProject } from '../helpers/project.js';
import { tempDir } from '../helpers/temp-dir.js';

// `places:map:query`: the map's lean first paint. It must draw exactly what the full list draws
// (same places, positions, names, kinds and sectors, in the same order), honour the facets it
// takes like the workspace filter does, refuse what it does not take, and be much smaller.

const NO_AREAS = { placesInQuarter: () => undefined };

describe('places:map:query', () => {
  const { host } = newProject();
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const envelope = await host.dispatch(channel, payload);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  let server: RunningServer;
  const inputs: PlaceInput[] = [
    { name: 'Gozzoburg', category: 'heritage-site', longitude: 15.6088, latitude: 48.4102 },
    { name: 'Kunsthalle «Krems»', category: 'gallery', longitude: 15.5861234, latitude: 48.4043211 },
    { name: 'Studio Ä', category: 'creative-firm', sector: 'design', longitude: 15.61, latitude: 48.41 },
    { name: 'Verlag', category: 'creative-firm', sector: 'publishing', longitude: -0.0000001, latitude: -33.9 },
    { name: 'Freelancer', category: 'creative-firm', longitude: 179.9999999, latitude: 89.5 },
    { name: 'Donau-Uni', category: 'university', longitude: 15.59, latitude: 48.39 },
  ];

  beforeAll(async () => {
    for (const input of inputs)
      await call(CHANNELS.createPlace, {
        ...input,
        // Fields the map does not draw: the full list carries them, the lean answer must not.
        description: 'A long description the map never draws. '.repeat(20),
        tags: ['tag-one', 'tag-two'],
      });
    // An edit and a delete after creation: the answer follows the file, not a snapshot.
    const listed = await call<Place[]>(CHANNELS.listPlaces, {});
    await call(CHANNELS.updatePlace, { id: listed[1]!.id, changes: { name: 'Kunsthalle Krems', longitude: 15.587 } });
    await call(CHANNELS.deletePlace, { id: listed[5]!.id });
    const staticDir = path.join(tempDir(), 'app');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Itinera</title>');
    server = await startServer({ dispatch: host.dispatch, staticDir });
  });
  afterAll(() => {
    server.close();
    host.close();
  });

  it('draws exactly what the full list draws, in the same order', async () => {
    const places = await call<Place[]>(CHANNELS.listPlaces, {});
    const lean = await call<MapPlaces>(CHANNELS.mapPlaces, {});
    expect(places).toHaveLength(5);
    expect(lean.ids).toEqual(places.map((place) => place.id));
    expect(lean.longitudes).toEqual(places.map((place) => place.longitude));
    expect(lean.latitudes).toEqual(places.map((place) => place.latitude));
    expect(lean.names).toEqual(places.map((place) => place.name));
    expect(lean.names).toContain('Kunsthalle Krems');
    expect(lean.categoryCodes.map((code) => lean.categories[code])).toEqual(places.map((place) => place.category));
    expect(lean.sectorCodes.map((code) => lean.sectors[code])).toEqual(places.map((place) => place.sector));
    // Each kind once in the table, not once per place.
    expect(new Set(lean.categories).size).toBe(lean.categories.length);
    expect(lean.categories).toHaveLength(3);

    // The renderer's features from it equal those from the full list, so the map keeps its data
    // when the full list arrives (no second setData, no second clustering).
    const fromLean = mapPlacesToGeoJson(lean);
    const fromList = placesToGeoJson(places);
    expect(fromLean).toEqual(fromList);
    const stable = createStablePlaces();
    const drawn = stable(lean);
    expect(drawn).toEqual(fromLean);
    expect(stable(places)).toBe(drawn);
    // A moved place is new data.
    const moved = stable(places.map((place, index) => (index === 0 ? { ...place, latitude: 48.5 } : place)));
    expect(moved).not.toBe(drawn);
    expect(moved.features[0]?.geometry.coordinates[1]).toBe(48.5);
  });

  it('lets through the places the workspace filter would, for the facets it takes', async () => {
    const places = await call<Place[]>(CHANNELS.listPlaces, {});
    const filters: PlaceFilter[] = [
      { families: ['creative-firm'] },
      { families: ['heritage', 'cultural-venue'] },
      { families: [] },
      { categories: ['gallery', 'university'] },
      { sectors: ['design', 'music'] },
      { families: ['creative-firm'], sectors: ['publishing'] },
      { families: ['heritage'], categories: ['creative-firm'] },
    ];
    for (const filter of filters) {
      const lean = await call<MapPlaces>(CHANNELS.mapPlaces, filter);
      const expected = places.filter(compilePlaceFilter(filter, NO_AREAS)).map((place) => place.id);
      expect({ filter, ids: lean.ids }).toEqual({ filter, ids: expected });
      expect(lean.longitudes).toHaveLength(expected.length);
      expect(lean.names).toHaveLength(expected.length);
    }
    // Sanity: the filters above do tell places apart.
    const creative = await call<MapPlaces>(CHANNELS.mapPlaces, { families: ['creative-firm'] });
    expect(creative.names).toEqual(['Studio Ä', 'Verlag', 'Freelancer']);
  });

  it('refuses facets it cannot decide and unknown values, naming the field', async () => {
    expect(await host.dispatch(CHANNELS.mapPlaces, { families: ['castles'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'families.0' },
    });
    expect(await host.dispatch(CHANNELS.mapPlaces, { tags: ['tag-one'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await host.dispatch(CHANNELS.mapPlaces, { sectors: 'design' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'sectors' },
    });
  });

  it('answers over HTTP as over dispatch, in a fraction of the full list’s bytes', async () => {
    const post = async (channel: string, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-itinera-token': server.token },
        body: JSON.stringify(body),
      });
      return response.text();
    };
    const leanText = await post(CHANNELS.mapPlaces, {});
    const listText = await post(CHANNELS.listPlaces, {});
    expect(JSON.parse(leanText)).toEqual({ ok: true, value: await call(CHANNELS.mapPlaces, {}) });
    expect(leanText.length).toBeLessThan(listText.length / 5);
  });
});
