import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/api/channels.js';
import { createProjectActions } from '../../../electron/main/project-actions.js';
import { buildMenuTemplate } from '../../../electron/main/menu.js';
import { projectArgument, readLastProject } from '../../../electron/main/project-state.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { SAMPLE_FILE_NAME } from '../../../electron/services/core/user-data.js';
import { tempDir } from '../../helpers/temp-dir.js';

// What the File menu and startup do with projects, against real project files: the right project
// opens at startup, a file that cannot be opened leaves the current one open and says why.

const dir = tempDir('itinera-actions-');
const dataDir = path.join(dir, 'user-data');
const statePath = path.join(dataDir, 'state.json');

function makeProject(name: string): string {
  const file = path.join(dir, `${name}.gpkg`);
  const host = createProjectHost();
  host.create(file, name);
  host.close();
  return file;
}

const shippedSample = makeProject('shipped-sample');
const first = makeProject('first');
const second = makeProject('second');
const notAProject = path.join(dir, 'notes.gpkg');
fs.writeFileSync(notAProject, 'just some text, not SQLite');

function setup() {
  const host = createProjectHost();
  const window = { isDestroyed: () => false, setTitle: vi.fn(), webContents: { reload: vi.fn() } };
  const dialog = {
    showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0, checkboxChecked: false })),
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
  };
  const actions = createProjectActions({
    host,
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
    window: () => window as unknown as BrowserWindow,
    shippedSample,
    statePath,
    documentsDir: () => dir,
  });
  const shownErrors = () =>
    dialog.showMessageBox.mock.calls.map(
      (args) => args[args.length - 1] as { type: string; message: string; detail: string },
    );
  return { host, window, dialog, actions, shownErrors };
}

const menuActions = {
  newProject: vi.fn(),
  openProject: vi.fn(),
  openSample: vi.fn(),
  openRecent: vi.fn(),
  saveCopy: vi.fn(),
  closeProject: vi.fn(),
  importFile: vi.fn(),
  exportData: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
};

describe('project actions', () => {
  const previousDataDir = process.env.ITINERA_DATA_DIR;
  process.env.ITINERA_DATA_DIR = dataDir;
  afterAll(() => {
    if (previousDataDir === undefined) delete process.env.ITINERA_DATA_DIR;
    else process.env.ITINERA_DATA_DIR = previousDataDir;
  });
  beforeEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with a copy of the sample the first time, leaving the shipped one untouched', async () => {
    const before = fs.readFileSync(shippedSample);
    const { host, actions, shownErrors } = setup();
    actions.openStartupProject(null);
    expect(host.currentFile()).toBe(path.join(dataDir, 'projects', SAMPLE_FILE_NAME));
    expect(shownErrors()).toEqual([]);
    const edit = await host.dispatch(CHANNELS.createPlace, {
      name: 'Edit',
      category: 'gallery',
      longitude: 15.6,
      latitude: 48.4,
    });
    expect(edit.ok).toBe(true);
    expect(fs.readFileSync(shippedSample).equals(before)).toBe(true);
    host.close();
  });

  it('opens the project named on the command line, and the last project next time', () => {
    const run1 = setup();
    run1.actions.openStartupProject(first);
    expect(run1.host.currentFile()).toBe(first);
    run1.host.close();
    expect(readLastProject(statePath)).toBe(first);

    const run2 = setup();
    run2.actions.openStartupProject(null);
    expect(run2.host.currentFile()).toBe(first);
    run2.host.close();
  });

  it('falls back to the last project when the command-line file cannot be opened, and says why', () => {
    const run1 = setup();
    run1.actions.openStartupProject(second);
    run1.host.close();

    const run2 = setup();
    run2.actions.openStartupProject(notAProject);
    expect(run2.host.currentFile()).toBe(second);
    expect(run2.shownErrors()).toHaveLength(1);
    expect(run2.shownErrors()[0]).toMatchObject({ type: 'error', message: expect.stringContaining('notes.gpkg') });
    expect(run2.shownErrors()[0]!.detail).toMatch(/not an SQLite database/);
    run2.host.close();
  });

  it('keeps the current project when another file fails to open, and shows the reason', () => {
    const { host, window, actions, shownErrors } = setup();
    actions.openStartupProject(first);
    expect(actions.openFile(path.join(dir, 'missing.gpkg'))).toBe(false);
    expect(actions.openFile(notAProject)).toBe(false);
    expect(host.currentFile()).toBe(first);
    expect(host.current().getProject({}).name).toBe('first');
    expect(readLastProject(statePath)).toBe(first);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(shownErrors().map((error) => error.detail)).toEqual([
      expect.stringMatching(/does not exist/),
      expect.stringMatching(/not an SQLite database/),
    ]);
    host.close();
  });

  it('switches to a project that opens, remembers it and reloads the window', () => {
    const { host, window, actions } = setup();
    actions.openStartupProject(first);
    expect(actions.openFile(second)).toBe(true);
    expect(host.currentFile()).toBe(second);
    expect(readLastProject(statePath)).toBe(second);
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(window.setTitle).toHaveBeenCalledWith('second — Itinera');
    host.close();
  });

  it('creates a new project where the save dialog says, adding .gpkg', async () => {
    const { host, dialog, actions } = setup();
    actions.openStartupProject(first);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'Wachau walk') });
    await actions.newProject();
    const created = path.join(dir, 'Wachau walk.gpkg');
    expect(host.currentFile()).toBe(created);
    expect(host.current().getProject({}).name).toBe('Wachau walk');
    expect(readLastProject(statePath)).toBe(created);
    host.close();
  });

  it('remembers the opened projects for Open recent, most recent first, the open one left out', () => {
    const { host, actions } = setup();
    actions.openStartupProject(first);
    actions.openFile(second);
    expect(host.projects.recentFiles()).toEqual([first]);
    const file = buildMenuTemplate({
      actions: menuActions,
      isPackaged: true,
      platform: 'linux',
      recentProjects: host.projects.recentFiles(),
    })[0]!;
    const recent = (file.submenu as { label?: string; submenu?: unknown }[]).find(
      (item) => item.label === 'Open recent',
    )!;
    const items = recent.submenu as { label: string; click(): void }[];
    expect(items.map((item) => item.label)).toEqual(['first.gpkg']);
    items[0]!.click();
    expect(menuActions.openRecent).toHaveBeenCalledWith(first);
    // A file gone since is dropped from the list.
    actions.openFile(first);
    fs.copyFileSync(second, path.join(dir, 'gone.gpkg'));
    actions.openFile(path.join(dir, 'gone.gpkg'));
    fs.rmSync(path.join(dir, 'gone.gpkg'));
    expect(host.projects.recentFiles()).toEqual([first, second]);
    host.close();
  });

  it('saves a copy where the save dialog says, a valid project of its own name; the open one stays open', async () => {
    const { host, dialog, window, actions, shownErrors } = setup();
    actions.openStartupProject(first);
    const target = path.join(dir, 'copies', 'first for Anna');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await actions.saveCopy();
    const options = dialog.showSaveDialog.mock.calls[0]![1] as { defaultPath: string; title: string };
    expect(options).toMatchObject({
      defaultPath: path.join(dir, 'first (copy).gpkg'),
      title: 'Save a copy of the project',
    });
    expect(shownErrors()).toEqual([]);
    expect(host.currentFile()).toBe(first);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    const copy = createProjectHost();
    expect(copy.open(`${target}.gpkg`).getProject({}).name).toBe('first for Anna');
    copy.close();
    // Onto the open project's own file: refused, said, nothing changed.
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: first });
    await actions.saveCopy();
    expect(shownErrors()[0]).toMatchObject({
      message: 'Itinera could not save a copy of the project.',
      detail: expect.stringMatching(/cannot replace the open project’s own file/),
    });
    expect(host.current().getProject({}).name).toBe('first');
    host.close();
  });

  it('closes the project: nothing open, the title says Itinera, the window shows the start screen', () => {
    const { host, window, actions } = setup();
    actions.openStartupProject(first);
    actions.closeProject();
    expect(host.currentFile()).toBeNull();
    expect(window.setTitle).toHaveBeenLastCalledWith('Itinera');
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(
      buildMenuTemplate({ actions: menuActions, isPackaged: true, platform: 'linux', hasProject: false })[0],
    ).toMatchObject({
      submenu: expect.arrayContaining([expect.objectContaining({ label: 'Close project', enabled: false })]),
    });
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { host, dialog, window, actions } = setup();
    actions.openStartupProject(first);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await actions.newProject();
    await actions.openProject();
    await actions.saveCopy();
    expect(fs.readdirSync(dir).filter((name) => name.includes('copy'))).toEqual([]);
    expect(host.currentFile()).toBe(first);
    expect(window.webContents.reload).not.toHaveBeenCalled();
    host.close();
  });
});

