import path from 'node:path';
import type { PrintReport } from '../../shared/api/guides.js';
import { printViewSearch, type PrintRequest } from '../../shared/api/printing.js';
import type { Printer } from '../services/printing/printing-service.js';
import { PRINT_TIMEOUT_MS } from '../services/printing/printing-service.js';
import { PrintPageError, printPageToPdf } from './chromium-pdf.js';
import { electronBinary, printWithElectron } from './electron-pdf.js';
import { findBrowser, hasDisplay } from './open-browser.js';
import { PRINT_READY_SCRIPT } from './print-ready.js';

// A print view of the app (a guide, a map) printed from a running server (`itinera guide`,
// `itinera print-map`, serve mode's Save PDF): by Electron in an offscreen window where it is
// installed, else by the system's Chromium or Chrome, headless (ITINERA_BROWSER chooses one and
// wins over Electron).

export type PrintBrowser = { kind: 'electron'; binary: string; script: string } | { kind: 'chromium'; binary: string };

/**
 * What prints on this machine (`root`: the app's root, where dist/ is); null: nothing does.
 * NOTE: Electron needs a display even for an offscreen window (Linux over SSH, CI): without one,
 * headless Chromium prints.
 */
export function findPrintBrowser(
  root: string,
  electron: () => string | null = electronBinary,
  display: boolean = hasDisplay(),
): PrintBrowser | null {
  const chosen = process.env.ITINERA_BROWSER ? findBrowser() : null;
  if (chosen) return { kind: 'chromium', binary: chosen };
  const binary = display ? electron() : null;
  if (binary) return { kind: 'electron', binary, script: path.join(root, 'dist', 'electron', 'print-window.cjs') };
  const chromium = findBrowser();
  return chromium ? { kind: 'chromium', binary: chromium } : null;
}

/** The print view's address on a running server (`serverUrl` as startServer gives it, with its token). */
export function printViewUrl(serverUrl: string, request: PrintRequest): string {
  const url = new URL(serverUrl);
  for (const [name, value] of new URLSearchParams(printViewSearch(request))) url.searchParams.set(name, value);
  return url.toString();
}

export async function printView(
  browser: PrintBrowser,
  serverUrl: string,
  request: PrintRequest,
  timeoutMs: number,
): Promise<{ pdf: Buffer; report: PrintReport }> {
  const url = printViewUrl(serverUrl, request);
  if (browser.kind === 'electron') {
    try {
      return await printWithElectron({ ...browser, url, timeoutMs });
    } catch (error) {
      // Electron that cannot start here (no sandbox allowed, a display it cannot open): Chromium prints.
      const chromium = findBrowser();
      if (!(error instanceof PrintPageError && error.reason === 'browser') || !chromium) throw error;
      return printView({ kind: 'chromium', binary: chromium }, serverUrl, request, timeoutMs);
    }
  }
  const printed = await printPageToPdf({ browser: browser.binary, url, ready: PRINT_READY_SCRIPT, timeoutMs });
  return { pdf: printed.pdf, report: JSON.parse(printed.report) as PrintReport };
}

/**
 * Serve mode's Save PDF: the print view from this server (`serverUrl`: null until it listens),
 * printed by what prints on this machine; null when nothing does.
 */
export function servePrinter(root: string, serverUrl: () => string | null): () => Printer | null {
  return () => {
    const browser = findPrintBrowser(root);
    const url = serverUrl();
    return browser && url ? (request) => printView(browser, url, request, PRINT_TIMEOUT_MS) : null;
  };
}
