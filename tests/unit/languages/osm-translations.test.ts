import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { osmTranslations } from '../../../shared/codecs/osm/osm-places.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { IN_CI } from '../../helpers/tools.js';

// An OSM extract's name:xx and description:xx tags arrive in the project (issue #11): those of
// the project's further languages are shown at once; the others are kept, unseen, until their
// language is added. tests/fixtures/osm/multilingual.osm (and the same as .osm.pbf).

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'osm');
const dir = tempDir('itinera-osm-languages-');
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function project(primary: string, further: string[]) {
  const store = createProjectStore(path.join(dir, `osm-${++counter}.gpkg`), 'OSM languages', primary);
  stores.push(store);
  store.contentLanguages.set({ primary, further });
  return { store, service: createProjectService(store) };
}

const byName = (service: ReturnType<typeof project>['service'], name: string) =>
  service.listPlaces({}).find((place) => place.name === name);

describe('OSM import of names in several languages', () => {
  it('reads name:xx and description:xx of language codes only (not name:signed or name:prefix)', () => {
    expect(
      osmTranslations({
        name: 'Gozzoburg',
        'name:fr': ' Château  de Gozzo ',
        'description:fr': 'Château gothique',
        'name:pt-br': 'Castelo',
        'name:signed': 'no',
        'name:prefix': 'Burg',
        'name:etymology:wikidata': 'Q1',
      }),
    ).toEqual({
      fr: { name: 'Château de Gozzo', description: 'Château gothique' },
      'pt-BR': { name: 'Castelo', description: '' },
    });
  });

  it.each(['multilingual.osm', 'multilingual.osm.pbf'])(
    '%s: the French names arrive in a German project with French as a further language',
    async (fixture) => {
      const { store, service } = project('de', ['fr']);
      const result = await importOsmFile(store, path.join(FIXTURES, fixture));
      expect(result.added).toBe(4);
      expect(byName(service, 'Gozzoburg')?.translations).toEqual({
        fr: { name: 'Château de Gozzo', description: 'Château urbain gothique avec fresques' },
      });
      expect(byName(service, 'Museum Krems')?.translations).toEqual({
        fr: { name: 'Musée de Krems', description: '' },
      });
      expect(byName(service, 'Piaristenkirche')?.translations?.fr?.name).toBe('Église des Piaristes');
      expect(byName(service, 'Steiner Tor')?.translations).toBeUndefined();
      // Every other language is kept and counted, shown once it is added (no second import).
      expect(service.getContentLanguages({}).stored).toEqual([
        { language: 'fr', features: 3 },
        { language: 'de', features: 1 },
        { language: 'en', features: 1 },
        { language: 'it', features: 1 },
        { language: 'pt-BR', features: 1 },
      ]);
      service.updateContentLanguages({ further: ['fr', 'en'] });
      expect(byName(service, 'Gozzoburg')?.translations?.en?.name).toBe('Gozzo Castle');
    },
  );

  it('a real extract: the French name of an Andorran mountain hut arrives in a Catalan project', async () => {
    // ../shared/data/osm (© OpenStreetMap contributors, ODbL), read where it is.
    const andorra = path.resolve(ROOT, '..', 'shared', 'data', 'osm', 'andorra.osm.pbf');
    if (!fs.existsSync(andorra)) {
      if (IN_CI) throw new Error(`CI=true and the OSM extract ${andorra} is missing`);
      console.warn(`Skipping: the OSM extract ${andorra} is missing`);
      return;
    }
    const { store, service } = project('ca', ['fr']);
    await importOsmFile(store, andorra);
    expect(byName(service, 'Refugi de Coms de Jan')?.translations).toEqual({
      fr: { name: 'Refuge de Coms de Jan - andorre', description: '' },
    });
  });

  it('a re-import changes nothing when OSM is unchanged, keeps a name the user edited, and takes OSM newer ones', async () => {
    const { store, service } = project('de', ['fr', 'it']);
    const extract = path.join(FIXTURES, 'multilingual.osm');
    await importOsmFile(store, extract);
    const again = await importOsmFile(store, extract);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4 });

    const church = byName(service, 'Piaristenkirche')!;
    service.updatePlace({
      id: church.id,
      changes: { translations: { fr: { name: 'Église piariste', description: '' } } },
    });
    const newer = path.join(dir, 'newer.osm');
    fs.writeFileSync(
      newer,
      fs
        .readFileSync(extract, 'utf8')
        .replace('Église des Piaristes', 'Église des Pères piaristes')
        .replace('Chiesa dei Piaristi', 'Chiesa degli Scolopi')
        .replace('<tag k="name:fr" v="Musée de Krems"/>', ''),
    );
    const result = await importOsmFile(store, newer);
    expect(result).toMatchObject({ added: 0, updated: 2 });
    // The user's French name stays; the Italian one follows OSM; a tag OSM dropped goes.
    expect(byName(service, 'Piaristenkirche')?.translations).toEqual({
      fr: { name: 'Église piariste', description: '' },
      it: { name: 'Chiesa degli Scolopi', description: '' },
    });
    expect(byName(service, 'Museum Krems')?.translations).toBeUndefined();
  });
});
