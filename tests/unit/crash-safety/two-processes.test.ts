import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { call, fileHealth, startBackend, validateGpkg, type Answer, type Backend } from './backend.js';

// Two backends (two `itinera serve` processes) on one project file, writing alternately and at
// the same time. Either both work safely (every acknowledged write is in the file, the file stays
// valid) or the second is told clearly why it cannot; never a crash, a lost write or a broken file.

const tools = haveTools('validateGpkg');

describe.runIf(tools)('two processes on one project', () => {
  const dir = tempDir('itinera-two-');
  const project = path.join(dir, 'shared.gpkg');
  const backends: Backend[] = [];
  afterAll(async () => {
    for (const backend of backends) await backend.stop();
  });

  it('keeps every acknowledged write of both and a valid file, or refuses clearly', async () => {
    expect(itinera(['sample', project]).status).toBe(0);
    backends.push(await startBackend(project));
    let second: Backend | null = null;
    try {
      second = await startBackend(project);
      backends.push(second);
    } catch (error) {
      // The second process refused to open the project: it must say why, in words a user follows.
      expect((error as Error).message).toMatch(/already open|in use|another/i);
    }
    const writers = second ? [backends[0]!, second] : [backends[0]!];
    const acknowledged: string[] = [];
    const refusals: string[] = [];
    const create = async (backend: Backend, name: string) => {
      let answer: Answer;
      try {
        answer = await call(backend, CHANNELS.createPlace, {
          name,
          category: 'museum',
          longitude: 15.6,
          latitude: 48.41,
        });
      } catch (error) {
        throw new Error(`${name}: the backend died (${(error as Error).message}): ${backend.stderr()}`, {
          cause: error,
        });
      }
      if (answer.status === 200) acknowledged.push(name);
      else refusals.push(`${answer.status} ${answer.body.error?.message}`);
    };
    // Alternately ...
    for (let index = 0; index < 10; index++) await create(writers[index % writers.length]!, `alternate ${index}`);
    // ... at the same time ...
    await Promise.all(
      writers.map(async (backend, which) => {
        for (let index = 0; index < 25; index++) await create(backend, `together ${which}-${index}`);
      }),
    );
    // ... both changing the same places (read, then write: the case where SQLite can refuse a lock) ...
    const updates: string[] = [];
    await Promise.all(
      writers.map(async (backend, which) => {
        for (let index = 0; index < 40; index++) {
          const description = `edit ${which}-${index}`;
          const answer = await call(backend, CHANNELS.updatePlace, { id: 1 + (index % 3), changes: { description } });
          if (answer.status === 200) updates.push(description);
          else refusals.push(`${answer.status} ${answer.body.error?.message}`);
        }
      }),
    );
    // ... and while the other one runs a long import transaction.
    const rows = ['name,category,longitude,latitude'];
    for (let index = 0; index < 3000; index++) rows.push(`bulk ${index},creative-firm,15.6,48.4`);
    const staged = await call(writers[0]!, CHANNELS.stageImport, {
      fileName: 'bulk.csv',
      contentBase64: Buffer.from(rows.join('\n')).toString('base64'),
    });
    const preview = staged.body.value as { importId: string; layers: { mapping: object }[] };
    const importing = call(writers[0]!, CHANNELS.runImport, {
      importId: preview.importId,
      layers: [{ layer: 0, mapping: { ...preview.layers[0]!.mapping, defaultCategory: null } }],
    });
    await Promise.all([
      importing,
      (async () => {
        for (let index = 0; index < 10; index++) await create(writers[writers.length - 1]!, `during ${index}`);
      })(),
    ]);
    const imported = await importing;

    // Every refusal names the reason; no 500 "internal" crash text.
    for (const refusal of refusals) expect(refusal).toMatch(/^409 .*(another|busy|in use)/i);
    // Each backend sees the other's acknowledged writes (no stale private copy).
    for (const backend of writers) {
      const listed = await call(backend, CHANNELS.listPlaces, {});
      const names = new Set((listed.body.value as { name: string }[]).map((place) => place.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    }
    for (const backend of backends) await backend.stop();
    backends.length = 0;

    expect(validateGpkg(project)).toBe('');
    expect(fileHealth(project)).toEqual({ integrity: 'ok', rtree: 'ok', search: 'ok', rtreeMismatch: 0 });
    const db = new Database(project, { readonly: true });
    try {
      const names = new Set((db.prepare('SELECT name FROM places').all() as { name: string }[]).map((row) => row.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      const bulk = (db.prepare("SELECT count(*) AS n FROM places WHERE name GLOB 'bulk *'").get() as { n: number }).n;
      const last = db.prepare('SELECT description FROM places WHERE id IN (1, 2, 3)').all() as {
        description: string;
      }[];
      for (const row of last) expect(updates).toContain(row.description);
      expect(bulk).toBe(imported.status === 200 ? 3000 : 0);
    } finally {
      db.close();
    }
    console.log(
      `two processes: ${writers.length} wrote, ${acknowledged.length} writes acknowledged, ${refusals.length} refused, import ${imported.status}`,
    );
  }, 120_000);
});
