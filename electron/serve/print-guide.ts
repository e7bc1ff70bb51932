import type { PrintReport } from '../../shared/api/guides.js';
import { printPageToPdf } from './chromium-pdf.js';

// A route guide printed by a headless browser from the app's print view (renderer/src/features/
// guides/): the address that asks for it, and the script that waits until the page says it is
// drawn (data-print-ready) or why it cannot be (data-print-error).

export interface GuidePrintRequest {
  routeId: number;
  paper: 'a4' | 'a5' | 'letter';
  layout: 'leaflet' | 'booklet';
  /** The language of the guide's fixed texts (one of the app's). */
  locale: string;
  /** The content language of the places' texts (null: the project's own). */
  content: string | null;
  /** Where the QR code leads (null: the start's geo: URI). */
  qrUrl: string | null;
}

/** The print view's address on a running server (`serverUrl` as startServer gives it, with its token). */
export function guidePrintUrl(serverUrl: string, request: GuidePrintRequest): string {
  const url = new URL(serverUrl);
  url.searchParams.set('print', 'guide');
  url.searchParams.set('route', String(request.routeId));
  url.searchParams.set('paper', request.paper);
  url.searchParams.set('layout', request.layout);
  url.searchParams.set('lang', request.locale);
  if (request.content) url.searchParams.set('content', request.content);
  if (request.qrUrl) url.searchParams.set('qr', request.qrUrl);
  return url.toString();
}

const READY = `(() => {
  const data = document.body && document.body.dataset;
  if (!data) return null;
  if (data.printError) return 'error:' + data.printError;
  return data.printReady ?? null;
})()`;

export async function printGuide(
  browser: string,
  serverUrl: string,
  request: GuidePrintRequest,
  timeoutMs: number,
): Promise<{ pdf: Buffer; report: PrintReport }> {
  const printed = await printPageToPdf({ browser, url: guidePrintUrl(serverUrl, request), ready: READY, timeoutMs });
  return { pdf: printed.pdf, report: JSON.parse(printed.report) as PrintReport };
}
