import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import type { Envelope, ProjectChoice } from '../../../shared/api/contract.js';
import { PROJECT_DOWNLOAD_ROUTE } from '../../../shared/api/projects.js';
import { startServer } from '../../../electron/serve/http-server.js';
import { createProjectHost, type ProjectHost } from '../../../electron/services/core/project-host.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';

// Serve mode's upload and download of project files: an upload is checked as a project Itinera
// can open, bounded in size, kept in the data folder under a name of its own (the sent name is
// never a path) or refused leaving nothing behind; a download is a consistent copy, token-checked.

const canValidate = haveTools('validateGpkg');
let hosts: ProjectHost[] = [];
afterEach(() => {
  for (const host of hosts) host.close();
  hosts = [];
});

function setup(maxUploadBytes?: number) {
  const dataDir = tempDir('itinera-upload-');
  const folder = path.join(dataDir, 'projects');
  const host = createProjectHost({ dataDir: () => dataDir, projects: maxUploadBytes ? { maxUploadBytes } : {} });
  hosts.push(host);
  const upload = async (fileName: string, bytes: Buffer) =>
    (await host.dispatch(
      CHANNELS.uploadProject,
      { fileName, contentBase64: bytes.toString('base64') },
      'en',
    )) as Envelope<ProjectChoice>;
  /** Everything in the data folder (hidden files too): a refused upload leaves nothing. */
  const everything = () => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
  return { dataDir, folder, host, upload, everything };
}

function projectBytes(name: string): Buffer {
  const dir = tempDir('itinera-upload-source-');
  const file = path.join(dir, 'source.gpkg');
  const host = createProjectHost({ dataDir: () => dir });
  host.create(file, name);
  host.close();
  return fs.readFileSync(file);
}

function sqliteBytes(prepare: (db: Database.Database) => void): Buffer {
  const file = path.join(tempDir('itinera-upload-sqlite-'), 'other.sqlite');
  const db = new Database(file);
  prepare(db);
  db.close();
  return fs.readFileSync(file);
}

describe('project upload (serve mode)', () => {
  it('keeps a project in the data folder under its own name, never where the sent name points', async () => {
    const { folder, dataDir, upload, everything, host } = setup();
    const sent = projectBytes('Wachau');
    const first = await upload('../../../Wachau.gpkg', sent);
    expect(first).toMatchObject({
      ok: true,
      value: { project: { name: 'Wachau', fileName: 'Wachau.gpkg', isCurrent: false } },
    });
    const second = await upload('C:\\Users\\someone\\Wachau.gpkg', sent);
    expect(second).toMatchObject({ ok: true, value: { project: { fileName: 'Wachau (2).gpkg' } } });
    expect(everything()).toEqual(['Wachau (2).gpkg', 'Wachau.gpkg']);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['projects']);
    expect(fs.existsSync(path.join(path.dirname(dataDir), 'Wachau.gpkg'))).toBe(false);
    // Uploading does not open it; the list's id does.
    expect(host.currentFile()).toBeNull();
    if (first.ok) {
      expect(await host.dispatch(CHANNELS.openProject, { id: first.value.project!.id })).toMatchObject({ ok: true });
      expect(host.currentFile()).toBe(path.join(folder, 'Wachau.gpkg'));
    }
  });

  it('refuses what is not a project Itinera can open, says why, and keeps nothing', async () => {
    const { upload, everything, folder } = setup();
    const valid = projectBytes('Valid');
    const cases: [string, Buffer, RegExp][] = [
      [
        'notes.gpkg',
        Buffer.from('plain text, not a database'),
        /notes\.gpkg is not a GeoPackage \(it is not an SQLite database\)/,
      ],
      [
        'other.gpkg',
        sqliteBytes((db) => db.exec('CREATE TABLE t (x)')),
        /other\.gpkg is an SQLite database but not a GeoPackage/,
      ],
      [
        'qgis.gpkg',
        sqliteBytes((db) => {
          db.pragma('application_id = 1196444487');
          db.exec('CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)');
        }),
        /qgis\.gpkg is a GeoPackage but not an Itinera project/,
      ],
      ['cut.gpkg', valid.subarray(0, Math.floor(valid.length / 2)), /cut\.gpkg.*(damaged|not a GeoPackage)/],
    ];
    for (const [fileName, bytes, reason] of cases) {
      const refused = await upload(fileName, bytes);
      expect(refused, fileName).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!refused.ok) {
        expect(refused.error.message).toMatch(
          new RegExp(`^The uploaded file ${fileName.replace('.', '\\.')} is not a project Itinera can open: `),
        );
        expect(refused.error.message).toMatch(reason);
        expect(refused.error.message).toMatch(/Nothing was added\.$/);
        expect(refused.error.message).not.toContain(folder);
        expect(refused.error.message).not.toMatch(/itinera-upload|\.tmp/);
      }
      expect(everything(), fileName).toEqual([]);
    }
    expect(await upload('notes.txt', valid)).toMatchObject({
      ok: false,
      error: { field: 'fileName', message: 'File name: is not a project file (.gpkg)' },
    });
  });

  it('refuses a file over the upload limit before reading it', async () => {
    const { upload, everything } = setup(64 * 1024);
    const refused = await upload('big.gpkg', Buffer.alloc(64 * 1024 + 1, 1));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'contentBase64' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/^The uploaded file big\.gpkg is larger than 0 MB/);
    expect(everything()).toEqual([]);
  });
});

describe('project download (serve mode)', () => {
  it.runIf(canValidate)(
    'sends the open project as a consistent copy, with the token only, and removes the copy',
    async () => {
      const { host } = setup();
      expect(await host.dispatch(CHANNELS.createProject, { name: 'Kunstmeile' })).toMatchObject({ ok: true });
      await host.dispatch(CHANNELS.createPlace, {
        name: 'Gozzoburg',
        category: 'historic-building',
        longitude: 15.6,
        latitude: 48.41,
      });
      const copies: string[] = [];
      const server = await startServer({
        dispatch: host.dispatch,
        staticDir: tempDir(),
        downloadProject: () => {
          const copy = host.projects.downloadCopy();
          copies.push(copy.file);
          return copy;
        },
      });
      try {
        const url = `http://127.0.0.1:${server.port}${PROJECT_DOWNLOAD_ROUTE}`;
        expect((await fetch(url)).status).toBe(401);
        expect((await fetch(url, { headers: { 'x-itinera-token': 'wrong' } })).status).toBe(401);
        expect(copies).toEqual([]);
        const answer = await fetch(url, { headers: { 'x-itinera-token': server.token } });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-disposition')).toBe(
          `attachment; filename="Kunstmeile.gpkg"; filename*=UTF-8''Kunstmeile.gpkg`,
        );
        const saved = path.join(tempDir(), 'downloaded.gpkg');
        fs.writeFileSync(saved, Buffer.from(await answer.arrayBuffer()));
        expect(
          execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', saved], {
            encoding: 'utf8',
          }).trim(),
        ).toBe('');
        const db = new Database(saved, { readonly: true });
        expect(db.prepare('SELECT name FROM places').all()).toEqual([{ name: 'Gozzoburg' }]);
        db.close();
        await expect.poll(() => fs.existsSync(copies[0]!)).toBe(false);

        await host.dispatch(CHANNELS.closeProject, {});
        const none = await fetch(url, { headers: { 'x-itinera-token': server.token } });
        expect(none.status).toBe(404);
        expect(await none.json()).toMatchObject({
          ok: false,
          error: { message: 'No project is open. Open or create a project first.' },
        });
      } finally {
        await server.close();
      }
    },
  );
});
