import type { MessageDescriptor } from '../../shared/i18n/define-messages.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { PrintPageError } from '../serve/chromium-pdf.js';
import { serveProject } from '../serve/serve-project.js';
import { appPaths } from '../services/core/app-paths.js';
import { PRINT_TIMEOUT_MS } from '../services/printing/printing-service.js';
import type { ProjectHost } from '../services/core/project-host.js';
import { appRoot } from './app-root.js';

// What `itinera guide` and `itinera print-map` share: the open project served on 127.0.0.1 (a
// token of this run only) for the headless browser that prints the app's print view, and what
// they say when the browser cannot print it.

export { PRINT_TIMEOUT_MS };

/** Runs `print` with the address of the served project; the server stops after it. */
export async function withPrintServer<T>(host: ProjectHost, print: (serverUrl: string) => Promise<T>): Promise<T> {
  const server = await serveProject(host, appPaths(appRoot()).renderer, 0);
  try {
    return await print(server.url);
  } finally {
    await server.close();
  }
}

/** What to tell the user when the browser did not print (null: not a printing failure). */
export function printFailure(
  error: unknown,
  t: Translator,
  browser: string,
  messages: { timedOut: MessageDescriptor; pageFailed: MessageDescriptor; browserFailed: MessageDescriptor },
): string | null {
  if (!(error instanceof PrintPageError)) return null;
  if (error.reason === 'timeout') return t.t(messages.timedOut, { seconds: PRINT_TIMEOUT_MS / 1000 });
  if (error.reason === 'page') return t.t(messages.pageFailed, { reason: error.message });
  return t.t(messages.browserFailed, { browser });
}
