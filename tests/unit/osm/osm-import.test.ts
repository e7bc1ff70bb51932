import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main.js';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { createProjectService } from '../../../electron/services/core/project-service.js';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../../helpers/tools.js';

// Real OpenStreetMap extracts (../shared/data/osm/, © OpenStreetMap contributors, ODbL), read
// where they are: never copied into the repository.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');

function extract(name: string): string | null {
  const file = path.join(EXTRACTS, name);
  if (fs.existsSync(file)) return file;
  if (IN_CI) throw new Error(`CI=true and the OSM extract ${file} is missing`);
  console.warn(`Skipping: the OSM extract ${file} is missing`);
  return null;
}

const dir = tempDir('itinera-osm-');
let counter = 0;
/** A fresh path in the test's temporary folder. */
const temporaryFile = (name: string) => path.join(dir, `${++counter}-${name}`);

/** A stream standing in for stdout or stderr, and what was written to it. */
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

const stores: ProjectStore[] = [];
function track(store: ProjectStore): ProjectStore {
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function newStore(): ProjectStore {
  return track(createProjectStore(temporaryFile('project.gpkg'), 'OSM test'));
}

/** Every column of every place (geometry as hex) plus the places' index rows: what "unchanged" means. */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      places: db.prepare('SELECT *, hex(geom) AS geom FROM places ORDER BY id').all(),
      rtree: db.prepare('SELECT * FROM rtree_places_geom ORDER BY id').all(),
      contents: db.prepare("SELECT last_change FROM gpkg_contents WHERE table_name = 'places'").get(),
    };
  } finally {
    db.close();
  }
}

function osmPlaces(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare<[], { id: number; name: string; category: string; osm_type: string; osm_id: number }>(
        'SELECT id, name, category, osm_type, osm_id FROM places ORDER BY id',
      )
      .all();
  } finally {
    db.close();
  }
}

function find(file: string, osmType: string, osmId: number) {
  return osmPlaces(file).find((place) => place.osm_type === osmType && place.osm_id === osmId);
}

