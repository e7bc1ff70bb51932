import Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type ContentLanguagesInfo } from '../../../shared/api/contract.js';
import type { ClusterEvent, Place, Quarter, Route } from '../../../shared/model/schemas.js';
import { english } from '../../helpers/labels.js';
import { newProject } from '../../helpers/project.js';

// Content in several languages through the API (issue #11): the project's languages, names and
// descriptions per language on places, areas, routes and events, undo, and refusals that change
// nothing.

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };

function project() {
  const { host, file } = newProject('Languages');
  const call = async <T>(channel: string, payload: unknown) => (await host.dispatch(channel, payload)) as Envelope<T>;
  const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { host, file, call, ok };
}

const gozzoburg = { name: 'Gozzoburg', category: 'historic-building', longitude: 15.6, latitude: 48.41 };
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [15.59, 48.4],
      [15.61, 48.4],
      [15.61, 48.42],
      [15.59, 48.42],
      [15.59, 48.4],
    ],
  ],
};

describe('content languages', () => {
  it('a new project has its primary language and no further ones; languages are added canonically', async () => {
    const { ok } = project();
    expect(await ok<ContentLanguagesInfo>(CHANNELS.getContentLanguages, {})).toEqual({
      primary: 'en',
      further: [],
      stored: [],
    });
    const updated = await ok<ContentLanguagesInfo>(CHANNELS.updateContentLanguages, { further: ['DE', 'fr', 'pt-br'] });
    expect(updated).toMatchObject({ primary: 'en', further: ['de', 'fr', 'pt-BR'] });
  });

  it('refuses an invalid language code with a clear message, and changes nothing', async () => {
    const { ok, call, file } = project();
    await ok(CHANNELS.updateContentLanguages, { further: ['de'] });
    const before = fs.readFileSync(file);
    const result = await call(CHANNELS.updateContentLanguages, { further: ['de', 'fr!'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'further.1' } });
    expect(!result.ok && result.error.message).toBe(
      'Further languages: “fr!” is not a language code (BCP 47, such as de, fr or pt-BR)',
    );
    const primary = await call(CHANNELS.updateContentLanguages, { primary: 'de', further: ['de', 'fr'] });
    expect(!primary.ok && primary.error.message).toMatch(/“de” is the primary language/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(await ok<ContentLanguagesInfo>(CHANNELS.getContentLanguages, {})).toMatchObject({ further: ['de'] });
  });

  it('a place with a German and a French name keeps both, and one language is edited without the other', async () => {
    const { ok } = project();
    await ok(CHANNELS.updateContentLanguages, { further: ['de', 'fr'] });
    const place = await ok<Place>(CHANNELS.createPlace, {
      ...gozzoburg,
      description: 'Gothic town castle',
      translations: { de: { name: 'Gozzoburg', description: 'Gotische Stadtburg' }, FR: { name: 'Château Gozzo' } },
    });
    expect(place.translations).toEqual({
      de: { name: 'Gozzoburg', description: 'Gotische Stadtburg' },
      fr: { name: 'Château Gozzo', description: '' },
    });
    const edited = await ok<Place>(CHANNELS.updatePlace, {
      id: place.id,
      changes: { translations: { fr: { name: 'Château de Gozzo', description: 'Château gothique' } } },
    });
    expect(edited.translations?.de?.description).toBe('Gotische Stadtburg');
    expect(edited.translations?.fr).toEqual({ name: 'Château de Gozzo', description: 'Château gothique' });
    const [listed] = await ok<Place[]>(CHANNELS.listPlaces, {});
    expect(listed?.translations).toEqual(edited.translations);
    // Both texts emptied (or null): the language has no translation any more.
    const cleared = await ok<Place>(CHANNELS.updatePlace, {
      id: place.id,
      changes: { translations: { de: { name: '', description: '' }, fr: null } },
    });
    expect(cleared.translations).toBeUndefined();
  });

  it('undo of a translation edit brings the earlier text back; redo the new one', async () => {
    const { ok } = project();
    await ok(CHANNELS.updateContentLanguages, { further: ['fr'] });
    const place = await ok<Place>(CHANNELS.createPlace, { ...gozzoburg, translations: { fr: { name: 'Château' } } });
    await ok(CHANNELS.updatePlace, { id: place.id, changes: { translations: { fr: { name: 'Château Gozzo' } } } });
    const undone = await ok<{ label: never; tables: string[] }>(CHANNELS.undo, {});
    expect(english(undone.label)).toBe('Edit Gozzoburg');
    expect(undone.tables).toContain('places_translations');
    expect((await ok<Place>(CHANNELS.getPlace, { id: place.id })).translations?.fr?.name).toBe('Château');
    await ok(CHANNELS.redo, {});
    expect((await ok<Place>(CHANNELS.getPlace, { id: place.id })).translations?.fr?.name).toBe('Château Gozzo');
    // The place's history lists the translation edit.
    const history = await ok<{ label: never }[]>(CHANNELS.getFeatureHistory, { featureType: 'place', id: place.id });
    expect(history.map((entry) => english(entry.label))).toContain('Edit Gozzoburg');
    // Deleting the place removes its translations; undoing the delete brings them back.
    await ok(CHANNELS.deletePlace, { id: place.id });
    await ok(CHANNELS.undo, {});
    expect((await ok<Place>(CHANNELS.getPlace, { id: place.id })).translations?.fr?.name).toBe('Château Gozzo');
  });

  it.each([
    ['an invalid language code', { 'fr!': { name: 'x' } }, 'changes.translations.fr!', /“fr!” is not a language code/],
    ['a language the project does not have', { it: { name: 'x' } }, 'changes.translations.it', /“it” is not one of/],
    ['the primary language', { en: { name: 'x' } }, 'changes.translations.en', /primary language/],
    [
      'a name too long',
      { fr: { name: 'x'.repeat(201) } },
      'changes.translations.fr.name',
      /Name in “fr”: must be at most 200/,
    ],
  ])('refuses a translation in %s, names the field and changes nothing', async (_, translations, field, message) => {
    const { ok, call, file } = project();
    await ok(CHANNELS.updateContentLanguages, { further: ['fr'] });
    const place = await ok<Place>(CHANNELS.createPlace, { ...gozzoburg, translations: { fr: { name: 'Château' } } });
    const before = fs.readFileSync(file);
    const result = await call(CHANNELS.updatePlace, { id: place.id, changes: { translations } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('areas, routes and events carry translations too; removing a language hides them, adding it shows them again', async () => {
    const { ok } = project();
    await ok(CHANNELS.updateContentLanguages, { further: ['de'] });
    const first = await ok<Place>(CHANNELS.createPlace, gozzoburg);
    const second = await ok<Place>(CHANNELS.createPlace, { ...gozzoburg, name: 'Steiner Tor', longitude: 15.59 });
    const de = { name: 'Altstadt', description: 'Die Altstadt' };
    const quarter = await ok<Quarter>(CHANNELS.createQuarter, {
      name: 'Old town',
      geometry: square,
      translations: { de },
    });
    const route = await ok<Route>(CHANNELS.createRoute, {
      name: 'Walk',
      stopPlaceIds: [first.id, second.id],
      translations: { de: { name: 'Rundgang' } },
    });
    const event = await ok<ClusterEvent>(CHANNELS.createEvent, {
      title: 'Open studios',
      kind: 'open-studio',
      startDate: '2025-05-01',
      translations: { de: { name: 'Offene Ateliers' } },
    });
    expect(quarter.translations?.de).toEqual(de);
    expect(route.translations?.de?.name).toBe('Rundgang');
    expect(event.translations?.de?.name).toBe('Offene Ateliers');
    const renamed = await ok<ClusterEvent>(CHANNELS.updateEvent, {
      id: event.id,
      changes: { translations: { de: { name: 'Tag der offenen Ateliers' } } },
    });
    expect(renamed).toMatchObject({
      title: 'Open studios',
      translations: { de: { name: 'Tag der offenen Ateliers' } },
    });

    const hidden = await ok<ContentLanguagesInfo>(CHANNELS.updateContentLanguages, { further: [] });
    expect(hidden.stored).toEqual([{ language: 'de', features: 3 }]);
    expect((await ok<Quarter[]>(CHANNELS.listQuarters, {}))[0]?.translations).toBeUndefined();
    await ok(CHANNELS.updateContentLanguages, { further: ['de'] });
    expect((await ok<Route[]>(CHANNELS.listRoutes, {}))[0]?.translations?.de?.name).toBe('Rundgang');
  });

  it('changing the primary language keeps the texts; a project from before languages has none until chosen', async () => {
    const { ok, host, file } = project();
    await ok(CHANNELS.createPlace, gozzoburg);
    const changed = await ok<ContentLanguagesInfo>(CHANNELS.updateContentLanguages, { primary: 'de', further: ['en'] });
    expect(changed).toMatchObject({ primary: 'de', further: ['en'] });
    expect((await ok<Place[]>(CHANNELS.listPlaces, {}))[0]?.name).toBe('Gozzoburg');
    host.close();
    // As a project made before migration 0013: no language stored.
    const db = new Database(file);
    db.prepare("DELETE FROM settings WHERE key LIKE 'content.%'").run();
    db.close();
    host.open(file);
    expect(await ok<ContentLanguagesInfo>(CHANNELS.getContentLanguages, {})).toEqual({
      primary: null,
      further: [],
      stored: [],
    });
    // Any further language may be added then; the primary stays unknown until chosen.
    expect(await ok<ContentLanguagesInfo>(CHANNELS.updateContentLanguages, { further: ['de'] })).toMatchObject({
      primary: null,
      further: ['de'],
    });
    host.close();
  });
});
