import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CHANNELS } from '../../../shared/api/channels.js';
import { CHANGES_IPC_CHANNEL } from '../../../shared/api/changes.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The entry point wires the pieces together in the right order: the scheme is privileged and the
// data folder set before `ready`; after it, the protocol, permissions, IPC, menu and one secure
// window. A second instance quits without doing any of that.

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  const windows: { options: { webPreferences: Record<string, unknown> }; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    readonly options: { webPreferences: Record<string, unknown> };
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly webContents = { reload: vi.fn(), executeJavaScript: vi.fn(() => Promise.resolve()), send: vi.fn() };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.options = options;
      windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    isMinimized = () => false;
    isDestroyed = () => false;
    focus = vi.fn();
    setTitle = vi.fn();
  }
  const app = {
    isPackaged: false,
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn(() => '/tmp'),
    getLocale: vi.fn(() => 'en-US'),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: () => true,
    whenReady: vi.fn(() => Promise.resolve()),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return app;
    }),
  };
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  };
  return {
    listeners,
    windows,
    mock: {
      app,
      BrowserWindow,
      session,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
      shell: { openExternal: vi.fn() },
      safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.mock);

const dataDir = tempDir('itinera-main-');
const previousDataDir = process.env.ITINERA_DATA_DIR;
process.env.ITINERA_DATA_DIR = dataDir;
afterAll(() => {
  if (previousDataDir === undefined) delete process.env.ITINERA_DATA_DIR;
  else process.env.ITINERA_DATA_DIR = previousDataDir;
});

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/main.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const { mock } = electron;

describe('the Electron entry point', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    electron.listeners.clear();
    electron.windows.length = 0;
  });
  afterEach(() => {
    // Closes the project file the entry point opened.
    for (const listener of electron.listeners.get('will-quit') ?? []) listener();
  });

  it('privileges the app scheme and sets the data folder before the app is ready', async () => {
    await startMain();
    expect(mock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(mock.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    const readyAt = mock.app.whenReady.mock.invocationCallOrder[0]!;
    expect(mock.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(mock.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
  });

  it('once ready, serves the renderer, denies permissions, registers the API and opens one secure window', async () => {
    await startMain();
    expect(mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mock.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mock.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    const channels = mock.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(CHANNELS).sort());
    expect(mock.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences.preload).toBe(
      path.resolve(import.meta.dirname, '../../../dist/electron/preload.cjs'),
    );
    expect(window.loadURL).toHaveBeenCalledWith('app://itinera/index.html');
    expect(electron.listeners.get('web-contents-created')).toHaveLength(1);
  });

  it('opens the user copy of the sample on first run, through the API the window uses', async () => {
    await startMain();
    const [, handler] = mock.ipcMain.handle.mock.calls.find(([channel]) => channel === CHANNELS.getProject)!;
    const answer = (await (handler as Listener)({ senderFrame: { url: 'app://itinera/index.html' } }, {})) as unknown;
    expect(answer).toMatchObject({ ok: true, value: { fileName: 'krems-old-town-sample.gpkg', isSample: true } });
  });

  it('rebuilds the menu when the menu or the page chooses a language, and tells the page of the menu’s choice (a change event)', async () => {
    await startMain();
    type Item = MenuItemConstructorOptions;
    const languages = () => {
      const template = mock.Menu.setApplicationMenu.mock.calls.at(-1)![0] as Item[];
      const items = template.flatMap((menu) => menu.submenu as Item[]);
      return items.find((item) => (item.submenu as Item[] | undefined)?.some((entry) => entry.label === 'Deutsch'))!
        .submenu as Item[];
    };
    const checked = () => languages().find((item) => item.checked)?.label;
    expect(checked()).toBe('System language');
    languages().find((item) => item.label === 'Deutsch')!.click!(undefined as never, undefined, undefined as never);
    expect(mock.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(checked()).toBe('Deutsch');
    const page = electron.windows[0] as unknown as { webContents: { send: ReturnType<typeof vi.fn> } };
    expect(page.webContents.send).toHaveBeenLastCalledWith(CHANGES_IPC_CHANNEL, {
      seq: expect.any(Number),
      topics: ['preferences'],
    });
    // The page chooses through the API: the menu follows.
    const [, update] = mock.ipcMain.handle.mock.calls.find(([channel]) => channel === CHANNELS.updatePreferences)!;
    const sender = { senderFrame: { url: 'app://itinera/index.html' } };
    expect(await (update as Listener)(sender, { locale: 'fr' })).toMatchObject({ ok: true });
    expect(mock.Menu.setApplicationMenu).toHaveBeenCalledTimes(3);
    expect(checked()).toBe('Français');
    await (update as Listener)(sender, { locale: null });
    expect(checked()).toBe('System language');
  });

  it('quits when all windows are closed (not on macOS)', async () => {
    await startMain();
    for (const listener of electron.listeners.get('window-all-closed') ?? []) listener();
    expect(mock.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits at once as a second instance, without opening anything', async () => {
    mock.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await startMain();
    expect(mock.app.quit).toHaveBeenCalledOnce();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
    expect(mock.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });
});
