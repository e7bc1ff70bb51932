import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import type { PrintReport } from '../../shared/api/guides.js';
import { printViewSearch } from '../../shared/api/printing.js';
import { PrintPageError } from '../serve/chromium-pdf.js';
import { PRINT_READY_SCRIPT } from '../serve/print-ready.js';
import { PRINT_TIMEOUT_MS, type Printer } from '../services/printing/printing-service.js';
import { APP_ENTRY_URL } from './app-protocol.js';

// The desktop's Save PDF (issue #16, point 3): the app's print view of a guide or a map, loaded in
// a hidden window under the main window's preferences (sandboxed, no Node), printed by Electron's
// printToPDF once the page says it is drawn: the same view and the same readiness signal as serve
// mode and the command line, where Chromium prints it over the DevTools protocol.

const POLL_MS = 200;

/** The page's report once it is drawn; a PrintPageError when it fails or takes too long. */
async function whenReady(contents: WebContents, timeoutMs: number): Promise<PrintReport> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = (await contents.executeJavaScript(PRINT_READY_SCRIPT)) as string | null;
    if (typeof state === 'string' && state.startsWith('error:')) throw new PrintPageError('page', state.slice(6));
    if (typeof state === 'string') return JSON.parse(state) as PrintReport;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new PrintPageError('timeout', `not ready within ${timeoutMs} ms`);
}

/**
 * Prints the print view at `url` in a hidden window: loaded, asked until it is drawn, then printed
 * on the paper of its @page rule. The window goes away either way.
 */
export async function printInWindow(
  url: string,
  webPreferences: WebPreferences,
  timeoutMs: number,
): Promise<{ pdf: Buffer; report: PrintReport }> {
  // NOTE: a page is laid out at the window's size before printing; printToPDF then lays it out
  // again on the paper of its @page rule (preferCSSPageSize).
  const window = new BrowserWindow({ show: false, width: 1100, height: 1400, webPreferences });
  let timer: NodeJS.Timeout | undefined;
  // The whole print in the time allowed: a page that stalls (loading, drawing, printing) ends it.
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PrintPageError('timeout', 'the page was not ready in time')), timeoutMs);
  });
  const print = async () => {
    await window.loadURL(url);
    const report = await whenReady(window.webContents, timeoutMs);
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return { pdf, report };
  };
  try {
    return await Promise.race([print(), late]);
  } finally {
    clearTimeout(timer);
    window.destroy();
  }
}

/** The desktop's printer: the app's own print view (app://itinera), under the main window's preferences. */
export function electronPrinter(webPreferences: WebPreferences): Printer {
  return (request) => printInWindow(`${APP_ENTRY_URL}${printViewSearch(request)}`, webPreferences, PRINT_TIMEOUT_MS);
}
