import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { newProject } from '../helpers/project.js';

const validPlace = { name: 'Kunsthalle', category: 'gallery', longitude: 15.6, latitude: 48.41 };

describe('API validation (dispatch)', () => {
  const { host, file } = newProject();
  const call = (channel: string, payload: unknown) => host.dispatch(channel, payload);
  const placeCount = () => host.current().getProject({}).counts.places;

  it('accepts a valid call and writes it', async () => {
    const result = await call(CHANNELS.createPlace, validPlace);
    expect(result.ok).toBe(true);
    expect(placeCount()).toBe(1);
  });

  it.each([
    ['latitude out of range', { ...validPlace, latitude: 123 }, 'latitude', /between -90 and 90/],
    ['longitude not a number', { ...validPlace, longitude: '15.6' }, 'longitude', /number/],
    ['unknown category', { ...validPlace, category: 'poi' }, 'category', /not a known category/],
    ['empty name', { ...validPlace, name: '   ' }, 'name', /must not be empty/],
    ['sector on a site', { ...validPlace, sector: 'design' }, 'sector', /only creative firms/],
    ['javascript: website', { ...validPlace, website: 'javascript:alert(1)' }, 'website', /http/],
    ['unknown field', { ...validPlace, colour: 'red' }, undefined, /colour/],
    ['NaN coordinate via JSON-like payload', { ...validPlace, latitude: Number.NaN }, 'latitude', /./],
  ])('rejects %s, names the field and writes nothing', async (_, payload, field, message) => {
    const before = fs.readFileSync(file);
    const result = await call(CHANNELS.createPlace, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toMatch(message);
    // A person reads it: no channel, no field path (the field is in `field`, for the form).
    expect(result.error.message).not.toContain('places:item:create');
    expect(placeCount()).toBe(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects an update that would make the place invalid as a whole', async () => {
    const created = await call(CHANNELS.createPlace, {
      ...validPlace,
      name: 'Firm',
      category: 'creative-firm',
      sector: 'music',
    });
    if (!created.ok) throw new Error('setup failed');
    const id = (created.value as { id: number }).id;
    const result = await call(CHANNELS.updatePlace, { id, changes: { category: 'museum' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'changes.sector' } });
    const place = await call(CHANNELS.getPlace, { id });
    expect(place).toMatchObject({ ok: true, value: { category: 'creative-firm', sector: 'music' } });
  });

  it('answers unknown methods, missing records and non-object payloads with clear errors', async () => {
    expect(await call('places:everything:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call(CHANNELS.getPlace, { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no place with id 9999.' },
    });
    expect(await call(CHANNELS.createPlace, 'DROP TABLE places')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call(CHANNELS.createLink, { fromPlaceId: 1, toPlaceId: 1, type: 'funder' })).toMatchObject({
      ok: false,
      error: { field: 'toPlaceId', message: expect.stringMatching(/itself/) },
    });
    expect(await call(CHANNELS.createLink, { fromPlaceId: 1, toPlaceId: 777, type: 'funder' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', field: 'toPlaceId' },
    });
    expect(await call(CHANNELS.nearbyPlaces, { placeId: 1, withinMetres: -5 })).toMatchObject({
      ok: false,
      error: { field: 'withinMetres' },
    });
  });

  it('makes a failed multi-row edit leave nothing behind (route with a missing stop)', async () => {
    const before = await call(CHANNELS.listRoutes, {});
    const result = await call(CHANNELS.createRoute, { name: 'Broken', stopPlaceIds: [1, 4242] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', field: 'stopPlaceIds.1' } });
    expect(await call(CHANNELS.listRoutes, {})).toEqual(before);
  });
});
