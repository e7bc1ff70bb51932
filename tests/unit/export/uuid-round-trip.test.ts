import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { HAVE_GDAL, ogrFeatures } from './gdal.js';

// Issue #17, point 1: a feature's uuid survives export. Every format with an attribute table
// writes a `uuid` column that GDAL reads; importing the file into another project keeps each
// feature's uuid; importing it into a project that has those uuids already gives new ones (and
// never a custom field "uuid"). The GeoPackage export keeps the uuids of places, areas, routes,
// links, groups and events; JSON-LD names each site urn:uuid:….

const dir = tempDir('itinera-uuid-files-');
const sample = path.join(dir, 'sample.gpkg');

/** `name -> uuid` of a table of a project file (links by their places' names). */
function uuidsByName(file: string, table: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const sql =
      table === 'links'
        ? `SELECT f.name || ' -> ' || t.name AS name, l.uuid FROM links l
             JOIN places f ON f.id = l.base_id JOIN places t ON t.id = l.related_id`
        : table === 'events'
          ? 'SELECT title AS name, uuid FROM events'
          : `SELECT name, uuid FROM ${table}`;
    return new Map(db.prepare(sql).raw(true).all() as [string, string][]);
  } finally {
    db.close();
  }
}

/** Formats whose places carry attributes (GPX waypoints carry a name and a description only). */
const ATTRIBUTE_FORMATS = ['geojson', 'csv', 'kml', 'shp', 'fgb', 'gpkg'] as const;
const fileOf = (format: string) => path.join(dir, `export.${format === 'shp' ? 'zip' : format}`);

describe.runIf(HAVE_GDAL)('uuids in exported files', () => {
  let places: Map<string, string>;

  beforeAll(async () => {
    expect(itinera(['sample', sample]).status).toBe(0);
    // A group and an event, which the sample has none of.
    const host = createProjectHost();
    host.open(sample);
    try {
      const venue = host.current().listPlaces({})[0]!;
      for (const [channel, input] of [
        [CHANNELS.createGroup, { name: 'Wachau cluster', level: 'regional-cluster' }],
        [
          CHANNELS.createEvent,
          { title: 'Open studios', kind: 'open-studio', startDate: '2026-05-10', venuePlaceId: venue.id },
        ],
      ] as const)
        expect(await host.dispatch(channel, input)).toMatchObject({ ok: true });
    } finally {
      host.close();
    }
    places = uuidsByName(sample, 'places');
    expect(places.size).toBe(21);
    for (const format of ATTRIBUTE_FORMATS) {
      const result = itinera(['export', sample, '--format', format, fileOf(format)]);
      expect(result.status, result.stderr).toBe(0);
    }
  }, 120_000);

  it.each(ATTRIBUTE_FORMATS)('%s: GDAL reads each place’s uuid in the uuid column', (format) => {
    const source = format === 'shp' ? `/vsizip/${fileOf(format)}` : fileOf(format);
    const read = ogrFeatures(source).filter(
      (feature) =>
        (format === 'gpkg' ? feature.layer === 'places' : true) &&
        (feature.values.feature_type === undefined || feature.values.feature_type === 'place'),
    );
    // KML's name is the placemark's <name>, which GDAL calls Name.
    const found = new Map(read.map((feature) => [feature.values.name ?? feature.values.Name, feature.values.uuid]));
    for (const [name, uuid] of places) expect(found.get(name), `${format}: ${name}`).toBe(uuid);
  });

  it.each(ATTRIBUTE_FORMATS)('%s: imported into another project, every place keeps its uuid', async (format) => {
    const target = createProjectStore(path.join(dir, `from-${format}.gpkg`));
    try {
      await createImportService(target).importFile(fileOf(format), 'museum');
    } finally {
      target.close();
    }
    const back = uuidsByName(path.join(dir, `from-${format}.gpkg`), 'places');
    for (const [name, uuid] of places) expect(back.get(name), `${format}: ${name}`).toBe(uuid);
    const db = new Database(path.join(dir, `from-${format}.gpkg`), { readonly: true });
    const fields = db.prepare('SELECT count(*) FROM places WHERE custom_fields LIKE \'%"uuid"%\'').pluck().get();
    db.close();
    expect(fields, 'no custom field "uuid"').toBe(0);
  });

  it('imported again into the project it came from: new uuids, every one distinct, the others untouched', async () => {
    const copy = path.join(dir, 'again.gpkg');
    fs.copyFileSync(sample, copy);
    const store = openProjectStore(copy);
    try {
      const result = await createImportService(store).importFile(fileOf('geojson'), 'museum');
      expect(result.added.places).toBe(21);
    } finally {
      store.close();
    }
    const db = new Database(copy, { readonly: true });
    const rows = db.prepare('SELECT id, name, uuid FROM places ORDER BY id').all() as {
      id: number;
      name: string;
      uuid: string;
    }[];
    db.close();
    expect(rows).toHaveLength(42);
    expect(new Set(rows.map((row) => row.uuid)).size).toBe(42);
    // The project's own places keep theirs (the first 21 rows).
    for (const row of rows.slice(0, 21)) expect(row.uuid).toBe(places.get(row.name));
  });

  it('the GeoPackage export keeps the uuids of places, areas, routes, links, groups and events', () => {
    const exported = fileOf('gpkg');
    for (const table of ['places', 'quarters', 'routes', 'links', 'cluster_groups', 'events']) {
      const before = uuidsByName(sample, table);
      expect(before.size, table).toBeGreaterThan(0);
      expect(uuidsByName(exported, table), table).toEqual(before);
    }
  });

  it('JSON-LD names each heritage site by its uuid (urn:uuid:…)', () => {
    const out = path.join(dir, 'sites.jsonld');
    expect(itinera(['export', sample, '--format', 'jsonld', out]).status).toBe(0);
    const graph = (JSON.parse(fs.readFileSync(out, 'utf8')) as { '@graph': { '@id': string; name?: string }[] })[
      '@graph'
    ];
    const sites = graph.filter((node) => node.name && places.has(node.name));
    expect(sites.length).toBeGreaterThan(3);
    for (const site of sites) expect(site['@id']).toBe(`urn:uuid:${places.get(site.name!)}`);
  });
});
