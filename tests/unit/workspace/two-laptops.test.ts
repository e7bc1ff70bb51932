import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../../shared/api/contract.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { registerGeoPackageFunctions } from '../../../electron/store/sqlite-functions.js';
import { startPostgisCluster, type PostgisCluster } from '../../helpers/postgis-cluster.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import {
  differences,
  openLaptop,
  projectRows,
  seedProject,
  workspaceRows,
  type Laptop,
} from '../../helpers/workspace.js';

// Issue #17: two laptops clone one workspace, each makes 1,000 edits offline through the app's
// own edit path (50 of them to the same field of the same places), then sync in both orders:
// both projects and the workspace end identical, exactly the 50 double edits are conflicts, no
// other edit is lost; resolving them (mine, theirs, a typed value) converges all three.

const EDITS = 1_000;
const DOUBLE = 50;
const SEED = 300;
const run = haveTools('postgis');

/** 1,000 edits: the 50 double ones first, then creations (and links), deletions, one field each. */
function edit(laptop: Laptop, who: 'A' | 'B'): void {
  const { service } = laptop;
  // The seed's places by their number (a clone numbers its rows in its own order).
  const byName = new Map(service.listPlaces({}).map((place) => [place.name, place]));
  const seed = Array.from({ length: SEED }, (_, index) => byName.get(`Place ${index}`)!);
  let count = 0;
  for (let index = 0; index < DOUBLE; index++, count++) {
    service.updatePlace(parseInput('updatePlace', { id: seed[index]!.id, changes: { name: `${who} name ${index}` } }));
  }
  const made: number[] = [];
  for (let index = 0; index < 100; index++, count++) {
    const place = service.createPlace(
      parseInput('createPlace', {
        name: `${who} new ${index}`,
        category: 'studio-building',
        longitude: who === 'A' ? 11.3 + index * 0.0005 : 11.2 - index * 0.0005,
        latitude: 43.8,
      }),
    );
    made.push(place.id);
  }
  for (let index = 1; index < 100; index += 2, count++) {
    service.createLink(
      parseInput('createLink', { fromPlaceId: made[index - 1], toPlaceId: made[index], type: 'tenant' }),
    );
  }
  if (who === 'A') {
    for (let index = 280; index < SEED; index++, count++) service.deletePlace({ id: seed[index]!.id });
  }
  // The rest: one field per laptop (A the descriptions, B the addresses), some places by both.
  const range = who === 'A' ? [50, 250] : [50, 280];
  for (let round = 0; count < EDITS; round++) {
    for (let index = range[0]!; index < range[1]! && count < EDITS; index++, count++) {
      const changes =
        who === 'A' ? { description: `A description ${index} v${round}` } : { address: `B street ${index} v${round}` };
      service.updatePlace(parseInput('updatePlace', { id: seed[index]!.id, changes }));
    }
  }
  expect(count).toBe(EDITS);
}

