import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import type { Envelope, ProjectChoice, ProjectList } from '../../../shared/api/contract.js';
import { MAX_RECENT_PROJECTS, readRecentProjects } from '../../../electron/services/core/app-state.js';
import { createProjectHost, type ProjectHost } from '../../../electron/services/core/project-host.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';

// The projects service through the API, as serve mode runs it (projects in the user's data
// folder): the list, New, Open, Save a copy, Close and the recent list, against real files.

const canValidate = haveTools('validateGpkg');
let hosts: ProjectHost[] = [];
afterEach(() => {
  for (const host of hosts) host.close();
  hosts = [];
});

function setup() {
  const dataDir = tempDir('itinera-projects-');
  const folder = path.join(dataDir, 'projects');
  fs.mkdirSync(folder, { recursive: true });
  const host = createProjectHost({ dataDir: () => dataDir });
  hosts.push(host);
  const call = async <T>(name: keyof typeof CHANNELS, payload: unknown = {}, locale: 'en' | 'de' = 'en') =>
    (await host.dispatch(CHANNELS[name], payload, locale)) as Envelope<T>;
  const ok = async <T>(name: keyof typeof CHANNELS, payload: unknown = {}) => {
    const answer = await call<T>(name, payload);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  const list = () => ok<ProjectList>('listProjects');
  return { dataDir, folder, host, call, ok, list };
}

/** A project file with one place, made outside the service (as the CLI or another copy would). */
async function projectFile(file: string, name: string): Promise<string> {
  const host = createProjectHost({ dataDir: () => path.dirname(file) });
  host.create(file, name);
  const place = { name: `${name} place`, category: 'museum', longitude: 15.6, latitude: 48.41 };
  expect(await host.dispatch(CHANNELS.createPlace, place)).toMatchObject({ ok: true });
  host.close();
  return file;
}

describe('projects (serve mode: the data folder)', () => {
  it('lists the .gpkg files of the data folder by their own names, and nothing else', async () => {
    const { folder, list } = setup();
    await projectFile(path.join(folder, 'b-file.gpkg'), 'Wachau');
    await projectFile(path.join(folder, 'a-file.gpkg'), 'Kunstmeile');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a project');
    fs.writeFileSync(path.join(folder, '.half-uploaded.gpkg'), 'hidden');
    fs.mkdirSync(path.join(folder, 'folder.gpkg'));
    const listed = await list();
    expect(listed.storage).toBe('data-folder');
    expect(listed.current).toBeNull();
    expect(listed.projects.map((entry) => [entry.name, entry.fileName])).toEqual([
      ['Kunstmeile', 'a-file.gpkg'],
      ['Wachau', 'b-file.gpkg'],
    ]);
    // Ids, never paths: the page has nothing to send back but an id of this list.
    expect(JSON.stringify(listed)).not.toContain(folder);
    for (const entry of listed.projects) expect(entry.id).toMatch(/^[a-f0-9]{16}$/);
  });

  it('makes a new project from a name, in the data folder, and opens it', async () => {
    const { folder, ok, list, host } = setup();
    const made = await ok<ProjectChoice>('createProject', { name: '  Hafen & Werft  ' });
    expect(made.project).toMatchObject({ name: 'Hafen & Werft', fileName: 'Hafen & Werft.gpkg', isCurrent: true });
    expect(host.currentFile()).toBe(path.join(folder, 'Hafen & Werft.gpkg'));
    expect(host.current().getProject({})).toMatchObject({ name: 'Hafen & Werft', counts: { places: 0 } });
    const listed = await list();
    expect(listed.current).toMatchObject({ name: 'Hafen & Werft', fileName: 'Hafen & Werft.gpkg', session: 1 });
  });

  it('refuses a name that exists, or that cannot be a file name, and changes nothing', async () => {
    const { folder, call, ok, host } = setup();
    await ok('createProject', { name: 'Kunstmeile' });
    const before = fs.readdirSync(folder);
    const twice = await call('createProject', { name: 'Kunstmeile' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    if (!twice.ok)
      expect(twice.error.message).toBe(
        'There is already a project file named Kunstmeile.gpkg; choose another name. Nothing was changed.',
      );
    for (const name of ['../../evil', 'a/b', 'C:\\x', '..', 'tab\there']) {
      const refused = await call('createProject', { name });
      expect(refused, name).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'name' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/^Name: cannot contain/);
    }
    const reserved = await call('createProject', { name: 'NUL' }, 'de');
    expect(reserved).toMatchObject({ ok: false, error: { message: expect.stringContaining('„NUL“') } });
    expect(fs.readdirSync(folder)).toEqual(before);
    expect(fs.readdirSync(path.dirname(path.dirname(folder))).some((name) => name.includes('evil'))).toBe(false);
    expect(host.current().getProject({}).name).toBe('Kunstmeile');
  });

  it('opens a project of the list by its id, and says clearly when it cannot, keeping the open one', async () => {
    const { folder, call, ok, list, host } = setup();
    await projectFile(path.join(folder, 'wachau.gpkg'), 'Wachau');
    fs.writeFileSync(path.join(folder, 'broken.gpkg'), 'these are not the bytes of a database');
    await ok('createProject', { name: 'Kunstmeile' });
    const entries = (await list()).projects;
    const wachau = entries.find((entry) => entry.name === 'Wachau')!;
    const opened = await ok<ProjectChoice>('openProject', { id: wachau.id });
    expect(opened.project).toMatchObject({ name: 'Wachau', isCurrent: true });
    expect(host.current().getProject({}).counts.places).toBe(1);
    expect((await list()).current).toMatchObject({ name: 'Wachau', session: 2 });

    const broken = entries.find((entry) => entry.fileName === 'broken.gpkg')!;
    const refused = await call('openProject', { id: broken.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toBe(
        'Itinera could not open broken.gpkg: broken.gpkg is not a GeoPackage (it is not an SQLite database). The open project stays open.',
      );
      expect(refused.error.message).not.toContain(folder);
    }
    expect(host.current().getProject({}).name).toBe('Wachau');
    expect(await call('openProject', { id: '0123456789abcdef' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('openProject', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.runIf(canValidate)(
    'saves a consistent copy under a new name: a valid GeoPackage, the original stays open',
    async () => {
      const { folder, call, ok, list, host } = setup();
      await ok('createProject', { name: 'Kunstmeile' });
      await ok('createPlace', { name: 'Gozzoburg', category: 'historic-building', longitude: 15.6, latitude: 48.41 });
      const copied = await ok<ProjectChoice>('copyProject', { name: 'Kunstmeile 2026' });
      expect(copied.project).toMatchObject({
        name: 'Kunstmeile 2026',
        fileName: 'Kunstmeile 2026.gpkg',
        isCurrent: false,
      });
      const copy = path.join(folder, 'Kunstmeile 2026.gpkg');
      expect(
        execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', copy], {
          encoding: 'utf8',
        }).trim(),
      ).toBe('');
      const db = new Database(copy, { readonly: true });
      expect(db.prepare('SELECT name FROM places').all()).toEqual([{ name: 'Gozzoburg' }]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      db.close();
      expect(host.current().getProject({}).name).toBe('Kunstmeile');
      expect((await list()).projects.map((entry) => entry.name).sort()).toEqual(['Kunstmeile', 'Kunstmeile 2026']);
      // The same name again is refused; nothing half-written stays behind.
      expect(await call('copyProject', { name: 'Kunstmeile 2026' })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
      expect(fs.readdirSync(folder).sort()).toEqual(['Kunstmeile 2026.gpkg', 'Kunstmeile.gpkg']);
    },
  );

  it('closes the project: nothing is open, project calls say so, the list still answers', async () => {
    const { ok, call, list, host } = setup();
    await ok('createProject', { name: 'Kunstmeile' });
    const events: string[][] = [];
    host.changes.subscribe((event) => events.push(event.topics));
    expect(await ok('closeProject')).toEqual({ closed: true });
    expect(events).toEqual([['projects']]);
    expect(host.currentFile()).toBeNull();
    expect((await list()).current).toBeNull();
    expect(await call('getProject')).toMatchObject({
      ok: false,
      error: { message: 'No project is open. Open or create a project first.' },
    });
    const again = await ok<ProjectChoice>('openProject', { id: (await list()).projects[0]!.id });
    expect(again.project?.isCurrent).toBe(true);
    expect((await list()).current?.session).toBe(2);
  });

  it('refuses the system file dialog in the browser', async () => {
    const { call } = setup();
    expect(await call('chooseProject')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/upload the project file/) },
    });
  });
});

describe('recent projects', () => {
  it('keeps the opened projects in the state file, most recent first, without missing files', async () => {
    const { dataDir, folder, ok, list } = setup();
    for (const name of ['One', 'Two', 'Three']) await ok('createProject', { name });
    const statePath = path.join(dataDir, 'state.json');
    const file = (name: string) => path.join(folder, `${name}.gpkg`);
    expect(readRecentProjects(statePath)).toEqual([file('Three'), file('Two'), file('One')]);
    const two = (await list()).projects.find((entry) => entry.name === 'Two')!;
    await ok('openProject', { id: two.id });
    expect(readRecentProjects(statePath)).toEqual([file('Two'), file('Three'), file('One')]);
    // The list: the recent ones first (the open one too), then the others.
    expect((await list()).projects.map((entry) => entry.name)).toEqual(['Two', 'Three', 'One']);
    fs.rmSync(file('Three'));
    expect(readRecentProjects(statePath)).toEqual([file('Two'), file('One')]);
    expect((await list()).projects.map((entry) => entry.name)).toEqual(['Two', 'One']);
  });

  it(`keeps at most ${MAX_RECENT_PROJECTS}`, async () => {
    const { dataDir, ok } = setup();
    for (let index = 1; index <= MAX_RECENT_PROJECTS + 2; index += 1) await ok('createProject', { name: `P${index}` });
    const recent = readRecentProjects(path.join(dataDir, 'state.json'));
    expect(recent).toHaveLength(MAX_RECENT_PROJECTS);
    expect(path.basename(recent[0]!)).toBe(`P${MAX_RECENT_PROJECTS + 2}.gpkg`);
  });

  it('lists the project the server started with, outside the data folder, to come back to it', async () => {
    const { ok, list, host } = setup();
    const elsewhere = await projectFile(path.join(tempDir('itinera-elsewhere-'), 'sample.gpkg'), 'Krems');
    host.open(elsewhere);
    await ok('createProject', { name: 'Kunstmeile' });
    const krems = (await list()).projects.find((entry) => entry.name === 'Krems');
    expect(krems).toBeDefined();
    await ok('openProject', { id: krems!.id });
    expect(host.currentFile()).toBe(elsewhere);
  });
});

describe('projects (desktop: the system dialogs choose files)', () => {
  function desktop() {
    const dataDir = tempDir('itinera-desktop-');
    const chosen = tempDir('itinera-chosen-');
    const answers: (string | null)[] = [];
    const asked: string[] = [];
    const answer = (kind: string) => (suggested?: string) => {
      asked.push(suggested === undefined ? kind : `${kind}: ${suggested}`);
      return Promise.resolve(answers.shift() ?? null);
    };
    const picker = { newFile: answer('new'), existingFile: answer('open'), copyFile: answer('copy') };
    const host = createProjectHost({ dataDir: () => dataDir, projects: { picker } });
    hosts.push(host);
    const ok = async <T>(name: keyof typeof CHANNELS, payload: unknown = {}) => {
      const envelope = (await host.dispatch(CHANNELS[name], payload, 'de')) as Envelope<T>;
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    return { dataDir, chosen, answers, asked, host, ok };
  }

  it('makes, opens and copies where the dialogs say; lists the recent projects only; a cancel changes nothing', async () => {
    const { dataDir, chosen, answers, asked, host, ok } = desktop();
    fs.mkdirSync(path.join(dataDir, 'projects'));
    await projectFile(path.join(dataDir, 'projects', 'in-data-folder.gpkg'), 'Not listed on the desktop');
    answers.push(null);
    expect(await ok('createProject', { name: 'Kunstmeile' })).toEqual({ project: null });
    expect(host.currentFile()).toBeNull();
    answers.push(path.join(chosen, 'kunstmeile'));
    const made = await ok<ProjectChoice>('createProject', { name: 'Kunstmeile' });
    expect(made.project).toMatchObject({ name: 'Kunstmeile', fileName: 'kunstmeile.gpkg', isCurrent: true });
    // The project's names are in the caller's language (German here).
    expect(host.current().getContentLanguages({}).primary).toBe('de');
    answers.push(path.join(chosen, 'for Anna.gpkg'));
    expect(await ok<ProjectChoice>('copyProject', { name: 'Kunstmeile (Kopie)' })).toMatchObject({
      project: { name: 'for Anna', fileName: 'for Anna.gpkg', isCurrent: false },
    });
    const other = await projectFile(path.join(chosen, 'other.gpkg'), 'Wachau');
    answers.push(other);
    expect(await ok<ProjectChoice>('chooseProject')).toMatchObject({ project: { name: 'Wachau', isCurrent: true } });
    expect(asked).toEqual(['new: Kunstmeile', 'new: Kunstmeile', 'copy: Kunstmeile (Kopie)', 'open']);
    const listed = await ok<ProjectList>('listProjects');
    expect(listed.storage).toBe('files');
    expect(listed.projects.map((entry) => entry.name)).toEqual(['Wachau', 'Kunstmeile']);
  });
});
