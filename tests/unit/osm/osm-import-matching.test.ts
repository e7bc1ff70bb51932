import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { openProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import type { OsmImportReview } from '../../../shared/api/osm-review.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { IN_CI } from '../../helpers/tools.js';

// Issue #14 point 3: an OSM import into a project with curated places (the sample: Krems old town)
// links the features that are those places instead of adding copies beside them, keeps what the
// user entered, and shows (review) or prints (CLI) the matches it applies.

const KREMS = path.resolve(ROOT, '..', 'shared', 'data', 'osm', 'krems.osm.gz');
const haveKrems = fs.existsSync(KREMS);
if (!haveKrems && IN_CI) throw new Error(`CI=true and the OSM extract ${KREMS} is missing`);

const dir = tempDir('itinera-osm-match-');
let sample = '';
let counter = 0;
/** A fresh copy of the sample project. */
function sampleCopy(): string {
  const file = path.join(dir, `sample-${++counter}.gpkg`);
  fs.copyFileSync(sample, file);
  return file;
}

const stores: ProjectStore[] = [];
function open(file: string): ProjectStore {
  const store = openProjectStore(file);
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream: stream as never, text: () => text };
}

const named = (store: ProjectStore, pattern: RegExp) => store.places.list().filter((place) => pattern.test(place.name));