function validateGpkg(file: string): string {
  return execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

describe('import of OpenStreetMap extracts', () => {
  it('bautzen.osm (XML): reads the whole file; its motorway-junction area holds no mapped place', async () => {
    const file = extract('bautzen.osm');
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    // NOTE: despite the README, this extract is roads, a car dealer and bus stops west of the old
    // town: no historic=*, tourism=*, office=* or craft=* at all (grep the file).
    expect(result).toMatchObject({ format: 'xml', added: 0, updated: 0, unchanged: 0 });
    expect(store.places.count()).toBe(0);
  });

  it('krems.osm.gz (gzipped XML): hotels, a travel agency, castles and memorials with their OSM ids', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    expect(result.format).toBe('xml');
    expect(result.added).toBe(14);
    expect(result.skipped.noName).toBe(3);
    expect(find(store.file, 'node', 417329189)).toMatchObject({ name: 'Klinglhuber', category: 'accommodation' });
    expect(find(store.file, 'node', 607053198)).toMatchObject({
      name: 'Raiffeisen Reisen',
      category: 'tour-operator',
    });
    const travel = store.places.list().find((place) => place.name === 'Raiffeisen Reisen')!;
    expect(travel.address).toBe('Täglicher Markt 2, 3500 Krems');
    expect(travel.customFields).toMatchObject({ shop: 'travel_agency', opening_hours: expect.any(String) });
    const categories = new Set(osmPlaces(store.file).map((place) => place.category));
    for (const category of ['accommodation', 'tour-operator', 'heritage-site', 'monument'])
      expect(categories).toContain(category);
  });

  it('north-bayreuth.osm.gz: the castle, ruins, memorials and an archaeological site as heritage', async () => {
    const file = extract('north-bayreuth.osm.gz');
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    expect(result.added).toBe(14);
    expect(find(store.file, 'node', 320073759)).toMatchObject({ name: 'Amansgrab', category: 'monument' });
    const counts = new Map<string, number>();
    for (const place of osmPlaces(store.file)) counts.set(place.category, (counts.get(place.category) ?? 0) + 1);
    expect(counts.get('monument')).toBe(5);
    expect(counts.get('heritage-site')).toBe(3);
    expect(counts.get('archaeological-site')).toBe(1);
    // Its electrician, IT consultancy, sawmill and two companies are not creative firms (ESSnet-Culture).
    expect(counts.get('creative-firm')).toBeUndefined();
    const db = new Database(store.file, { readonly: true });
    const rules = db
      .prepare<[], { tag: string; last_count: number }>(
        "SELECT key || '=' || value AS tag, last_count FROM osm_category_mapping WHERE category = 'none' AND last_count > 0",
      )
      .all();
    db.close();
    // The mapping dialog's counts: the "none" rules say what they kept out.
    expect(rules).toEqual(
      expect.arrayContaining([
        { tag: 'office=company', last_count: 2 },
        { tag: 'craft=electrician', last_count: 1 },
      ]),
    );
    expect(osmPlaces(store.file).every((place) => place.osm_type === 'node' || place.osm_type === 'way')).toBe(true);
  });

  it('andorra.osm.pbf (PBF): tourism operators and heritage from nodes and ways (centroids)', async () => {
    const file = extract('andorra.osm.pbf');
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    expect(result).toMatchObject({ format: 'pbf', added: 70 });
    const places = osmPlaces(store.file);
    expect(places.filter((place) => place.category === 'accommodation')).toHaveLength(61);
    expect(find(store.file, 'node', 268096174)).toMatchObject({
      name: 'Hotel Xalet Besoli',
      category: 'accommodation',
    });
    // Ways (the ids GDAL's OSM driver reports as osm_way_id) at the mean of their nodes.
    expect(find(store.file, 'way', 183087896)).toMatchObject({
      name: 'Museo Nacional de la Automòbil',
      category: 'museum',
    });
    const sanctuary = find(store.file, 'way', 203038860)!;
    expect(sanctuary).toMatchObject({ name: 'Santuari vell de Meritxell', category: 'heritage-site' });
    const position = store.places.get(sanctuary.id)!;
    expect(position.longitude).toBeCloseTo(1.59078, 4);
    expect(position.latitude).toBeCloseTo(42.5552, 4);
  });

  it('a re-import of the same extract changes nothing, not even updated_at', async () => {
    const file = extract('andorra.osm.pbf');
    if (!file) return;
    const store = newStore();
    await importOsmFile(store, file);
    const before = snapshot(store.file);
    const result = await importOsmFile(store, file);
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 70 });
    expect(snapshot(store.file)).toEqual(before);
  });

  it('a newer extract updates places, keeps what the user edited and adds new ones', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    await importOsmFile(store, file);
    const service = createProjectService(store);
    const hotel = find(store.file, 'node', 417329189)!;
    service.updatePlace({ id: hotel.id, changes: { name: 'Hotel Klinglhuber (renovated)', description: 'Our notes' } });
    // The "newer" extract: OSM renamed the hotel, gave it a website, and a new museum appeared.
    const xml = zlib
      .gunzipSync(fs.readFileSync(file))
      .toString('utf8')
      .replace(
        `<tag k='name' v='Klinglhuber' />`,
        `<tag k='name' v='Gasthof Klinglhuber' /><tag k='website' v='https://klinglhuber.example' />`,
      )
      .replace(
        '</osm>',
        `<node id='99999999999' lat='48.41' lon='15.61' version='1'><tag k='tourism' v='museum' /><tag k='name' v='Neues Museum' /></node></osm>`,
      );
    expect(xml).toContain('Gasthof Klinglhuber');
    const newer = temporaryFile('krems-newer.osm');
    fs.writeFileSync(newer, xml);
    const result = await importOsmFile(store, newer);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 13 });
    const updated = store.places.get(hotel.id)!;
    expect(updated.name).toBe('Hotel Klinglhuber (renovated)');
    expect(updated.description).toBe('Our notes');
    expect(updated.website).toBe('https://klinglhuber.example');
    expect(find(store.file, 'node', 99999999999)).toMatchObject({ name: 'Neues Museum', category: 'museum' });
    expect(store.places.count()).toBe(15);
  });

  it('clips to a bounding box', async () => {
    const file = extract('andorra.osm.pbf');
    if (!file) return;
    const store = newStore();
    const box = [1.5, 42.5, 1.56, 42.52] as const;
    const result = await importOsmFile(store, file, { box });
    expect(result.added).toBeGreaterThan(0);
    expect(result.added + result.skipped.outsideBox).toBe(70);
    for (const place of store.places.list()) {
      expect(place.longitude).toBeGreaterThanOrEqual(box[0]);
      expect(place.longitude).toBeLessThanOrEqual(box[2]);
      expect(place.latitude).toBeGreaterThanOrEqual(box[1]);
      expect(place.latitude).toBeLessThanOrEqual(box[3]);
    }
  });

  it("follows the project's editable category mapping table", async () => {
    const file = extract('andorra.osm.pbf');
    if (!file) return;
    const store = newStore();
    store.close();
    const db = new Database(store.file);
    db.prepare("UPDATE osm_category_mapping SET category = 'none' WHERE key = 'tourism' AND value = 'hotel'").run();
    db.close();
    const reopened = track(openProjectStore(store.file));
    const result = await importOsmFile(reopened, file);
    expect(result.added).toBe(70 - 43 - 2);
    expect(reopened.places.list().some((place) => place.customFields.tourism === 'hotel')).toBe(false);
  });

  it('turns a multipolygon relation into a place at the centroid of its outer ways', async () => {
    const store = newStore();
    const file = temporaryFile('relation.osm');
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <node id="1" lat="48.0" lon="16.0"/><node id="2" lat="48.0" lon="16.002"/>
  <node id="3" lat="48.002" lon="16.002"/><node id="4" lat="48.002" lon="16.0"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/></way>
  <way id="11"><nd ref="3"/><nd ref="4"/><nd ref="1"/></way>
  <relation id="100">
    <member type="way" ref="10" role="outer"/><member type="way" ref="11" role="outer"/>
    <tag k="type" v="multipolygon"/><tag k="historic" v="castle"/><tag k="name" v="Burg &amp; Hof &#x263A;"/>
  </relation>
</osm>`,
    );
    const result = await importOsmFile(store, file);
    expect(result.added).toBe(1);
    const [place] = store.places.list();
    expect(place).toMatchObject({
      name: 'Burg & Hof ☺',
      category: 'heritage-site',
      longitude: 16.001,
      latitude: 48.001,
    });
    expect(find(store.file, 'relation', 100)).toBeDefined();
  });

  it('gives a clear error for a truncated or damaged extract and leaves the project unchanged', async () => {
    const pbf = extract('andorra.osm.pbf');
    const gz = extract('krems.osm.gz');
    const xml = extract('bautzen.osm');
    if (!pbf || !gz || !xml) return;
    const store = newStore();
    await importOsmFile(store, gz); // something to keep
    const bytes = fs.readFileSync(store.file);
    const cut = (source: string, name: string, fraction: number) => {
      const data = fs.readFileSync(source);
      const target = temporaryFile(name);
      fs.writeFileSync(target, data.subarray(0, Math.floor(data.length * fraction)));
      return target;
    };
    const damagedPbf = temporaryFile('damaged.osm.pbf');
    const pbfBytes = Buffer.from(fs.readFileSync(pbf));
    for (let offset = 200_000; offset < 200_400; offset++) pbfBytes[offset] = pbfBytes[offset]! ^ 0x5a;
    fs.writeFileSync(damagedPbf, pbfBytes);
    const brokenXml = temporaryFile('broken.osm');
    fs.writeFileSync(brokenXml, fs.readFileSync(xml, 'utf8').replace('</node>', '</way>'));
    const doctype = temporaryFile('doctype.osm');
    fs.writeFileSync(
      doctype,
      '<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa">]><osm><node id="1" lat="1" lon="1"><tag k="name" v="&a;"/></node></osm>',
    );
    const cases: [string, RegExp][] = [
      [
        cut(pbf, 'cut.osm.pbf', 0.6),
        /cut\.osm\.pbf, byte \d+ \(block \d+\): the file ends inside a block: it is truncated/,
      ],
      [damagedPbf, /damaged\.osm\.pbf, byte \d+ \(block \d+\): the file is damaged/],
      [cut(gz, 'cut.osm.gz', 0.5), /cut\.osm\.gz: the gzip data is truncated or damaged/],
      [
        cut(xml, 'cut.osm', 0.5),
        /cut\.osm, line \d+: the file ends inside <osm>: it is truncated|the file ends inside a tag/,
      ],
      [brokenXml, /broken\.osm, line \d+: <\/way> closes <node>/],
      [doctype, /doctype\.osm, line 1: the XML declares a DOCTYPE/],
      [path.join(EXTRACTS, '..', 'nothing-here.osm'), /nothing-here\.osm: does not exist/],
      [path.join(ROOT, 'package.json'), /not an OpenStreetMap extract/],
    ];
    for (const [file, message] of cases) {
      await expect(importOsmFile(store, file), path.basename(file)).rejects.toThrow(message);
      expect(fs.readFileSync(store.file).equals(bytes), path.basename(file)).toBe(true);
    }
  });

  it('import-osm on the command line prints counts, and errors on stderr with exit 1', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const project = temporaryFile('cli.gpkg');
    createProjectStore(project, 'CLI').close();
    let out = capture();
    let err = capture();
    expect(await run(['import-osm', project, file], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/krems\.osm\.gz \(OSM XML\): 14 added, 0 updated, 0 unchanged, 3 skipped\./);
    out = capture();
    expect(await run(['import-osm', project, file, '--bbox', '15.5,48.3,15.7,48.5'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/0 added, 0 updated, 14 unchanged/);
    err = capture();
    expect(await run(['import-osm', project, file, '--bbox', '1,2,3'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/--bbox must be four numbers/);
    err = capture();
    const broken = temporaryFile('broken.osm');
    fs.writeFileSync(broken, '<osm><node id="1" lat="1" lon="1">');
    expect(await run(['import-osm', project, broken], out.stream, err.stream)).toBe(1);
    expect(err.text()).toMatch(/^itinera: \d+-broken\.osm, line 1: the file ends inside <node>: it is truncated\n$/);
  });

  it('import-osm --quarter keeps what lies inside that quarter, and names a missing one', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const project = temporaryFile('cli-quarter.gpkg');
    const store = createProjectStore(project, 'CLI quarter');
    const quarter = createProjectService(store).createQuarter({
      name: 'Eastern half',
      kind: 'cultural-quarter',
      description: '',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [15.62, 48.39],
            [15.7, 48.39],
            [15.7, 48.45],
            [15.62, 48.45],
            [15.62, 48.39],
          ],
        ],
      },
    });
    store.close();
    const out = capture();
    const err = capture();
    expect(await run(['import-osm', project, file, '--quarter', String(quarter.id)], out.stream, err.stream)).toBe(0);
    const added = Number(/: (\d+) added/.exec(out.text())?.[1]);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(14); // the whole extract gives 14
    expect(out.text()).toMatch(/outside the box or quarter/);
    const reopened = track(openProjectStore(project));
    for (const place of reopened.places.list()) expect(place.longitude, place.name).toBeGreaterThanOrEqual(15.62);
    expect(await run(['import-osm', project, file, '--quarter', '99'], out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/There is no quarter 99 in \d+-cli-quarter\.gpkg/);
    expect(
      await run(
        ['import-osm', project, file, '--quarter', '1', '--bbox', '15.5,48.3,15.7,48.5'],
        out.stream,
        err.stream,
      ),
    ).toBe(2);
    expect(err.text()).toMatch(/Give --bbox or --quarter, not both/);
  });

  it('leaves a GeoPackage that validate_gpkg finds clean (imports, re-import, user edit)', async () => {
    const file = extract('andorra.osm.pbf');
    if (!file || !haveTools('validateGpkg')) return;
    const store = newStore();
    await importOsmFile(store, file);
    createProjectService(store).updatePlace({ id: 1, changes: { name: 'Edited' } });
    await importOsmFile(store, file);
    expect(store.places.get(1)!.name).toBe('Edited');
    expect(store.osm.editedFields(1)).toEqual(['name']);
    store.close();
    expect(validateGpkg(store.file)).toBe('');
  });
});
