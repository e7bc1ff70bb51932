import { RouteInputSchema } from '../../shared/model/schemas.js';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations/index.js';
import { openProjectStore, createProjectStore } from '../../electron/store/project-store.js';
import { createProjectService } from '../../electron/services/core/project-service.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
let counter = 0;
const fresh = () => path.join(dir, `store-${++counter}.gpkg`);
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((store) => store.close()));

function raw(file: string) {
  const db = new Database(file);
  opened.push(db);
  return db;
}

describe('project store (GeoPackage file)', () => {
  it('writes GeoPackage 1.3 identifiers and records the migrations', () => {
    const file = fresh();
    createProjectStore(file, 'Quarter').close();
    const db = raw(file);
    expect(db.pragma('application_id', { simple: true })).toBe(0x47504b47);
    expect(db.pragma('user_version', { simple: true })).toBe(10300);
    const migrations = db.prepare('SELECT id, name FROM itinera_migrations ORDER BY id').all();
    expect(migrations).toHaveLength(LATEST_SCHEMA_VERSION);
    expect(migrations[0]).toEqual({ id: 1, name: 'init' });
  });

  it('registers feature tables, geometry columns, RTree and related-tables extensions', () => {
    const file = fresh();
    createProjectStore(file).close();
    const db = raw(file);
    const contents = db.prepare('SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name').all();
    const attributes = (table_name: string) => ({ table_name, data_type: 'attributes', srs_id: null });
    expect(contents).toEqual([
      attributes('annotations'),
      attributes('attachments'),
      attributes('basemap_file_tiles'),
      attributes('basemap_files'),
      attributes('basemap_metadata'),
      attributes('basemap_tiles'),
      attributes('cluster_groups'),
      attributes('cluster_groups_annotations'),
      attributes('cluster_groups_attachments'),
      attributes('custom_field_definitions'),
      attributes('event_participants'),
      attributes('events'),
      attributes('events_annotations'),
      attributes('events_attachments'),
      attributes('events_translations'),
      attributes('group_places'),
      attributes('group_quarters'),
      attributes('group_routes'),
      attributes('itinera_history'),
      attributes('itinera_operations'),
      attributes('itinera_sync_base'),
      attributes('itinera_sync_conflicts'),
      attributes('itinera_sync_state'),
      { table_name: 'links', data_type: 'attributes', srs_id: null },
      { table_name: 'network_edges', data_type: 'features', srs_id: 4326 },
      { table_name: 'network_nodes', data_type: 'features', srs_id: 4326 },
      { table_name: 'osm_category_mapping', data_type: 'attributes', srs_id: null },
      { table_name: 'places', data_type: 'features', srs_id: 4326 },
      attributes('places_annotations'),
      attributes('places_attachments'),
      attributes('places_translations'),
      { table_name: 'quarters', data_type: 'features', srs_id: 4326 },
      attributes('quarters_annotations'),
      attributes('quarters_attachments'),
      attributes('quarters_translations'),
      attributes('report_snapshots'),
      { table_name: 'route_stops', data_type: 'attributes', srs_id: null },
      { table_name: 'routes', data_type: 'features', srs_id: 4326 },
      attributes('routes_annotations'),
      attributes('routes_attachments'),
      attributes('routes_translations'),
      { table_name: 'settings', data_type: 'attributes', srs_id: null },
    ]);
    const geometryColumns = db
      .prepare('SELECT table_name, geometry_type_name FROM gpkg_geometry_columns ORDER BY 1')
      .all();
    expect(geometryColumns).toEqual([
      { table_name: 'network_edges', geometry_type_name: 'LINESTRING' },
      { table_name: 'network_nodes', geometry_type_name: 'POINT' },
      { table_name: 'places', geometry_type_name: 'POINT' },
      { table_name: 'quarters', geometry_type_name: 'POLYGON' },
      { table_name: 'routes', geometry_type_name: 'LINESTRING' },
    ]);
    const extensions = db.prepare('SELECT table_name, extension_name FROM gpkg_extensions ORDER BY 1, 2').all();
    expect(extensions).toEqual([
      { table_name: 'basemap_tiles', extension_name: 'im_vector_tiles_mapbox' },
      { table_name: 'cluster_groups_annotations', extension_name: 'related_tables' },
      { table_name: 'cluster_groups_attachments', extension_name: 'related_tables' },
      { table_name: 'event_participants', extension_name: 'related_tables' },
      { table_name: 'events_annotations', extension_name: 'related_tables' },
      { table_name: 'events_attachments', extension_name: 'related_tables' },
      { table_name: 'gpkgext_relations', extension_name: 'related_tables' },
      { table_name: 'group_places', extension_name: 'related_tables' },
      { table_name: 'group_quarters', extension_name: 'related_tables' },
      { table_name: 'group_routes', extension_name: 'related_tables' },
      { table_name: 'links', extension_name: 'related_tables' },
      { table_name: 'network_edges', extension_name: 'gpkg_rtree_index' },
      { table_name: 'network_nodes', extension_name: 'gpkg_rtree_index' },
      { table_name: 'places', extension_name: 'gpkg_rtree_index' },
      { table_name: 'places_annotations', extension_name: 'related_tables' },
      { table_name: 'places_attachments', extension_name: 'related_tables' },
      { table_name: 'quarters', extension_name: 'gpkg_rtree_index' },
      { table_name: 'quarters_annotations', extension_name: 'related_tables' },
      { table_name: 'quarters_attachments', extension_name: 'related_tables' },
      { table_name: 'route_stops', extension_name: 'related_tables' },
      { table_name: 'routes', extension_name: 'gpkg_rtree_index' },
      { table_name: 'routes_annotations', extension_name: 'related_tables' },
      { table_name: 'routes_attachments', extension_name: 'related_tables' },
    ]);
    const triggers = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_places_geom_%' ORDER BY name",
      )
      .all()
      .map((row) => (row as { name: string }).name);
    expect(triggers).toEqual(
      ['delete', 'insert', 'update1', 'update2', 'update3', 'update4'].map((suffix) => `rtree_places_geom_${suffix}`),
    );
  });

  it('keeps the RTree index and the full-text index current through inserts, moves and deletes', () => {
    const file = fresh();
    const store = createProjectStore(file);
    opened.push(store);
    const service = createProjectService(store);
    const a = service.createPlace({
      name: 'Alte Mühle',
      category: 'heritage-site',
      longitude: 15.6,
      latitude: 48.41,
      description: 'Mill of 1520',
      sector: null,
      address: '',
      website: '',
      tags: [],
      customFields: {},
    });
    service.createPlace({
      name: 'Studio Nord',
      category: 'creative-firm',
      sector: 'design',
      longitude: 15.61,
      latitude: 48.42,
      description: '',
      address: '',
      website: '',
      tags: [],
      customFields: {},
    });
    const db = raw(file);
    const box = (id: number) =>
      db.prepare('SELECT minx, maxx, miny, maxy FROM rtree_places_geom WHERE id = ?').get(id) as Record<string, number>;
    expect(box(a.id).minx).toBeCloseTo(15.6, 5);
    service.updatePlace({ id: a.id, changes: { longitude: 15.7, latitude: 48.5 } });
    expect(box(a.id).minx).toBeCloseTo(15.7, 5);
    expect(box(a.id).maxy).toBeCloseTo(48.5, 5);
    expect(service.searchPlaces({ text: 'muhle', limit: 10 }).map((hit) => hit.place.id)).toEqual([a.id]);
    expect(service.searchPlaces({ text: '1520', limit: 10 })[0]?.snippet).toContain('«1520»');
    service.updatePlace({ id: a.id, changes: { name: 'Neue Mühle' } });
    expect(service.searchPlaces({ text: 'alte', limit: 10 })).toEqual([]);
    service.deletePlace({ id: a.id });
    expect(box(a.id)).toBeUndefined();
    expect(service.searchPlaces({ text: 'neue', limit: 10 })).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM rtree_places_geom').get() as { n: number }).n).toBe(1);
  });

  it('search treats FTS5 syntax in user text as plain words', () => {
    const store = createProjectStore(fresh());
    opened.push(store);
    const service = createProjectService(store);
    service.createPlace({
      name: 'Theater "Am Markt" or NEAR',
      category: 'theatre-venue',
      longitude: 1,
      latitude: 1,
      description: '',
      sector: null,
      address: '',
      website: '',
      tags: [],
      customFields: {},
    });
    expect(service.searchPlaces({ text: '"Am Markt" OR NEAR(', limit: 5 })).toHaveLength(1);
    expect(service.searchPlaces({ text: '***', limit: 5 })).toEqual([]);
  });

  it('deleting a place removes its links and route stops in the same transaction', () => {
    const store = createProjectStore(fresh());
    opened.push(store);
    const service = createProjectService(store);
    const base = { sector: null, description: '', address: '', website: '', tags: [], customFields: {} };
    const site = service.createPlace({ ...base, name: 'Site', category: 'monument', longitude: 10, latitude: 50 });
    const firm = service.createPlace({
      ...base,
      name: 'Firm',
      category: 'creative-firm',
      longitude: 10.001,
      latitude: 50,
    });
    const other = service.createPlace({ ...base, name: 'Other', category: 'museum', longitude: 10.002, latitude: 50 });
    service.createLink({
      fromPlaceId: firm.id,
      toPlaceId: site.id,
      type: 'uses-heritage-site',
      note: '',
      startDate: null,
      strength: null,
    });
    const route = service.createRoute(
      RouteInputSchema.parse({
        name: 'Walk',
        mode: 'walk',
        description: '',
        stopPlaceIds: [site.id, firm.id, other.id],
      }),
    );
    expect(route.lengthMetres).toBeGreaterThan(140);
    expect(service.deletePlace({ id: firm.id })).toMatchObject({ id: firm.id, linksRemoved: 1, stopsRemoved: 1 });
    expect(service.listLinks({})).toEqual([]);
    const [after] = service.listRoutes({});
    expect(after?.stops.map((stop) => stop.placeId)).toEqual([site.id, other.id]);
    expect(after?.geometry.coordinates).toEqual([
      [10, 50],
      [10.002, 50],
    ]);
  });

  it('refuses a file from a newer Itinera and leaves it untouched', () => {
    const file = fresh();
    createProjectStore(file).close();
    const db = raw(file);
    db.prepare("INSERT INTO itinera_migrations VALUES (999, 'future', 'x')").run();
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openProjectStore(file)).toThrow(/newer version of Itinera \(schema version 999/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses files that are not Itinera GeoPackages, saying what they are', () => {
    const text = path.join(dir, 'notes.gpkg');
    fs.writeFileSync(text, 'hello');
    expect(() => openProjectStore(text)).toThrow(/not a GeoPackage \(it is not an SQLite database\)/);
    const plain = path.join(dir, 'plain.sqlite');
    raw(plain).exec('CREATE TABLE t (x)');
    expect(() => openProjectStore(plain)).toThrow(/not a GeoPackage \(application_id is 0\)/);
    expect(() => openProjectStore(path.join(dir, 'missing.gpkg'))).toThrow(/does not exist/);
    const existing = fresh();
    createProjectStore(existing).close();
    expect(() => createProjectStore(existing)).toThrow(/already exists/);
  });
});
