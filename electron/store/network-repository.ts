import type Database from 'better-sqlite3';
import type { LineString } from 'geojson';
import { decodeGeometry, encodeGeometry } from '../../shared/codecs/gpkg-geometry.js';
import type { NetworkEdgeRecord } from '../../shared/routing/network-records.js';
import type { OsmNetwork } from '../../shared/codecs/osm/osm-network.js';
import { packRtree, type RtreeEntries } from './rtree-bulk-load.js';
import { toBlob } from './sqlite-functions.js';

// The walking and cycling network (migration 0005): network_nodes and network_edges. An OSM
// import replaces it whole; routing reads it whole (electron/services/network-graph.ts).

export interface StoredNetworkNode {
  id: number;
  longitude: number;
  latitude: number;
}

export interface StoredNetworkEdge {
  id: number;
  fromNode: number;
  toNode: number;
  lengthMetres: number;
  highway: string;
  name: string;
  foot: boolean;
  bicycle: boolean;
  bicycleOneway: boolean;
  osmWayId: number;
  tags: Record<string, string>;
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
  tags: string;
}

/** Tags as stored (JSON of strings); anything else another tool wrote there reads as none. */
function parseTags(text: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function entriesOf(
  count: number,
  box: (index: number) => [id: number, minX: number, maxX: number, minY: number, maxY: number],
): RtreeEntries {
  const entries = {
    ids: new Float64Array(count),
    minX: new Float64Array(count),
    maxX: new Float64Array(count),
    minY: new Float64Array(count),
    maxY: new Float64Array(count),
    length: count,
  };
  for (let index = 0; index < count; index++) {
    const [id, minX, maxX, minY, maxY] = box(index);
    entries.ids[index] = id;
    entries.minX[index] = minX;
    entries.maxX[index] = maxX;
    entries.minY[index] = minY;
    entries.maxY[index] = maxY;
  }
  return entries;
}

function edgeRows(network: OsmNetwork): EdgeRow[] {
  return network.edges.map((edge, index) => ({
    id: index + 1,
    geom: toBlob(encodeGeometry({ type: 'LineString', coordinates: edge.coordinates })),
    from_node: edge.fromNode,
    to_node: edge.toNode,
    length_metres: edge.lengthMetres,
    highway: edge.highway,
    name: edge.name,
    foot: edge.foot ? 1 : 0,
    bicycle: edge.bicycle ? 1 : 0,
    bicycle_oneway: edge.bicycleOneway ? 1 : 0,
    osm_way_id: edge.osmWayId,
    tags: JSON.stringify(edge.tags),
  }));
}

const EDGE_COLUMNS = [
  'id',
  'geom',
  'from_node',
  'to_node',
  'length_metres',
  'highway',
  'name',
  'foot',
  'bicycle',
  'bicycle_oneway',
  'osm_way_id',
  'tags',
] as const;

function sameEdge(a: EdgeRow, b: EdgeRow): boolean {
  return EDGE_COLUMNS.every((column) =>
    column === 'geom' ? a.geom.equals(b.geom) : a[column] === (b[column] as unknown),
  );
}

export function createNetworkRepository(db: Database.Database) {
  const statements = {
    nodes: db.prepare<[], { id: number; geom: Buffer }>('SELECT id, geom FROM network_nodes ORDER BY id'),
    nodeCount: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM network_nodes'),
    edges: db.prepare<[], EdgeRow>(`SELECT ${EDGE_COLUMNS.join(', ')} FROM network_edges ORDER BY id`),
    edgeAttributes: db.prepare<[], Omit<EdgeRow, 'geom'>>(
      `SELECT ${EDGE_COLUMNS.filter((column) => column !== 'geom').join(', ')} FROM network_edges ORDER BY id`,
    ),
    edgeCount: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM network_edges'),
    version: db.prepare<[], { version: string | null }>(
      "SELECT last_change || '/' || (SELECT count(*) FROM network_edges) AS version FROM gpkg_contents WHERE table_name = 'network_edges'",
    ),
    nodePositions: db.prepare<[], { id: number; longitude: number; latitude: number }>(
      'SELECT id, ST_MinX(geom) AS longitude, ST_MinY(geom) AS latitude FROM network_nodes ORDER BY id',
    ),
    clearNodes: db.prepare('DELETE FROM network_nodes'),
    clearEdges: db.prepare('DELETE FROM network_edges'),
    insertNode: db.prepare<[number, Buffer]>('INSERT INTO network_nodes (id, geom) VALUES (?, ?)'),
    indexTriggers: db.prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('network_nodes', 'network_edges') AND name LIKE 'rtree_%'",
    ),
    insertEdge: db.prepare<EdgeRow>(
      `INSERT INTO network_edges (${EDGE_COLUMNS.join(', ')}) VALUES (${EDGE_COLUMNS.map((column) => `@${column}`).join(', ')})`,
    ),
  };

  /** Whether the stored network already is exactly `nodes` and `edges` (then nothing is written). */
  function isStored(nodes: { id: number; geom: Buffer }[], edges: EdgeRow[]): boolean {
    if (statements.nodeCount.get()!.count !== nodes.length) return false;
    if (statements.edgeCount.get()!.count !== edges.length) return false;
    let index = 0;
    for (const row of statements.nodes.iterate()) {
      const node = nodes[index++]!;
      if (row.id !== node.id || !row.geom.equals(node.geom)) return false;
    }
    index = 0;
    for (const row of statements.edges.iterate()) if (!sameEdge(row, edges[index++]!)) return false;
    return true;
  }

  return {
    /** Changes whenever an import replaces the network (its last change and size): for caches of it. */
    version(): string {
      return statements.version.get()?.version ?? 'none';
    },
    counts(): { nodes: number; edges: number } {
      return { nodes: statements.nodeCount.get()!.count, edges: statements.edgeCount.get()!.count };
    },
    /**
     * Replaces the stored network (call inside a transaction); `checkCancelled` is called between
     * batches (it throws when the job was cancelled, which rolls the transaction back). Returns false when the network was already stored.
     */
    replace(network: OsmNetwork, checkCancelled: () => void = () => {}): boolean {
      const nodes = network.nodes.map((node) => ({
        id: node.id,
        geom: toBlob(encodeGeometry({ type: 'Point', coordinates: [node.longitude, node.latitude] })),
      }));
      const edges = edgeRows(network);
      if (isStored(nodes, edges)) return false;
      // The whole network is replaced: row-by-row RTree triggers are suspended and both
      // indexes packed at the end (rtree-bulk-load.ts); DDL is transactional, so a failure or a
      // cancel restores the triggers with everything else.
      const triggers = statements.indexTriggers.all();
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      statements.clearEdges.run();
      statements.clearNodes.run();
      nodes.forEach((node, index) => {
        if (index % 5000 === 0) checkCancelled();
        statements.insertNode.run(node.id, node.geom);
      });
      edges.forEach((edge, index) => {
        if (index % 5000 === 0) checkCancelled();
        statements.insertEdge.run(edge);
      });
      packRtree(
        db,
        'rtree_network_nodes_geom',
        entriesOf(network.nodes.length, (index) => {
          const node = network.nodes[index]!;
          return [node.id, node.longitude, node.longitude, node.latitude, node.latitude];
        }),
      );
      packRtree(
        db,
        'rtree_network_edges_geom',
        entriesOf(network.edges.length, (index) => {
          let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
          for (const [longitude, latitude] of network.edges[index]!.coordinates) {
            minX = Math.min(minX, longitude);
            maxX = Math.max(maxX, longitude);
            minY = Math.min(minY, latitude);
            maxY = Math.max(maxY, latitude);
          }
          return [index + 1, minX, maxX, minY, maxY];
        }),
      );
      for (const trigger of triggers) db.exec(trigger.sql);
      return true;
    },
    /** Every node's position, by id order. */
    nodes(): StoredNetworkNode[] {
      return statements.nodePositions.all();
    },
    /** Every edge without its geometry (what routing needs), by id order. */
    edges(): StoredNetworkEdge[] {
      return statements.edgeAttributes.all().map((row) => ({
        id: row.id,
        fromNode: row.from_node,
        toNode: row.to_node,
        lengthMetres: row.length_metres,
        highway: row.highway,
        name: row.name,
        foot: row.foot === 1,
        bicycle: row.bicycle === 1,
        bicycleOneway: row.bicycle_oneway === 1,
        osmWayId: row.osm_way_id,
        tags: parseTags(row.tags),
      }));
    },
    /** The network as the router reads it: nodes, and edges with their geometry and tags. */
    routingNetwork(): { nodes: StoredNetworkNode[]; edges: NetworkEdgeRecord[] } {
      const edges = statements.edges.all().map((row) => ({
        fromNode: row.from_node,
        toNode: row.to_node,
        lengthMetres: row.length_metres,
        highway: row.highway,
        name: row.name,
        foot: row.foot === 1,
        bicycle: row.bicycle === 1,
        bicycleOneway: row.bicycle_oneway === 1,
        tags: parseTags(row.tags),
        coordinates: (decodeGeometry(row.geom).geometry as LineString).coordinates as [number, number][],
      }));
      return { nodes: statements.nodePositions.all(), edges };
    },
  };
}
export type NetworkRepository = ReturnType<typeof createNetworkRepository>;
