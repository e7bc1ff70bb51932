import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The window is created with the security settings the conventions require, loads the app from
// its own origin, and the page cannot retitle it.

const electron = vi.hoisted(() => {
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    listeners: Map<string, (...args: unknown[]) => void>;
  }[] = [];
  class BrowserWindow {
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    readonly options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      return this.on(event, listener);
    }
    show = vi.fn();
  }
  return { windows, BrowserWindow, shell: { openExternal: vi.fn(() => Promise.resolve()) } };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell }));

const { createMainWindow } = await import('../../../electron/main/create-window.js');
const { windowWebPreferences } = await import('../../../electron/main/security.js');

const preloadPath = path.join('/opt', 'itinera', 'dist', 'electron', 'preload.cjs');

describe('the main window', () => {
  beforeEach(() => {
    electron.windows.length = 0;
  });

  it('isolates the page: context isolation, sandbox, no Node, web security, no webviews', () => {
    const preferences = windowWebPreferences(preloadPath);
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: preloadPath,
    });
  });

  it('is created with exactly those preferences and the built preload', () => {
    createMainWindow({ preloadPath, title: 'sample.gpkg — Itinera' });
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0]!;
    expect(window.options.webPreferences).toEqual(windowWebPreferences(preloadPath));
    expect(window.options.title).toBe('sample.gpkg — Itinera');
  });

  it('loads the renderer from app://itinera/, not from a file: URL', () => {
    createMainWindow({ preloadPath, title: 'Itinera' });
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledExactlyOnceWith('app://itinera/index.html');
  });

  it('keeps the title the shell set when the page changes document.title', () => {
    createMainWindow({ preloadPath, title: 'Itinera' });
    const event = { preventDefault: vi.fn() };
    electron.windows[0]!.listeners.get('page-title-updated')!(event, 'Something else');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
