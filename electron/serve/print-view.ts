import type { PrintReport } from '../../shared/api/guides.js';
import { printViewSearch, type PrintRequest } from '../../shared/api/printing.js';
import type { Printer } from '../services/printing/printing-service.js';
import { PRINT_TIMEOUT_MS } from '../services/printing/printing-service.js';
import { printPageToPdf } from './chromium-pdf.js';
import { findBrowser } from './open-browser.js';

// A print view of the app (a guide, a map) printed by a headless Chromium or Chrome from a running
// server (`itinera guide`, `itinera print-map`, serve mode's Save PDF): its address, and the script
// that waits until the page says it is drawn (data-print-ready, with its report) or why it cannot
// be (data-print-error).

export const PRINT_READY_SCRIPT = `(() => {
  const data = document.body && document.body.dataset;
  if (!data) return null;
  if (data.printError) return 'error:' + data.printError;
  return data.printReady ?? null;
})()`;

/** The print view's address on a running server (`serverUrl` as startServer gives it, with its token). */
export function printViewUrl(serverUrl: string, request: PrintRequest): string {
  const url = new URL(serverUrl);
  for (const [name, value] of new URLSearchParams(printViewSearch(request))) url.searchParams.set(name, value);
  return url.toString();
}

export async function printView(
  browser: string,
  serverUrl: string,
  request: PrintRequest,
  timeoutMs: number,
): Promise<{ pdf: Buffer; report: PrintReport }> {
  const printed = await printPageToPdf({
    browser,
    url: printViewUrl(serverUrl, request),
    ready: PRINT_READY_SCRIPT,
    timeoutMs,
  });
  return { pdf: printed.pdf, report: JSON.parse(printed.report) as PrintReport };
}

/**
 * Serve mode's Save PDF: the system's Chromium or Chrome prints the print view from this server
 * (`serverUrl`: null until it listens); null when no such browser is installed.
 */
export function chromiumPrinter(serverUrl: () => string | null): () => Printer | null {
  return () => {
    const browser = findBrowser();
    const url = serverUrl();
    return browser && url ? (request) => printView(browser, url, request, PRINT_TIMEOUT_MS) : null;
  };
}
