import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../../shared/api/contract.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { errorText } from '../../../shared/i18n/message-error.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { registerGeoPackageFunctions } from '../../../electron/store/sqlite-functions.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { itinera } from '../../helpers/cli.js';
import { startPostgisCluster, type PostgisCluster } from '../../helpers/postgis-cluster.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { differences, openLaptop, projectRows, workspaceRows } from '../../helpers/workspace.js';

/** Two place names of a project, in name order. */
function projectPlaceNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM places ORDER BY name LIMIT 2').pluck().all() as string[];
  } finally {
    db.close();
  }
}

// Issue #17: what QGIS or psql change in the workspace's tables reaches the laptops (the
// database's triggers log it), and the roles: a viewer pulls but cannot push, an editor pushes
// and the log says who.

const run = haveTools('postgis', 'validateGpkg');

describe.runIf(run)('the workspace edited in PostGIS directly, and its roles', () => {
  let cluster: PostgisCluster;
  const dir = tempDir();
  const seed = path.join(dir, 'seed.gpkg');
  const laptops = [path.join(dir, 'a.gpkg'), path.join(dir, 'b.gpkg')];
  const db = (user = 'postgres') => cluster.conninfo('ws', user);

  beforeAll(async () => {
    cluster = startPostgisCluster();
    cluster.createDatabase('ws');
    await writeSampleProject(seed);
    // A group inside a group, the inner one made first: a clone meets it before its parent.
    const seeded = openLaptop(seed);
    const inner = seeded.service.createGroup(parseInput('createGroup', { name: 'Old town', level: 'quarter' }));
    const outer = seeded.service.createGroup(parseInput('createGroup', { name: 'Wachau', level: 'regional-cluster' }));
    seeded.service.updateGroup(parseInput('updateGroup', { id: inner.id, changes: { parentId: outer.id } }));
    seeded.host.close();
    expect(itinera(['workspace', 'init', seed, '--db', db()]).status).toBe(0);
    for (const file of laptops) expect(itinera(['workspace', 'clone', file, '--db', db()]).status).toBe(0);
    cluster.psql('CREATE ROLE ann LOGIN IN ROLE itinera_viewer; CREATE ROLE bob LOGIN IN ROLE itinera_editor;');
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('a clone holds every shared row as the published project has it (written many rows at a time)', () => {
    const published = projectRows(seed);
    expect([...published.values()].filter((rows) => rows.size > 0).length).toBeGreaterThanOrEqual(6);
    for (const file of laptops) expect(differences(projectRows(file), published)).toEqual([]);
    const groups = [...projectRows(laptops[0]!).get('cluster_groups')!.values()].map((text) => JSON.parse(text));
    const outer = groups.find((group) => group.name === 'Wachau');
    expect(groups.find((group) => group.name === 'Old town')?.parent_id).toBe(outer?.uuid);
  });

  it('an UPDATE, INSERT and DELETE made in PostGIS reach both laptops', () => {
    const [name] = cluster.psql('SELECT name FROM places ORDER BY name LIMIT 1', 'ws').trim().split('\n');
    cluster.psql(
      `UPDATE places SET name = 'Renamed in QGIS', description = 'by SQL' WHERE name = '${name}';
       INSERT INTO places (geom, name, category) VALUES (ST_SetSRID(ST_MakePoint(11.2551, 43.7702), 4326), 'Added in QGIS', 'gallery');
       DELETE FROM links WHERE uuid = (SELECT uuid FROM links ORDER BY uuid LIMIT 1);`,
      'ws',
    );
    const logged = cluster.psql(
      "SELECT action, array_to_string(fields, ',') FROM itinera_changes ORDER BY seq DESC LIMIT 3",
      'ws',
    );
    expect(logged.trim().split('\n')).toEqual(['delete|', 'insert|', 'update|name,description']);
    for (const file of laptops) {
      const pulled = itinera(['workspace', 'pull', file]);
      expect(pulled.stdout).toMatch(/Fetched 3 changes/);
      const host = createProjectHost();
      const names = host
        .open(file)
        .listPlaces({})
        .map((place) => place.name);
      host.close();
      expect(names).toContain('Renamed in QGIS');
      expect(names).toContain('Added in QGIS');
      expect(names).not.toContain(name);
      execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file]);
    }
  });

  it('a viewer pulls but cannot push: a clear refusal, nothing changes; an editor pushes, and the log names them', async () => {
    const laptop = openLaptop(laptops[0]!);
    const place = laptop.service.listPlaces({}).find((candidate) => candidate.name === 'Added in QGIS')!;
    laptop.service.updatePlace(parseInput('updatePlace', { id: place.id, changes: { description: 'Seen on site' } }));
    const before = cluster.psql('SELECT count(*), max(seq) FROM itinera_changes', 'ws');

    const refused = await laptop.service.workspace.push({ conninfo: db('ann') }).catch((error: unknown) => error);
    expect(errorText(refused, createTranslator('en'))).toMatch(
      /^Your role may only read this workspace: nothing was sent/,
    );
    expect(errorText(refused, createTranslator('de'))).not.toMatch(/Your role/);
    expect(cluster.psql('SELECT count(*), max(seq) FROM itinera_changes', 'ws')).toBe(before);
    expect(laptop.service.workspace.localStatus().pending).toBe(1);
    // Reading is what a viewer may do.
    await expect(laptop.service.workspace.pull({ conninfo: db('ann') })).resolves.toBe(0);

    const pushed = await laptop.service.workspace.push({ conninfo: db('bob') });
    expect(pushed.applied).toBe(1);
    expect(
      cluster
        .psql("SELECT changed_by, array_to_string(fields, ',') FROM itinera_changes ORDER BY seq DESC LIMIT 1", 'ws')
        .trim(),
    ).toBe('bob|description,updated_at');
    laptop.host.close();
    const other = itinera(['workspace', 'sync', laptops[1]!]);
    expect(other.status).toBe(0);
    const server = await workspaceRows(cluster, 'ws', laptops[0]!);
    for (const file of laptops) expect(differences(projectRows(file), server)).toEqual([]);
  });

  it('an update to a unique key the workspace has meanwhile is a conflict; the rest of the push applies', async () => {
    for (const file of laptops) expect(itinera(['workspace', 'sync', file, '--db', db()]).status).toBe(0);
    const member = (laptop: ReturnType<typeof openLaptop>, place: string) => {
      const group = laptop.service.listGroups({}).find((candidate) => candidate.name === 'Wachau')!;
      const id = laptop.service.listPlaces({}).find((candidate) => candidate.name === place)!.id;
      laptop.service.addGroupMember(
        parseInput('addGroupMember', { groupId: group.id, memberType: 'place', memberId: id }),
      );
      return { group: group.id, place: id };
    };
    const [first, second] = projectPlaceNames(laptops[0]!);
    // B puts one place in the group and pushes; A puts another in it and pushes.
    const b = openLaptop(laptops[1]!);
    const bMember = member(b, first!);
    await b.service.workspace.push({ conninfo: db() });
    const secondOnB = b.service.listPlaces({}).find((candidate) => candidate.name === second)!.id;
    b.host.close();
    const a = openLaptop(laptops[0]!);
    member(a, second!);
    await a.service.workspace.push({ conninfo: db() });
    a.host.close();
    // B, not pulled since, moves its membership to A's place (as QGIS would), and renames a place.
    const raw = new Database(laptops[1]!);
    registerGeoPackageFunctions(raw);
    raw
      .prepare('UPDATE group_places SET related_id = ? WHERE base_id = ? AND related_id = ?')
      .run(secondOnB, bMember.group, bMember.place);
    raw.prepare("UPDATE places SET name = 'Renamed with the membership' WHERE id = ?").run(secondOnB);
    raw.close();
    const again = openLaptop(laptops[1]!);
    try {
      const pushed = await again.service.workspace.push({ conninfo: db() });
      expect(pushed.conflicts).toEqual([expect.objectContaining({ table: 'group_places', field: 'related_id' })]);
      expect(pushed.applied).toBe(1);
    } finally {
      again.host.close();
    }
    expect(cluster.psql("SELECT count(*) FROM places WHERE name = 'Renamed with the membership'", 'ws').trim()).toBe(
      '1',
    );
  });

  it('refuses an unreachable server, a missing database and a non-workspace in words, changing nothing', () => {
    const file = laptops[1]!;
    const unreachable = itinera(['workspace', 'push', file, '--db', `host=${dir} port=1 dbname=ws user=postgres`]);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/Cannot reach the workspace/);
    expect(unreachable.stderr).not.toMatch(/password=/);
    cluster.createDatabase('empty');
    const clone = itinera(['workspace', 'clone', path.join(dir, 'c.gpkg'), '--db', cluster.conninfo('empty')]);
    expect(clone.stderr).toMatch(/holds no Itinera workspace/);
    const missing = itinera(['workspace', 'pull', file, '--db', cluster.conninfo('nothere')]);
    expect(missing.stderr).toMatch(/no such database/);
    const again = itinera(['workspace', 'init', file, '--db', db()]);
    expect(again.stderr).toMatch(/already syncs with a workspace/);
    // Mistakes in the command line: the usage, exit status 2, in the user's language.
    const noAction = itinera(['workspace', 'fetch', file]);
    expect(noAction.status).toBe(2);
    expect(noAction.stderr).toMatch(/Say what to do: init, clone, push, pull, sync, status or conflicts\./);
    const noDb = itinera(['--lang', 'de', 'workspace', 'clone', path.join(dir, 'd.gpkg')]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toMatch(/--db/);
    expect(noDb.stderr).not.toMatch(/Say which database/);
  });
});