describe('command line', () => {
  it('reads --project FILE and --project=FILE relative to the working folder', () => {
    expect(projectArgument(['electron', 'main.cjs', '--project', 'a.gpkg'], '/work')).toBe(
      path.resolve('/work', 'a.gpkg'),
    );
    expect(projectArgument(['Itinera', '--project=/data/b.gpkg'], '/work')).toBe(path.resolve('/data/b.gpkg'));
    expect(projectArgument(['Itinera', '--project'], '/work')).toBeNull();
    expect(projectArgument(['Itinera'], '/work')).toBeNull();
  });
});

describe('menu', () => {
  const actions = {
    newProject: vi.fn(),
    openProject: vi.fn(),
    openSample: vi.fn(),
    openRecent: vi.fn(),
    saveCopy: vi.fn(),
    closeProject: vi.fn(),
    importFile: vi.fn(),
    exportData: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
  };
  const roles = (packaged: boolean) =>
    JSON.stringify(buildMenuTemplate({ actions, isPackaged: packaged, platform: 'linux' }), (key, value: unknown) =>
      key === 'click' ? undefined : value,
    );

  it('offers developer tools in development builds only', () => {
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('runs the File actions', () => {
    const file = buildMenuTemplate({ actions, isPackaged: true, platform: 'linux' })[0]!;
    const items = file.submenu as { label?: string; click?: () => void }[];
    for (const label of ['New project…', 'Open project…', 'Open sample project', 'Import…', 'Export…'])
      items.find((item) => item.label === label)!.click!();
    expect(actions.newProject).toHaveBeenCalledOnce();
    expect(actions.openProject).toHaveBeenCalledOnce();
    expect(actions.openSample).toHaveBeenCalledOnce();
    expect(actions.importFile).toHaveBeenCalledOnce();
    expect(actions.exportData).toHaveBeenCalledOnce();
  });

  it('routes Edit → Undo and Redo (Ctrl+Z, Ctrl+Y and the hidden Ctrl+Shift+Z) to the page', () => {
    const edit = buildMenuTemplate({ actions, isPackaged: true, platform: 'linux' })[1]!;
    const items = edit.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const byAccelerator = (accelerator: string) => items.find((item) => item.accelerator === accelerator)!;
    byAccelerator('CmdOrCtrl+Z').click!();
    expect(actions.undo).toHaveBeenCalledOnce();
    byAccelerator('CmdOrCtrl+Y').click!();
    byAccelerator('Shift+CmdOrCtrl+Z').click!();
    expect(actions.redo).toHaveBeenCalledTimes(2);
  });
});
