import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Interlinkage } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { LinkInputSchema, PlaceInputSchema, type Place } from '../../../shared/model/schemas.js';
import { newProject } from '../../helpers/project.js';

// The interlinkage test through the API, on places set at known geodesic distances: near pairs
// of actors (within D), how many linked, overall and across sectors; the same for far pairs.
const { Geodesic } = geodesicModule;
const centre = { longitude: 15.60209, latitude: 48.411877 };
function at(metres: number, bearing: number) {
  const result = Geodesic.WGS84.Direct(centre.latitude, centre.longitude, bearing, metres);
  return { longitude: result.lon2 as number, latitude: result.lat2 as number };
}

describe('interlinkage test', () => {
  const { host } = newProject();
  const service = host.current();
  const create = (payload: Record<string, unknown>): Place => service.createPlace(PlaceInputSchema.parse(payload));
  const a = create({ name: 'A', category: 'creative-firm', sector: 'design', ...at(0, 0) });
  const b = create({ name: 'B', category: 'creative-firm', sector: 'design', ...at(100, 0) });
  const c = create({ name: 'C', category: 'creative-firm', sector: 'music', ...at(100, 90) });
  create({ name: 'D', category: 'guide', ...at(200, 180) });
  const e = create({ name: 'E far', category: 'creative-firm', sector: 'design', ...at(2_000, 45) });
  const site = create({ name: 'Castle', category: 'heritage-site', ...at(50, 270) });
  for (const [from, to] of [
    [a, b],
    [a, c],
    [a, e],
    [site, a],
  ] as const)
    service.createLink(LinkInputSchema.parse({ fromPlaceId: from.id, toPlaceId: to.id, type: 'project-partner' }));

  const query = async (payload: Record<string, unknown>) => {
    const answer = await host.dispatch(CHANNELS.interlinkage, payload);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as Interlinkage;
  };

  it('counts near and far pairs of actors and the linked among them (sites left out)', async () => {
    const result = await query({});
    expect(result.withinMetres).toBe(500);
    expect(result.actors).toBe(5);
    expect(result.near.all).toEqual({ pairs: 6, linked: 2, share: 2 / 6 });
    expect(result.near.crossSector).toEqual({ pairs: 5, linked: 1, share: 1 / 5 });
    expect(result.far.all).toEqual({ pairs: 4, linked: 1, share: 1 / 4 });
    expect(result.far.crossSector).toEqual({ pairs: 2, linked: 0, share: 0 });
    expect(result.nearToFarRatio).toBeCloseTo(4 / 3, 12);
  });

  it('takes the distance asked for (150 m: C and D are too far from each other and from B)', async () => {
    const result = await query({ withinMetres: 150 });
    // Within 150 m: A–B (100 m), A–C (100 m), B–C (141 m); A–D is 200 m.
    expect(result.near.all).toEqual({ pairs: 3, linked: 2, share: 2 / 3 });
  });

  it('keeps to the actors of a scope when given one (here: within 150 m of A)', async () => {
    const result = await query({ scope: { kind: 'around', placeId: a.id, withinMetres: 150 } });
    // A, B and C (the castle is a site; D and E are farther): three pairs, all near, two linked.
    expect(result.actors).toBe(3);
    expect(result.near.all).toEqual({ pairs: 3, linked: 2, share: 2 / 3 });
    expect(result.far.all).toEqual({ pairs: 0, linked: 0, share: null });
    expect(result.nearToFarRatio).toBeNull();
  });

  it('refuses a distance out of range, naming the field', async () => {
    const answer = await host.dispatch(CHANNELS.interlinkage, { withinMetres: -1 });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.field).toBe('withinMetres');
  });
});
