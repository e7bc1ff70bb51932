import Database from 'better-sqlite3';
import * as turf from '@turf/turf';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { networkAccess } from '../../../shared/codecs/osm/osm-network.js';
import { readOsm } from '../../../shared/codecs/osm/read-osm.js';
import { decodeGeometry } from '../../../shared/codecs/gpkg-geometry.js';
import { geodesicDistanceMetres } from '../../../shared/geo/geodesic-distance.js';
import { connectedComponents, loadNetworkGraph, shortestPath } from '../../../electron/services/osm/network-graph.js';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { ROOT } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools, IN_CI } from '../../helpers/tools.js';

// The walking and cycling network built from real OpenStreetMap extracts (../shared/data/osm/,
// © OpenStreetMap contributors, ODbL), read where they are.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');

function extract(name: string): string | null {
  const file = path.join(EXTRACTS, name);
  if (fs.existsSync(file)) return file;
  if (IN_CI) throw new Error(`CI=true and the OSM extract ${file} is missing`);
  console.warn(`Skipping: the OSM extract ${file} is missing`);
  return null;
}

const dir = tempDir('itinera-network-');
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function newStore(): ProjectStore {
  const store = createProjectStore(path.join(dir, `${++counter}-project.gpkg`), 'Network test');
  stores.push(store);
  return store;
}

interface EdgeRow {
  id: number;
  geom: Buffer;
  from_node: number;
  to_node: number;
  length_metres: number;
  highway: string;
  name: string;
  foot: number;
  bicycle: number;
  bicycle_oneway: number;
  osm_way_id: number;
}

function readNetwork(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const nodes = new Map(
      db
        .prepare<[], { id: number; geom: Buffer }>('SELECT id, geom FROM network_nodes')
        .all()
        .map((row) => [row.id, decodeGeometry(row.geom).geometry as GeoJSON.Point]),
    );
    const edges = db.prepare<[], EdgeRow>('SELECT * FROM network_edges ORDER BY id').all();
    return { nodes, edges };
  } finally {
    db.close();
  }
}

