// How whoever prints a print view (Chromium over the DevTools protocol, Electron's printToPDF)
// knows it is drawn: this script, evaluated in the page until it gives a string: the page's report
// (data-print-ready on the body, JSON), or "error:" and why it cannot be printed (data-print-error).

export const PRINT_READY_SCRIPT = `(() => {
  const data = document.body && document.body.dataset;
  if (!data) return null;
  if (data.printError) return 'error:' + data.printError;
  return data.printReady ?? null;
})()`;