describe.runIf(haveKrems)('OSM import into a project with curated places (the sample)', () => {
  beforeAll(async () => {
    sample = path.join(dir, 'sample.gpkg');
    await writeSampleProject(sample);
  }, 120_000);

  it('adds no copy of a curated place: it links them and keeps what the user entered', async () => {
    const store = open(sampleCopy());
    const before = store.places.list();
    const gozzoburg = before.find((place) => place.name === 'Gozzoburg')!;
    const result = await importOsmFile(store, KREMS);
    expect(named(store, /Gozzoburg/)).toHaveLength(1);
    expect(named(store, /Magistrat Krems/)).toHaveLength(1);
    expect(named(store, /Klinglhuber/)).toHaveLength(1);
    expect(named(store, /Dreifaltigkeit/)).toHaveLength(1);
    expect(
      result.matches.map(({ osm, placeName, rule, sameAsAnother }) => ({ osm, placeName, rule, sameAsAnother })),
    ).toEqual(
      expect.arrayContaining([
        { osm: 'node/417329189', placeName: 'Hotel Klinglhuber', rule: 'name', sameAsAnother: false },
        { osm: 'way/106487639', placeName: 'Magistrat Krems', rule: 'name', sameAsAnother: false },
        { osm: 'way/108090814', placeName: 'Gozzoburg', rule: 'name', sameAsAnother: false },
        { osm: 'way/108296463', placeName: 'Gozzoburg', rule: 'name', sameAsAnother: true },
        { osm: 'node/607053250', placeName: 'Dreifaltigkeitssäule', rule: 'category', sameAsAnother: false },
      ]),
    );
    expect(result).toMatchObject({ linked: 4, added: 9 });
    expect(store.places.count()).toBe(before.length + 9);
    // The curated Gozzoburg: name, category, description, address and position as the user made them,
    // now with OSM's identity and what it lacked (its OSM tags).
    const linked = store.places.get(gozzoburg.id)!;
    expect(linked).toMatchObject({
      name: 'Gozzoburg',
      category: 'historic-building',
      description: gozzoburg.description,
      address: gozzoburg.address,
      longitude: gozzoburg.longitude,
      latitude: gozzoburg.latitude,
      tags: gozzoburg.tags,
    });
    expect(linked.customFields).toMatchObject({ historic: 'castle', wikipedia: expect.stringContaining('Gozzoburg') });
    expect(store.osm.identities().get('way/108090814')?.placeId).toBe(gozzoburg.id);
    // The link to Studio Hoher Markt still ends at the one Gozzoburg.
    expect(store.links.countForPlace(gozzoburg.id)).toBeGreaterThan(0);
  });

  it('a re-import finds the same places again: nothing added, nothing written', async () => {
    const file = sampleCopy();
    let store = open(file);
    await importOsmFile(store, KREMS);
    store.close();
    const bytes = fs.readFileSync(file);
    store = open(file);
    const again = await importOsmFile(store, KREMS);
    expect(again).toMatchObject({ added: 0, updated: 0, linked: 0 });
    expect(again.matches).toEqual([expect.objectContaining({ osm: 'way/108296463', sameAsAnother: true })]);
    store.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  it('never overwrites what the user edited, on a linked place or on a place OSM added', async () => {
    const file = sampleCopy();
    const store = open(file);
    await importOsmFile(store, KREMS);
    const service = createProjectService(store);
    const hotel = named(store, /Klinglhuber/)[0]!;
    const cinema = named(store, /Cinemaplexx/)[0]!;
    service.updatePlace({ id: hotel.id, changes: { description: 'Family hotel since 1900' } });
    service.updatePlace({ id: cinema.id, changes: { name: 'Kino Krems' } });
    // A newer extract: OSM renames both and gives the hotel a website.
    const xml = zlib
      .gunzipSync(fs.readFileSync(KREMS))
      .toString()
      .replace(
        "<tag k='name' v='Klinglhuber' />",
        "<tag k='name' v='Klinglhuber Neu' /><tag k='website' v='https://klinglhuber.example' />",
      )
      .replace("v='Cinemaplexx Krems'", "v='Cinemaplexx'");
    const newer = path.join(dir, 'krems-newer.osm');
    fs.writeFileSync(newer, xml);
    const result = await importOsmFile(store, newer);
    expect(result.added).toBe(0);
    expect(store.places.get(hotel.id)).toMatchObject({
      name: 'Hotel Klinglhuber',
      description: 'Family hotel since 1900',
      category: 'accommodation',
      website: 'https://klinglhuber.example',
    });
    expect(store.places.get(cinema.id)!.name).toBe('Kino Krems');
  }, 60_000);

  it('adds a declined match as a place of its own', async () => {
    const store = open(sampleCopy());
    const result = await importOsmFile(store, KREMS, { declined: ['node/417329189'] });
    expect(
      named(store, /Klinglhuber/)
        .map((place) => place.name)
        .sort(),
    ).toEqual(['Hotel Klinglhuber', 'Klinglhuber']);
    expect(result.matches.some((match) => match.osm === 'node/417329189')).toBe(false);
  });

  it('asks for the review before writing anything, and writes what was confirmed', async () => {
    const file = sampleCopy();
    const bytes = fs.readFileSync(file);
    const store = open(file);
    let seen: OsmImportReview | null = null;
    const result = await importOsmFile(store, KREMS, {
      review: async (review) => {
        seen = review;
        // Nothing is written while the user looks at the list.
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
        return { declined: ['way/106487639'] };
      },
    });
    expect(seen).toMatchObject({ added: 9, updated: 0, unchanged: 0, removals: [], kept: 0 });
    expect(seen!.matches).toHaveLength(5);
    expect(named(store, /Magistrat Krems/)).toHaveLength(2);
    expect(result.matches).toHaveLength(4);
  });

  it('removes places the changed mapping no longer takes, unless edited or linked', async () => {
    const file = sampleCopy();
    const store = open(file);
    await importOsmFile(store, KREMS);
    const guestHouses = store.places.list().filter((place) => place.customFields.tourism === 'guest_house');
    expect(guestHouses.length).toBeGreaterThanOrEqual(3);
    const service = createProjectService(store);
    service.updatePlace({ id: guestHouses[0]!.id, changes: { description: 'Our partner' } });
    const gozzoburg = named(store, /Gozzoburg/)[0]!;
    service.createLink({
      fromPlaceId: guestHouses[1]!.id,
      toPlaceId: gozzoburg.id,
      type: 'project-partner',
      note: '',
      startDate: null,
      strength: null,
    });
    const rule = store.osm.listRules().find((entry) => entry.key === 'tourism' && entry.value === 'guest_house')!;
    // Texts in a further language (as OSM's name:en gives them) are the place's own: they do not keep it.
    store.transaction(() =>
      store.translations.places.write(guestHouses[2]!.id, { en: { name: 'Guest house', description: '' } }),
    );
    service.updateOsmRule({ id: rule.id, changes: { category: 'none' } });
    const result = await importOsmFile(store, KREMS);
    expect(result.kept).toBe(2);
    expect(result.removed.map((removal) => removal.placeId).sort()).toEqual(
      guestHouses
        .slice(2)
        .map((place) => place.id)
        .sort(),
    );
    for (const removed of guestHouses.slice(2)) expect(store.places.get(removed.id)).toBeUndefined();
    expect(store.places.get(guestHouses[0]!.id)).toBeDefined();
    expect(store.places.get(guestHouses[1]!.id)).toBeDefined();
    expect(store.osm.getRule(rule.id)!.lastCount).toBe(guestHouses.length);
  }, 60_000);

  it('`itinera import-osm` prints the matches it applied; --separate keeps one apart', async () => {
    const file = sampleCopy();
    let out = capture();
    const err = capture();
    expect(await run(['import-osm', file, KREMS], out.stream, err.stream)).toBe(0);
    expect(out.text()).toContain(
      '5 OpenStreetMap objects were matched with places you already have (your data kept, nothing copied):',
    );
    expect(out.text()).toContain('  Klinglhuber (node/417329189) = Hotel Klinglhuber (place 11): same name, 0 m\n');
    expect(out.text()).toMatch(
      / {2}Dreifaltigkeitsplatz \(node\/607053250\) = Dreifaltigkeitssäule \(place 4\): same category, [\d.]+ m\n/,
    );
    expect(out.text()).toMatch(
      / {2}Gozzoburg \(way\/108296463\) = Gozzoburg \(place 1\): same name, [\d.]+ m; the same place as another object, not added\n/,
    );
    const other = sampleCopy();
    out = capture();
    expect(await run(['import-osm', other, KREMS, '--separate', 'node/417329189'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toContain('4 OpenStreetMap objects were matched');
    expect(out.text()).not.toContain('node/417329189');
    const db = new Database(other, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM places WHERE name LIKE '%Klinglhuber%'").get()).toEqual({ n: 2 });
    db.close();
    const bad = capture();
    expect(await run(['import-osm', other, KREMS, '--separate', 'way:12'], out.stream, bad.stream)).toBe(2);
    expect(bad.text()).toContain('--separate must name an OpenStreetMap object as node/ID, way/ID or relation/ID');
  }, 120_000);
});
