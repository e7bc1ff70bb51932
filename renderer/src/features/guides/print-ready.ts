import type { PrintReport } from '../../../../shared/api/guides.js';

// How a print view tells whoever prints it (Chromium over the DevTools protocol, Electron's
// printToPDF, an e2e test) that it is drawn: `data-print-ready` on the body holds a JSON report
// (what does not fit where it must), or `data-print-error` says why it cannot be printed.

/** Parts laid out to fit a page that do not. */
function overflowing(): PrintReport['overflow'] {
  const found: PrintReport['overflow'] = [];
  for (const element of document.querySelectorAll<HTMLElement>('[data-fits-page]')) {
    if (element.scrollHeight > element.clientHeight + 1)
      found.push({ part: element.dataset.testid ?? '', name: element.dataset.fitsPage ?? '' });
  }
  return found;
}

export function reportWhenReady({
  failure,
  ready,
  autoprint,
}: {
  failure: Error | null;
  ready: boolean;
  autoprint: boolean;
}): void {
  const body = document.body.dataset;
  if (failure) {
    body.printError = failure.message;
    return;
  }
  if (!ready) return;
  // After the browser has laid out the last photos and the map's picture.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const report: PrintReport = { overflow: overflowing() };
      body.printReady = JSON.stringify(report);
      if (autoprint) window.print();
    }),
  );
}
