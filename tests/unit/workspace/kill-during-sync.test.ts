import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerGeoPackageFunctions } from '../../../electron/store/sqlite-functions.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { ROOT, itinera } from '../../helpers/cli.js';
import { startPostgisCluster, type PostgisCluster } from '../../helpers/postgis-cluster.js';
import { randomFrom } from '../../helpers/seeded-random.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { differences, projectRows, workspaceRows } from '../../helpers/workspace.js';

// Issue #17: `itinera workspace push` and `pull` killed (SIGKILL) at random moments, 10 times
// each: every project stays a valid GeoPackage, a retry completes, no change is applied twice
// (each row changed by a push has one entry in the workspace's log), and the laptop and the
// workspace end identical.

const PLACES = 4_000;
const KILLS = 10;
const run = haveTools('postgis', 'validateGpkg');
const BIN = path.join(ROOT, 'bin', 'itinera.js');

function validGpkg(file: string): void {
  execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], { stdio: 'pipe' });
}

/** Runs the command and kills it after `delayMs`; answers whether it finished on its own first. */
function runAndKill(args: string[], delayMs: number): Promise<'finished' | 'killed'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: 'ignore',
      env: { ...process.env, LC_ALL: 'en_US.UTF-8' },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

/** Changes every place's description (outside the app, as QGIS could): a large changeset. */
function editAll(file: string, round: number): void {
  const db = new Database(file);
  registerGeoPackageFunctions(db);
  db.prepare("UPDATE places SET description = 'round ' || ? || ' of ' || name").run(String(round));
  db.close();
}

describe.runIf(run)('SIGKILL during push and pull', () => {
  let cluster: PostgisCluster;
  const dir = tempDir();
  const laptop = path.join(dir, 'laptop.gpkg');
  const other = path.join(dir, 'other.gpkg');
  const random = randomFrom(Number(process.env.ITINERA_CRASH_SEED ?? 17));
  const db = () => cluster.conninfo('ws');

  beforeAll(async () => {
    cluster = startPostgisCluster();
    cluster.createDatabase('ws');
    const csv = path.join(dir, 'places.csv');
    const lines = ['name,category,longitude,latitude'];
    for (let index = 0; index < PLACES; index++) {
      lines.push(
        `Place ${index},gallery,${(11 + (index % 100) * 0.001).toFixed(4)},${(43.7 + Math.floor(index / 100) * 0.001).toFixed(4)}`,
      );
    }
    fs.writeFileSync(csv, `${lines.join('\n')}\n`);
    const host = createProjectHost();
    const service = host.create(laptop, 'Kill test');
    await service.importFile(csv, 'gallery');
    await service.workspace.init({ conninfo: db() });
    host.close();
    expect(itinera(['workspace', 'clone', other, '--db', db()]).status).toBe(0);
  }, 180_000);
  afterAll(() => cluster?.stop());

  it('push: killed 10 times, every file valid, the retry completes, nothing applied twice', async () => {
    // How long a whole push of this size takes here: the kills fall anywhere within it.
    editAll(laptop, -1);
    const started = Date.now();
    expect(itinera(['workspace', 'push', laptop, '--db', db()]).status).toBe(0);
    const whole = Date.now() - started;
    const outcomes: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      editAll(laptop, round);
      outcomes.push(await runAndKill(['workspace', 'push', laptop, '--db', db()], 200 + random.next() * whole));
      validGpkg(laptop);
    }
    const retry = itinera(['workspace', 'sync', laptop]);
    expect(retry.stderr).toBe('');
    expect(retry.status).toBe(0);
    expect(outcomes.filter((outcome) => outcome === 'killed').length).toBeGreaterThanOrEqual(KILLS / 2);
    // One log entry per row and push: a push applied twice would log its rows twice.
    const twice = cluster.psql(
      `SELECT count(*) FROM (SELECT push_id, row_uuid FROM itinera_changes WHERE push_id IS NOT NULL
         GROUP BY push_id, row_uuid HAVING count(*) > 1) twice`,
      'ws',
    );
    expect(twice.trim()).toBe('0');
    // The laptop's own pushes, cut off before it heard their result, are not conflicts with itself.
    expect(itinera(['workspace', 'conflicts', laptop]).stdout.trim()).toBe('No conflicts.');
    validGpkg(laptop);
    expect(differences(projectRows(laptop), await workspaceRows(cluster, 'ws', laptop))).toEqual([]);
    const description = cluster.psql("SELECT description FROM places WHERE name = 'Place 7'", 'ws').trim();
    expect(description).toBe(`round ${KILLS - 1} of Place 7`);
  }, 600_000);

  it('pull: killed 10 times, every file valid, the retry completes with every change', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      // Changes made in the database itself (as from QGIS), for every round to fetch.
      cluster.psql(`UPDATE places SET address = 'server round ${round}'`, 'ws');
      outcomes.push(await runAndKill(['workspace', 'pull', other], 300 + random.next() * 2_500));
      validGpkg(other);
    }
    const retry = itinera(['workspace', 'pull', other]);
    expect(retry.status).toBe(0);
    expect(outcomes.filter((outcome) => outcome === 'killed').length).toBeGreaterThanOrEqual(1);
    validGpkg(other);
    expect(differences(projectRows(other), await workspaceRows(cluster, 'ws', other))).toEqual([]);
    expect(itinera(['workspace', 'status', other]).stdout).toMatch(/Changes waiting to be sent: 0\./);
    const addresses = new Database(other).prepare('SELECT DISTINCT address FROM places').pluck().all();
    expect(addresses).toEqual([`server round ${KILLS - 1}`]);
  }, 600_000);
});
