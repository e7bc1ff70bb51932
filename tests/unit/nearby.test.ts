import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { NearbyHit } from '../../shared/api/contract.js';
import { CHANNELS } from '../../shared/api/contract.js';
import { PlaceInputSchema, type Place } from '../../shared/model/schemas.js';
import { newProject } from '../helpers/project.js';

// Positions placed at known geodesic distances and bearings from a centre, with GeographicLib's
// Direct problem, so the expected order and distances are independent of the code under test.
const { Geodesic } = geodesicModule;
const centre = { longitude: 15.60209, latitude: 48.411877 };
function at(metres: number, bearing: number) {
  const result = Geodesic.WGS84.Direct(centre.latitude, centre.longitude, bearing, metres);
  return { longitude: result.lon2 as number, latitude: result.lat2 as number };
}

describe('nearby query', () => {
  const { host } = newProject();
  // Setup goes straight to the service; the query under test goes through the API.
  const create = (payload: Record<string, unknown>): Place =>
    host.current().createPlace(PlaceInputSchema.parse(payload));
  const nearby = async (payload: Record<string, unknown>) => {
    const result = await host.dispatch(CHANNELS.nearbyPlaces, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as NearbyHit[];
  };

  const site = create({ name: 'Castle', category: 'historic-building', ...centre });
  const firms = [
    { name: 'Far firm 499 m', metres: 499, bearing: 90, category: 'creative-firm', sector: 'music' },
    { name: 'Near firm 40 m', metres: 40, bearing: 200, category: 'creative-firm', sector: 'design' },
    { name: 'Guide 250 m', metres: 250, bearing: 0, category: 'guide' },
    { name: 'Hotel 120 m', metres: 120, bearing: 315, category: 'accommodation' },
    { name: 'Outside 501 m', metres: 501, bearing: 45, category: 'creative-firm', sector: 'crafts' },
    { name: 'Museum 10 m (not an actor asked for)', metres: 10, bearing: 10, category: 'museum' },
  ].map(({ metres, bearing, ...rest }) => ({ ...create({ ...rest, ...at(metres, bearing) }), metres }));

  it('lists creative firms and tourism operators within 500 m by default, nearest first', async () => {
    const hits = await nearby({ placeId: site.id });
    expect(hits.map((hit) => hit.place.name)).toEqual([
      'Near firm 40 m',
      'Hotel 120 m',
      'Guide 250 m',
      'Far firm 499 m',
    ]);
    for (const hit of hits) {
      const expected = firms.find((firm) => firm.id === hit.place.id)!.metres;
      expect(Math.abs(hit.distanceMetres - expected)).toBeLessThan(0.1);
    }
  });

  it('honours the distance and the families asked for', async () => {
    expect((await nearby({ placeId: site.id, withinMetres: 100 })).map((hit) => hit.place.name)).toEqual([
      'Near firm 40 m',
    ]);
    expect((await nearby({ placeId: site.id, withinMetres: 600 })).map((hit) => hit.place.name)).toContain(
      'Outside 501 m',
    );
    expect((await nearby({ placeId: site.id, families: ['cultural-venue'] })).map((hit) => hit.place.name)).toEqual([
      'Museum 10 m (not an actor asked for)',
    ]);
  });

  it('marks places already linked, in either direction', async () => {
    const hotel = firms.find((firm) => firm.name.startsWith('Hotel'))!;
    await host.dispatch(CHANNELS.createLink, { fromPlaceId: hotel.id, toPlaceId: site.id, type: 'uses-heritage-site' });
    const hits = await nearby({ placeId: site.id });
    expect(hits.filter((hit) => hit.linked).map((hit) => hit.place.id)).toEqual([hotel.id]);
  });

  it('works at high latitude and across many candidates', async () => {
    const north = create({ name: 'Northern site', category: 'monument', longitude: 25, latitude: 70 });
    const east = Geodesic.WGS84.Direct(70, 25, 90, 450);
    create({
      name: 'Arctic studio',
      category: 'creative-firm',
      sector: 'film-video',
      longitude: east.lon2,
      latitude: east.lat2,
    });
    const hits = await nearby({ placeId: north.id });
    expect(hits.map((hit) => hit.place.name)).toEqual(['Arctic studio']);
    expect(hits[0]!.distanceMetres).toBeCloseTo(450, 0);
  });

  it('answers the nearest among many candidates with what the list shows, also after edits', async () => {
    // A dense cluster (many more candidates than the limit, so the search box grows in steps),
    // names with characters outside ASCII, and a sector on some; brute force is the reference.
    const hub = create({ name: 'Hub', category: 'heritage-site', longitude: 9.19, latitude: 45.4642 });
    const hubAt = (metres: number, bearing: number) => {
      const result = Geodesic.WGS84.Direct(hub.latitude, hub.longitude, bearing, metres);
      return { longitude: result.lon2 as number, latitude: result.lat2 as number };
    };
    const cluster = Array.from({ length: 300 }, (_, index) =>
      create({
        name: `${['Café', 'Atelier Ünïcode', '東京 studio', 'Bottega'][index % 4]} ${index}`,
        category: index % 3 === 0 ? 'guide' : 'creative-firm',
        ...(index % 3 === 0 ? {} : { sector: index % 2 === 0 ? 'design' : 'music' }),
        ...hubAt(5 + ((index * 7919) % 400), (index * 137) % 360),
      }),
    );
    const expected = () =>
      cluster
        .map((place) => host.current().getPlace({ id: place.id }))
        .map((place) => ({
          place: {
            id: place.id,
            name: place.name,
            category: place.category,
            sector: place.sector,
            longitude: place.longitude,
            latitude: place.latitude,
          },
          metres: Geodesic.WGS84.Inverse(hub.latitude, hub.longitude, place.latitude, place.longitude).s12 as number,
        }))
        .filter((hit) => hit.metres <= 450)
        .sort((a, b) => a.metres - b.metres || a.place.id - b.place.id)
        .slice(0, 20);
    const check = async () => {
      const hits = await nearby({ placeId: hub.id, withinMetres: 450, limit: 20 });
      const wanted = expected();
      expect(hits.map((hit) => hit.place)).toEqual(wanted.map((hit) => hit.place));
      hits.forEach((hit, index) =>
        expect(Math.abs(hit.distanceMetres - wanted[index]!.metres)).toBeLessThanOrEqual(0.05),
      );
    };
    await check();
    const [first] = await nearby({ placeId: hub.id, withinMetres: 450, limit: 1 });
    await host.dispatch(CHANNELS.updatePlace, { id: first!.place.id, changes: { name: 'Renamed «nearest»' } });
    await check();
    expect((await nearby({ placeId: hub.id, withinMetres: 450, limit: 1 }))[0]!.place.name).toBe('Renamed «nearest»');
  });
});
