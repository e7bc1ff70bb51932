import fs from 'node:fs';
import type { PrintReport } from '../../shared/api/guides.js';
import type { PrintRequest } from '../../shared/api/printing.js';
import type { MessageDescriptor } from '../../shared/i18n/define-messages.js';
import { cliGuideMessages } from '../../shared/i18n/messages/cli-guide.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { PrintPageError } from '../serve/chromium-pdf.js';
import { findPrintBrowser, printView } from '../serve/print-view.js';
import { serveProject } from '../serve/serve-project.js';
import { appPaths } from '../services/core/app-paths.js';
import { createProjectHost, type ProjectHost } from '../services/core/project-host.js';
import type { ProjectServiceImpl } from '../services/core/project-service.js';
import { PRINT_TIMEOUT_MS } from '../services/printing/printing-service.js';
import { appRoot } from './app-root.js';
import type { CliContext } from './cli-command.js';

// What `itinera guide` and `itinera print-map` share: a browser to print with (or what to
// install), the project open while the command works, served on 127.0.0.1 (a token of this run
// only) for the headless browser that prints the app's print view, and what they say when the
// browser cannot print it.

export interface PrintFailureMessages {
  timedOut: MessageDescriptor;
  pageFailed: MessageDescriptor;
  browserFailed: MessageDescriptor;
}

/** Prints one request of the served project's print view to PDF. */
type PrintOne = (request: PrintRequest) => Promise<{ pdf: Buffer; report: PrintReport }>;

/**
 * Runs a print command on `file`: refused at once when nothing here can print; `work` gets the
 * open project and `printing`, which serves it while `use` prints (the server stops after). A
 * browser that fails is said as `messages` say it, with exit status 1. Answers the exit status.
 */
export async function runPrintCommand(
  file: string,
  { t, err }: Pick<CliContext, 't' | 'err'>,
  messages: PrintFailureMessages,
  work: (
    service: ProjectServiceImpl,
    printing: <T>(use: (print: PrintOne) => Promise<T>) => Promise<T>,
  ) => Promise<number>,
): Promise<number> {
  const browser = findPrintBrowser(appRoot());
  if (!browser) {
    err.write(`itinera: ${t.t(cliGuideMessages.noBrowser)}\n`);
    return 1;
  }
  const host = createProjectHost();
  const service = host.open(file);
  try {
    return await work(service, (use) =>
      withPrintServer(host, (serverUrl) => use((request) => printView(browser, serverUrl, request, PRINT_TIMEOUT_MS))),
    );
  } catch (error) {
    const message = printFailure(error, t, browser.binary, messages);
    if (message === null) throw error;
    err.write(`itinera: ${message}\n`);
    return 1;
  } finally {
    host.close();
  }
}

/** Runs `print` with the address of the served project; the server stops after it. */
async function withPrintServer<T>(host: ProjectHost, print: (serverUrl: string) => Promise<T>): Promise<T> {
  const server = await serveProject(host, appPaths(appRoot()).renderer, 0);
  try {
    return await print(server.url);
  } finally {
    await server.close();
  }
}

/** What to tell the user when the browser did not print (null: not a printing failure). */
function printFailure(error: unknown, t: Translator, browser: string, messages: PrintFailureMessages): string | null {
  if (!(error instanceof PrintPageError)) return null;
  if (error.reason === 'timeout') return t.t(messages.timedOut, { seconds: PRINT_TIMEOUT_MS / 1000 });
  if (error.reason === 'page') return t.t(messages.pageFailed, { reason: error.message });
  return t.t(messages.browserFailed, { browser });
}

/** A written file's size as the commands say it ("1.2 MB"). */
export function writtenSize(t: Translator, file: string): string {
  return t.t(cliGuideMessages.megabytes, { megabytes: fs.statSync(file).size / 1024 / 1024 });
}
