import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary, printWithElectron } from '../../../electron/serve/electron-pdf.js';
import { findPrintBrowser } from '../../../electron/serve/print-view.js';
import { tempDir } from '../../helpers/temp-dir.js';

// What prints for `itinera guide`, `itinera print-map` and serve mode's Save PDF: ITINERA_BROWSER
// when set, else Electron where its binary is there, else the system's Chromium or Chrome; and the
// protocol with the Electron process (print-window-main.ts): the PDF's path and the time allowed as
// arguments, the print view's address (with the server's token) in its environment, never on its
// command line; the page's report on stdout, a failure on stderr. The
// Electron binary is a stand-in script here (Electron cannot run on this machine).

const dir = tempDir('itinera-print-electron-');

/** An executable standing in for Electron: it runs `body` (Node) with the same arguments. */
function fakeElectron(name: string, body: string): string {
  const script = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(script, body);
  const binary = path.join(dir, name);
  fs.writeFileSync(binary, `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`, { mode: 0o755 });
  return binary;
}

describe('printing with Electron where it is installed', () => {
  const chosen = process.env.ITINERA_BROWSER;
  afterEach(() => {
    if (chosen === undefined) delete process.env.ITINERA_BROWSER;
    else process.env.ITINERA_BROWSER = chosen;
  });

  it('prefers Electron when its binary is there and a display, the browser set in ITINERA_BROWSER over it', () => {
    delete process.env.ITINERA_BROWSER;
    expect(findPrintBrowser('/opt/itinera', () => '/opt/itinera/itinera', true)).toEqual({
      kind: 'electron',
      binary: '/opt/itinera/itinera',
      script: path.join('/opt/itinera', 'dist', 'electron', 'print-window.cjs'),
    });
    const browser = fakeElectron('my-chrome', '');
    process.env.ITINERA_BROWSER = browser;
    expect(findPrintBrowser('/opt/itinera', () => '/opt/itinera/itinera')).toEqual({
      kind: 'chromium',
      binary: browser,
    });
  });

  it('finds no Electron when the package or its binary is missing', () => {
    expect(
      electronBinary(() => {
        throw new Error('Electron failed to install correctly');
      }),
    ).toBeNull();
    expect(electronBinary(() => path.join(dir, 'not-there'))).toBeNull();
    const binary = fakeElectron('electron', '');
    expect(electronBinary(() => binary)).toBe(binary);
  });

  it('hands Electron the PDF’s path and the time allowed, the address only in its environment, and reads back the PDF and the report', async () => {
    const binary = fakeElectron(
      'electron-prints',
      `const [script, out, timeout] = process.argv.slice(-3);
const url = process.env.ITINERA_PRINT_URL;
const options = process.argv.slice(2, -3);
require('fs').writeFileSync(out, '%PDF-1.7 ' + JSON.stringify({ script, url, timeout, options }));
console.log('[electron] some log line');
console.log(JSON.stringify({ overflow: [{ part: 'guide-stop', name: 'Gozzoburg' }] }));`,
    );
    const printed = await printWithElectron({
      binary,
      script: '/app/dist/electron/print-window.cjs',
      url: 'http://127.0.0.1:4000/?token=t&print=guide&route=1',
      timeoutMs: 5000,
    });
    expect(printed.report).toEqual({ overflow: [{ part: 'guide-stop', name: 'Gozzoburg' }] });
    expect(printed.pdf.toString()).toBe(
      `%PDF-1.7 ${JSON.stringify({
        script: '/app/dist/electron/print-window.cjs',
        url: 'http://127.0.0.1:4000/?token=t&print=guide&route=1',
        timeout: '5000',
        // Chromium's sandbox refuses root (a container): only then is it turned off.
        options: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
      })}`,
    );
  });

  it('passes on why the page could not be printed', async () => {
    const binary = fakeElectron(
      'electron-fails',
      `process.stderr.write(JSON.stringify({ reason: 'page', message: 'No route has id 9.' }) + '\\n');
process.exit(1);`,
    );
    await expect(
      printWithElectron({ binary, script: 's.cjs', url: 'http://127.0.0.1/', timeoutMs: 5000 }),
    ).rejects.toMatchObject({
      name: 'PrintPageError',
      reason: 'page',
      message: 'No route has id 9.',
    });
    const crashes = fakeElectron('electron-crashes', 'process.exit(3);');
    await expect(
      printWithElectron({ binary: crashes, script: 's.cjs', url: 'http://127.0.0.1/', timeoutMs: 5000 }),
    ).rejects.toMatchObject({
      reason: 'browser',
    });
  });
});
