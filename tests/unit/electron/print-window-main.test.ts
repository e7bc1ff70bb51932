import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

// The Electron process `itinera guide` starts where Electron is installed (print-window-main.ts):
// the print view at the address given (in its environment), in an offscreen, sandboxed window without Node, printed once
// drawn to the file given, the page's report on stdout, exit status 0. Electron's app and
// BrowserWindow are stand-ins (its binary cannot run on this machine).

const out = path.join(tempDir('itinera-print-window-'), 'guide.pdf');
const loaded: { url: string; preferences: unknown }[] = [];
const exited = vi.hoisted(() => ({ code: null as number | null, done: null as null | (() => void) }));
const denied = vi.hoisted(() => ({ requests: 0, checks: 0 }));

class FakeWindow {
  readonly webContents = {
    executeJavaScript: async () => JSON.stringify({ overflow: [] }),
    printToPDF: async () => Buffer.from('%PDF-1.7 guide'),
  };
  constructor(private readonly options: { webPreferences: unknown }) {}
  async loadURL(url: string) {
    loaded.push({ url, preferences: this.options.webPreferences });
  }
  destroy() {}
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  protocol: {},
  net: {},
  shell: { openExternal: () => Promise.resolve() },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => void denied.requests++,
      setPermissionCheckHandler: () => void denied.checks++,
    },
  },
  app: {
    on: () => undefined,
    whenReady: () => Promise.resolve(),
    exit: (code: number) => {
      exited.code = code;
      exited.done?.();
    },
  },
}));

describe('the print window of the command line (Electron)', () => {
  it('prints the address given to the file given, in an offscreen window without Node, and reports the page', async () => {
    const argv = process.argv;
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    process.argv = [...argv, out, '60000'];
    process.env.ITINERA_PRINT_URL = 'http://127.0.0.1:4000/?token=t&print=map&area=1';
    const finished = new Promise<void>((resolve) => (exited.done = resolve));
    try {
      await import('../../../electron/main/print-window-main.js');
      await finished;
    } finally {
      process.argv = argv;
      delete process.env.ITINERA_PRINT_URL;
      write.mockRestore();
    }
    expect(exited.code).toBe(0);
    // It asks for no permission the page could get, as the app's windows.
    expect(denied).toEqual({ requests: 1, checks: 1 });
    expect(loaded).toEqual([
      {
        url: 'http://127.0.0.1:4000/?token=t&print=map&area=1',
        preferences: { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false },
      },
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.7 guide');
    expect(written.join('')).toBe(`${JSON.stringify({ overflow: [] })}\n`);
  });
});
