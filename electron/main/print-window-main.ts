import fs from 'node:fs';
import { app, session } from 'electron';
import { PrintPageError } from '../serve/chromium-pdf.js';
import { printInWindow } from './print-to-pdf.js';
import { denyAllPermissions, hardenWebContents } from './security.js';

// `itinera guide` and `itinera print-map` where Electron is installed (bundled to
// dist/electron/print-window.cjs, run as `electron print-window.cjs OUT.pdf TIMEOUT_MS` with the
// address in ITINERA_PRINT_URL: it holds the server's token, which a command line would show to
// every user of the machine): the print view served by the command, in an offscreen window
// (sandboxed, no Node, no preload: the page talks to the command's server like a browser tab),
// printed by printToPDF to OUT.pdf. The page's report goes to stdout as one JSON line; a failure
// to stderr, with exit status 1.

const [out, timeout] = process.argv.slice(-2) as [string, string];
const url = process.env.ITINERA_PRINT_URL ?? '';

function fail(error: unknown): void {
  const reason = error instanceof PrintPageError ? error.reason : 'browser';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${JSON.stringify({ reason, message })}\n`);
  app.exit(1);
}

app.on('window-all-closed', () => undefined);
// The same rules as the app's windows: no navigation away, no new window, no webview.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app
  .whenReady()
  .then(async () => {
    denyAllPermissions(session.defaultSession);
    const webPreferences = { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false };
    const printed = await printInWindow(url, webPreferences, Number(timeout));
    fs.writeFileSync(out, printed.pdf);
    process.stdout.write(`${JSON.stringify(printed.report)}\n`);
    app.exit(0);
  })
  .catch(fail);
