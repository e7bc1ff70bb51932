import { beforeEach, describe, expect, it, vi } from 'vitest';

// The desktop's Save PDF: the print view of the request in a hidden window with the app's
// preferences, printed once the page says it is drawn, on the paper of its @page rule; a page that
// reports an error is not printed, and the window goes away either way. Electron's BrowserWindow
// is a stand-in here (its binary cannot run on CI); what it is asked to do is what is tested.

const windows: FakeWindow[] = [];

class FakeWindow {
  readonly loaded: string[] = [];
  destroyed = false;
  /** What the page's dataset says, call after call of the readiness script. */
  states: (string | null)[] = [];
  readonly printed = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  readonly webContents = {
    executeJavaScript: async (_script: string) => (this.states.length > 1 ? this.states.shift() : this.states[0]),
    printToPDF: this.printed,
  };
  constructor(readonly options: { show: boolean; webPreferences: unknown }) {
    windows.push(this);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  destroy() {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow, protocol: {}, net: {} }));

const { electronPrinter } = await import('../../../electron/main/print-to-pdf.js');

describe('the desktop’s Save PDF (printToPDF of the print view)', () => {
  const preferences = { sandbox: true, contextIsolation: true, nodeIntegration: false };
  beforeEach(() => {
    windows.length = 0;
  });

  it('prints the print view of the request in a hidden, sandboxed window once the page is drawn', async () => {
    const print = electronPrinter(preferences);
    const pending = print({
      view: 'map',
      areaId: 2,
      box: null,
      paper: 'a3',
      orientation: 'portrait',
      title: 'Rathausviertel',
      content: 'de',
      report: true,
      locale: 'de',
    });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const window = windows[0]!;
    window.states = [null, null, JSON.stringify({ overflow: [{ part: 'map-print-sheet', name: 'Rathausviertel' }] })];
    const printed = await pending;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toBe(preferences);
    const url = new URL(window.loaded[0]!);
    expect(window.loaded[0]!.split('?')[0]).toBe('app://itinera/index.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      print: 'map',
      area: '2',
      paper: 'a3',
      orientation: 'portrait',
      title: 'Rathausviertel',
      report: '1',
      content: 'de',
      lang: 'de',
    });
    expect(window.printed).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(printed.pdf.toString()).toBe('%PDF-1.7 fake');
    expect(printed.report.overflow).toEqual([{ part: 'map-print-sheet', name: 'Rathausviertel' }]);
    expect(window.destroyed).toBe(true);
  });

  it('does not print a page that reports an error, and closes its window', async () => {
    const print = electronPrinter(preferences);
    const pending = print({
      view: 'guide',
      routeId: 9,
      paper: 'a4',
      layout: 'leaflet',
      content: null,
      qrUrl: null,
      locale: 'en',
    });
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    windows[0]!.states = ['error:No route has id 9.'];
    await expect(pending).rejects.toMatchObject({
      name: 'PrintPageError',
      reason: 'page',
      message: 'No route has id 9.',
    });
    expect(windows[0]!.printed).not.toHaveBeenCalled();
    expect(windows[0]!.destroyed).toBe(true);
  });
});