/** Way ids and tags of an extract, straight from the reader (what the network should follow). */
async function waysOf(file: string): Promise<Map<number, Record<string, string>>> {
  const ways = new Map<number, Record<string, string>>();
  const { createReadStream } = fs;
  const zlib = await import('node:zlib');
  const raw = createReadStream(file);
  const chunks = file.endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw;
  await readOsm(chunks, { way: (way) => void ways.set(way.id, way.tags) }, path.basename(file));
  return ways;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('walking and cycling access from OSM tags', () => {
  it('follows the highway class, then foot/bicycle/access tags', () => {
    expect(networkAccess({ highway: 'footway' })).toEqual({ foot: true, bicycle: false, bicycleOneway: 0 });
    expect(networkAccess({ highway: 'footway', bicycle: 'yes' })).toMatchObject({ foot: true, bicycle: true });
    expect(networkAccess({ highway: 'cycleway' })).toMatchObject({ foot: false, bicycle: true });
    expect(networkAccess({ highway: 'cycleway', foot: 'designated' })).toMatchObject({ foot: true, bicycle: true });
    expect(networkAccess({ highway: 'residential' })).toMatchObject({ foot: true, bicycle: true });
    expect(networkAccess({ highway: 'pedestrian' })).toMatchObject({ foot: true, bicycle: false });
    expect(networkAccess({ highway: 'steps' })).toMatchObject({ foot: true, bicycle: false });
    expect(networkAccess({ highway: 'motorway' })).toBeNull();
    expect(networkAccess({ highway: 'motorway_link', foot: 'no' })).toBeNull();
    expect(networkAccess({ highway: 'trunk' })).toMatchObject({ foot: true, bicycle: true });
    expect(networkAccess({ highway: 'trunk', expressway: 'yes' })).toBeNull();
    expect(networkAccess({ highway: 'trunk', motorroad: 'yes', foot: 'yes' })).toMatchObject({
      foot: true,
      bicycle: false,
    });
    expect(networkAccess({ highway: 'primary', motorroad: 'yes' })).toBeNull();
    expect(networkAccess({ highway: 'service', access: 'private' })).toBeNull();
    expect(networkAccess({ highway: 'service', access: 'private', foot: 'yes' })).toMatchObject({
      foot: true,
      bicycle: false,
    });
    expect(networkAccess({ highway: 'path', bicycle: 'no' })).toMatchObject({ foot: true, bicycle: false });
    expect(networkAccess({ highway: 'track', vehicle: 'no' })).toMatchObject({ foot: true, bicycle: false });
    expect(networkAccess({ highway: 'construction' })).toBeNull();
    expect(networkAccess({ building: 'yes' })).toBeNull();
  });

  it('gives cyclists the oneway of the road, unless the cycle tags say otherwise', () => {
    expect(networkAccess({ highway: 'residential', oneway: 'yes' })?.bicycleOneway).toBe(1);
    expect(networkAccess({ highway: 'residential', oneway: '-1' })?.bicycleOneway).toBe(-1);
    expect(networkAccess({ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' })?.bicycleOneway).toBe(0);
    expect(networkAccess({ highway: 'residential', oneway: 'yes', cycleway: 'opposite_lane' })?.bicycleOneway).toBe(0);
    expect(networkAccess({ highway: 'primary', junction: 'roundabout' })?.bicycleOneway).toBe(1);
    expect(networkAccess({ highway: 'footway', oneway: 'yes' })?.bicycleOneway).toBe(0);
  });
});

const CASES = [
  // extract, two streets a walker can go between, the least share of nodes in the largest component
  { name: 'bautzen.osm', from: 'Welkaer Straße', to: 'An der Hummel', connected: 0.9 },
  { name: 'krems.osm.gz', from: 'Untere Landstraße', to: 'Gewerbeparkstraße', connected: 0.9 },
  { name: 'north-bayreuth.osm.gz', from: 'Kulmbacher Straße', to: 'Schulstraße', connected: 0.9 },
  // The whole country, cut from a larger extract: valleys' tracks and paths end at its border.
  { name: 'andorra.osm.pbf', from: 'Carrer de la Sardana', to: 'Avinguda de les Escoles', connected: 0.7 },
] as const;

describe.each(CASES)('the network of $name', ({ name, from, to, connected }) => {
  it('stores junction-to-junction edges with geodesic lengths and the access their ways give', async () => {
    const file = extract(name);
    if (!file) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    const { nodes, edges } = readNetwork(store.file);
    expect(result.network).toEqual({ nodes: nodes.size, edges: edges.length, changed: true });
    expect(edges.length).toBeGreaterThan(30);
    const ways = await waysOf(file);
    for (const edge of edges) {
      const line = decodeGeometry(edge.geom).geometry as GeoJSON.LineString;
      // Both ends are stored nodes, exactly where the line starts and ends.
      expect(nodes.get(edge.from_node)?.coordinates).toEqual(line.coordinates[0]);
      expect(nodes.get(edge.to_node)?.coordinates).toEqual(line.coordinates.at(-1));
      expect(edge.length_metres).toBeGreaterThan(0);
      // Metres along the line: turf's spherical length agrees within 0.5 %.
      const spherical = turf.length(turf.lineString(line.coordinates), { units: 'meters' });
      expect(Math.abs(edge.length_metres - spherical)).toBeLessThanOrEqual(0.005 * spherical + 0.02);
      // The access and class come from the OSM way it follows.
      const tags = ways.get(edge.osm_way_id)!;
      expect(tags.highway).toBe(edge.highway);
      const access = networkAccess(tags)!;
      expect([edge.foot === 1, edge.bicycle === 1]).toEqual([access.foot, access.bicycle]);
    }
    // Every node is a junction or a way end: it touches an edge.
    const used = new Set(edges.flatMap((edge) => [edge.from_node, edge.to_node]));
    expect(used.size).toBe(nodes.size);
    // Samples: footways are for walkers only (unless tagged for bicycles), motorways are not in it.
    const plainFootways = edges.filter((edge) => {
      const tags = ways.get(edge.osm_way_id)!;
      return edge.highway === 'footway' && !tags.bicycle && !tags.vehicle && !tags.access && !tags.foot;
    });
    for (const edge of plainFootways) expect([edge.foot, edge.bicycle]).toEqual([1, 0]);
    const motorways = [...ways].filter(([, tags]) => tags.highway === 'motorway').map(([id]) => id);
    const inNetwork = new Set(edges.map((edge) => edge.osm_way_id));
    for (const id of motorways) expect(inNetwork.has(id)).toBe(false);
    if (name === 'bautzen.osm') expect(motorways.length).toBeGreaterThan(0);
    if (name === 'krems.osm.gz') expect(plainFootways.length).toBeGreaterThan(10);
  });

  it('is connected where the streets are: a walker gets from one named street to another', async () => {
    const file = extract(name);
    if (!file) return;
    const store = newStore();
    await importOsmFile(store, file);
    const graph = loadNetworkGraph(store, 'foot');
    const { sizes } = connectedComponents(graph);
    expect(sizes[0]! / graph.nodeIds.length).toBeGreaterThanOrEqual(connected);
    const edges = store.network.edges();
    const start = graph.indexOf(edges.find((edge) => edge.name === from && edge.foot)!.fromNode)!;
    const end = graph.indexOf(edges.find((edge) => edge.name === to && edge.foot)!.toNode)!;
    const found = shortestPath(graph, start, end)!;
    expect(found).not.toBeNull();
    const straight = geodesicDistanceMetres(
      [graph.longitudes[start]!, graph.latitudes[start]!],
      [graph.longitudes[end]!, graph.latitudes[end]!],
    );
    expect(found.lengthMetres).toBeGreaterThanOrEqual(straight);
    expect(found.lengthMetres).toBeLessThan(straight * 5 + 500);
    const lengths = new Map(edges.map((edge) => [edge.id, edge.lengthMetres]));
    expect(found.edgeIds.reduce((sum, id) => sum + lengths.get(id)!, 0)).toBeCloseTo(found.lengthMetres, 6);
  });
});

describe('re-importing and clipping the network', () => {
  it('a re-import of the same extract leaves the file byte for byte as it was', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    await importOsmFile(store, file);
    const before = sha(store.file);
    const again = await importOsmFile(store, file);
    expect(again.network.changed).toBe(false);
    expect(sha(store.file)).toBe(before);
  });

  it('--bbox keeps only what lies inside, cutting ways at the box; a wider import replaces it', async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    const full = await importOsmFile(store, file);
    const box = [15.6, 48.4, 15.62, 48.42] as const;
    const clipped = await importOsmFile(store, file, { box });
    expect(clipped.network.changed).toBe(true);
    expect(clipped.network.edges).toBeGreaterThan(10);
    expect(clipped.network.edges).toBeLessThan(full.network.edges);
    const { nodes, edges } = readNetwork(store.file);
    expect(edges.length).toBe(clipped.network.edges);
    for (const edge of edges)
      for (const [longitude, latitude] of (decodeGeometry(edge.geom).geometry as GeoJSON.LineString).coordinates) {
        expect(longitude).toBeGreaterThanOrEqual(box[0]);
        expect(longitude).toBeLessThanOrEqual(box[2]);
        expect(latitude).toBeGreaterThanOrEqual(box[1]);
        expect(latitude).toBeLessThanOrEqual(box[3]);
      }
    expect(nodes.size).toBe(clipped.network.nodes);
    const again = await importOsmFile(store, file);
    expect(again.network).toEqual({ ...full.network, changed: true });
  });

  it("a quarter's outline keeps only the places and paths inside it; the basemap covers its box", async () => {
    const file = extract('krems.osm.gz');
    if (!file) return;
    const store = newStore();
    // A triangle over part of the extract: its box holds more than the triangle does.
    const area: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [15.6, 48.4],
          [15.63, 48.4],
          [15.6, 48.43],
          [15.6, 48.4],
        ],
      ],
    };
    const inBox = await importOsmFile(newStore(), file, { box: [15.6, 48.4, 15.63, 48.43] });
    const clipped = await importOsmFile(store, file, { area });
    expect(clipped.network.edges).toBeGreaterThan(10);
    expect(clipped.network.edges).toBeLessThan(inBox.network.edges);
    expect(clipped.added).toBeLessThan(inBox.added);
    expect(clipped.skipped.outsideBox).toBeGreaterThan(inBox.skipped.outsideBox);
    const inside = (position: number[]) => turf.booleanPointInPolygon(position, area);
    const { nodes, edges } = readNetwork(store.file);
    expect(edges.length).toBe(clipped.network.edges);
    for (const edge of edges)
      for (const position of (decodeGeometry(edge.geom).geometry as GeoJSON.LineString).coordinates)
        expect(inside(position), `edge ${edge.id} at ${position.join(',')}`).toBe(true);
    expect(nodes.size).toBe(clipped.network.nodes);
    const places = store.places.list();
    expect(places.length).toBe(clipped.added);
    for (const place of places) expect(inside([place.longitude, place.latitude]), place.name).toBe(true);
    // The street basemap is cut to the outline's box: the streets around the quarter are drawn too.
    expect(clipped.basemap.bounds).toEqual(inBox.basemap.bounds);
  });

  it('QGIS and GDAL see network_nodes and network_edges as layers; validate_gpkg stays clean', async () => {
    const file = extract('andorra.osm.pbf');
    if (!file || !haveTools('validateGpkg', 'ogrinfo')) return;
    const store = newStore();
    const result = await importOsmFile(store, file);
    store.close();
    expect(
      execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', store.file], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('');
    const info = execFileSync('ogrinfo', ['-so', '-al', store.file], { encoding: 'utf8' });
    expect(info).toMatch(
      new RegExp(`Layer name: network_edges\\n[^]*?Geometry: Line String\\nFeature Count: ${result.network.edges}\\n`),
    );
    expect(info).toMatch(
      new RegExp(`Layer name: network_nodes\\n[^]*?Geometry: Point\\nFeature Count: ${result.network.nodes}\\n`),
    );
    expect(info).toMatch(/length_metres: Real/);
    // Both RTrees are packed in bulk: SQLite's own check agrees with them.
    const db = new Database(store.file, { readonly: true });
    for (const rtree of ['rtree_network_nodes_geom', 'rtree_network_edges_geom'])
      expect(db.prepare(`SELECT rtreecheck('${rtree}') AS result`).get()).toEqual({ result: 'ok' });
    const counts = db
      .prepare(
        'SELECT (SELECT count(*) FROM rtree_network_edges_geom) AS edges, (SELECT count(*) FROM rtree_network_nodes_geom) AS nodes',
      )
      .get();
    db.close();
    expect(counts).toEqual({ edges: result.network.edges, nodes: result.network.nodes });
  });
});
