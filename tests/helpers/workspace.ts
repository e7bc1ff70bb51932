import path from 'node:path';
import { parseInput } from '../../shared/api/contract.js';
import { createProjectHost, type ProjectHost } from '../../electron/services/core/project-host.js';
import type { ProjectServiceImpl } from '../../electron/services/core/project-service.js';
import { openProjectStore } from '../../electron/store/project-store.js';
import { connect } from '../../electron/store/workspace/pg-connection.js';
import { readServerRows } from '../../electron/store/workspace/pg-rows.js';
import type { TransportRow } from '../../electron/store/workspace/shared-tables.js';
import type { PostgisCluster } from './postgis-cluster.js';

// Laptops and a workspace for the workspace tests: a seed project published into a database,
// projects cloned from it, and every shared row of a project or of the workspace, by table and
// uuid, to compare them.

export interface Laptop {
  file: string;
  host: ProjectHost;
  service: ProjectServiceImpl;
}

export function openLaptop(file: string): Laptop {
  const host = createProjectHost();
  return { file, host, service: host.open(file) };
}

/** A seed project of `places` places (and some links) in `dir`. */
export function seedProject(dir: string, places: number): string {
  const file = path.join(dir, 'seed.gpkg');
  const host = createProjectHost();
  const service = host.create(file, 'Regional route');
  const ids: number[] = [];
  for (let index = 0; index < places; index++) {
    const place = service.createPlace(
      parseInput('createPlace', {
        name: `Place ${index}`,
        category: index % 3 === 0 ? 'heritage-site' : index % 3 === 1 ? 'gallery' : 'creative-firm',
        longitude: 11.25 + (index % 20) * 0.001,
        latitude: 43.77 + Math.floor(index / 20) * 0.001,
        description: `Seed ${index}`,
      }),
    );
    ids.push(place.id);
  }
  for (let index = 1; index < Math.min(places, 40); index += 2) {
    service.createLink(
      parseInput('createLink', { fromPlaceId: ids[index - 1], toPlaceId: ids[index], type: 'project-partner' }),
    );
  }
  host.close();
  return file;
}

/** Every shared row of a project: table -> uuid -> row (JSON text, to compare). */
export function projectRows(file: string): Map<string, Map<string, string>> {
  const store = openProjectStore(file);
  try {
    return new Map(
      store.workspace.tables().map((table) => [table.name, texts(store.workspace.rows(table.name))] as const),
    );
  } finally {
    store.close();
  }
}

const texts = (rows: Map<string, TransportRow>) =>
  new Map([...rows].map(([uuid, row]) => [uuid, JSON.stringify(row, Object.keys(row).sort())]));

/** Every shared row of the workspace, as projectRows. */
export async function workspaceRows(cluster: PostgisCluster, database: string, tablesFrom: string) {
  const store = openProjectStore(tablesFrom);
  const tables = store.workspace.tables();
  store.close();
  const client = await connect(cluster.conninfo(database));
  try {
    const all = new Map<string, Map<string, string>>();
    for (const table of tables) {
      const rows = await readServerRows(client, table);
      all.set(table.name, texts(new Map([...rows].map(([uuid, found]) => [uuid, found.row]))));
    }
    return all;
  } finally {
    await client.end();
  }
}

/** The differences between two dumps (at most `limit`), to say what did not converge. */
export function differences(a: Map<string, Map<string, string>>, b: Map<string, Map<string, string>>, limit = 5) {
  const found: string[] = [];
  for (const [table, rows] of a) {
    const other = b.get(table) ?? new Map<string, string>();
    for (const [uuid, row] of rows)
      if (other.get(uuid) !== row) found.push(`${table} ${uuid}: ${row} / ${other.get(uuid)}`);
    for (const uuid of other.keys()) if (!rows.has(uuid)) found.push(`${table} ${uuid}: missing / ${other.get(uuid)}`);
  }
  return found.slice(0, limit);
}
