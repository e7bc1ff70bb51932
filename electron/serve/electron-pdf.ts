import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { PrintReport } from '../../shared/api/guides.js';
import { PrintPageError, sandboxArguments } from './chromium-pdf.js';

// Printing with Electron where it is installed (the desktop app's own binary, or the `electron`
// package with its binary): the print view in an offscreen window of a short-lived Electron
// process (electron/main/print-window-main.ts), printed by printToPDF. Without it, the system's
// Chromium or Chrome prints (chromium-pdf.ts).

/** Where the Electron binary is: this process's own when it is Electron, else the package's, if downloaded. */
export function electronBinary(
  resolve: () => unknown = () => createRequire(import.meta.url)('electron'),
): string | null {
  if (process.versions.electron) return process.execPath;
  try {
    const binary = resolve();
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    // the package is not installed, or its binary was never downloaded
    return null;
  }
}

/** What the print window said on stderr when it failed (print-window-main.ts), if it said it as it does. */
function saidFailure(errors: string): { reason: PrintPageError['reason']; message: string } | null {
  try {
    const said = JSON.parse(/^\{.*\}$/m.exec(errors)?.[0] ?? 'null') as { reason?: unknown; message?: unknown } | null;
    const reasons: unknown[] = ['timeout', 'page', 'browser'];
    return said && reasons.includes(said.reason) && typeof said.message === 'string'
      ? { reason: said.reason as PrintPageError['reason'], message: said.message }
      : null;
  } catch {
    return null;
  }
}

export async function printWithElectron(options: {
  binary: string;
  /** dist/electron/print-window.cjs */
  script: string;
  url: string;
  timeoutMs: number;
}): Promise<{ pdf: Buffer; report: PrintReport }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-print-'));
  const out = path.join(dir, 'print.pdf');
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      // The address holds the server's token: in the environment, not on the command line (which
      // every user of the machine can read).
      const env: NodeJS.ProcessEnv = { ...process.env, ITINERA_PRINT_URL: options.url };
      // The binary runs as Electron, even when this process is the app's binary run as Node.
      delete env.ELECTRON_RUN_AS_NODE;
      execFile(
        options.binary,
        [...sandboxArguments(), options.script, out, String(options.timeoutMs)],
        { env, timeout: options.timeoutMs + 30_000, maxBuffer: 1024 * 1024 },
        (error, output, errors) => {
          if (!error) return resolve(output);
          const failure = saidFailure(errors);
          reject(new PrintPageError(failure?.reason ?? 'browser', failure?.message ?? error.message));
        },
      );
    });
    const report = /^\{"overflow".*\}$/m.exec(stdout)?.[0];
    if (!report) throw new PrintPageError('browser', 'Electron gave no report of the page');
    return { pdf: fs.readFileSync(out), report: JSON.parse(report) as PrintReport };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