describe.runIf(run).each([
  { first: 'A', second: 'B' },
  { first: 'B', second: 'A' },
] as const)('two laptops, $first syncs first', ({ first, second }) => {
  let cluster: PostgisCluster;
  const dir = tempDir();
  const database = `ws_${first.toLowerCase()}`;
  const laptops = {} as Record<'A' | 'B', Laptop>;
  const conninfo = () => ({ conninfo: cluster.conninfo(database) });

  beforeAll(async () => {
    cluster = startPostgisCluster();
    cluster.createDatabase(database);
    const seed = openLaptop(seedProject(dir, SEED));
    await seed.service.workspace.init(conninfo());
    seed.host.close();
    for (const who of ['A', 'B'] as const) {
      const file = path.join(dir, `${who}.gpkg`);
      const host = createProjectHost();
      const service = host.create(file);
      await service.workspace.cloneInto(conninfo());
      laptops[who] = { file, host, service };
    }
  }, 120_000);
  afterAll(() => {
    for (const laptop of Object.values(laptops)) laptop.host.close();
    cluster?.stop();
  });

  it('syncs 2 × 1,000 offline edits: identical everywhere, exactly the 50 double edits in conflict', async () => {
    edit(laptops.A, 'A');
    edit(laptops.B, 'B');
    // A row written by another tool (plain SQL, as QGIS writes the file) waits for the push too.
    const raw = new Database(laptops[first].file);
    // The GeoPackage functions the RTree's triggers call: QGIS and GDAL bring their own.
    registerGeoPackageFunctions(raw);
    raw.prepare("UPDATE places SET website = 'https://example.org/raw' WHERE name = 'Place 270'").run();
    raw.close();
    expect(laptops[first].service.workspace.localStatus().pending).toBeGreaterThan(100);
    // "Changes waiting" compares only the rows changed since the last sync: exactly what a push,
    // comparing every row, finds.
    const waiting = () =>
      Object.values(laptops).map(({ service }) => [
        service.workspace.localStatus().pending,
        service.workspace.pendingChanges().length,
      ]);
    for (const [marked, all] of waiting()) expect(marked).toBe(all);

    await laptops[first].service.workspace.sync(conninfo());
    const second1 = await laptops[second].service.workspace.sync(conninfo());
    await laptops[first].service.workspace.sync(conninfo());
    expect(second1.conflicts).toBe(DOUBLE);

    const conflicts = laptops[second].service.workspace.conflicts();
    expect(conflicts).toHaveLength(DOUBLE);
    expect(new Set(conflicts.map((conflict) => conflict.field))).toEqual(new Set(['name']));
    expect(conflicts.map((conflict) => conflict.mine).sort()).toEqual(
      Array.from({ length: DOUBLE }, (_, index) => `${second} name ${index}`).sort(),
    );
    expect(conflicts.every((conflict) => String(conflict.theirs).startsWith(`${first} name`))).toBe(true);
    expect(laptops[first].service.workspace.conflicts()).toHaveLength(0);
    for (const [marked, all] of waiting()) expect(marked).toBe(all);

    for (const laptop of Object.values(laptops)) laptop.host.close();
    const server = await workspaceRows(cluster, database, laptops.A.file);
    for (const who of ['A', 'B'] as const) expect(differences(projectRows(laptops[who].file), server)).toEqual([]);

    // Nothing else lost: every last value of both laptops, their new places and links, A's deletions.
    const places = [...server.get('places')!.values()].map((text) => JSON.parse(text) as Record<string, string>);
    const named = (name: string) => places.find((place) => place.name === name);
    expect(places).toHaveLength(SEED - 20 + 200);
    expect(places.filter((place) => / new \d+$/.test(place.name ?? '')).length).toBe(200);
    expect(server.get('links')!.size).toBe(20 + 100);
    const lastA = (index: number) => `A description ${index} v3`;
    expect(named('Place 100')?.description).toBe(lastA(100));
    expect(named('Place 260')?.address).toBe('B street 260 v2');
    expect(named('Place 120')?.address).toBe('B street 120 v3');
    expect(named('Place 285')).toBeUndefined();
  }, 600_000);

  it('resolving the conflicts (mine, theirs, a typed value) converges all three', async () => {
    for (const laptop of Object.values(laptops)) laptop.service = laptop.host.open(laptop.file);
    const conflicted = laptops[second].service.workspace;
    const conflicts = conflicted.conflicts().sort((a, b) => String(a.mine).localeCompare(String(b.mine)));
    conflicts.forEach((conflict, index) => {
      if (index < 25) conflicted.resolve(conflict.id, { keep: 'mine' });
      else if (index < 45) conflicted.resolve(conflict.id, { keep: 'theirs' });
      else conflicted.resolve(conflict.id, { value: `Agreed ${index}` });
    });
    expect(conflicted.conflicts()).toHaveLength(0);
    await conflicted.sync(conninfo());
    await laptops[first].service.workspace.sync(conninfo());
    for (const laptop of Object.values(laptops)) laptop.host.close();

    const server = await workspaceRows(cluster, database, laptops.A.file);
    for (const who of ['A', 'B'] as const) expect(differences(projectRows(laptops[who].file), server)).toEqual([]);
    const names = [...server.get('places')!.values()].map((text) => (JSON.parse(text) as { name: string }).name);
    expect(names.filter((name) => name.startsWith(`${second} name`))).toHaveLength(25);
    expect(names.filter((name) => name.startsWith(`${first} name`))).toHaveLength(20);
    expect(names.filter((name) => name.startsWith('Agreed'))).toHaveLength(5);
  }, 300_000);
});
