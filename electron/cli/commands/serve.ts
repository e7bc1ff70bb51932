import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliServeMessages } from '../../../shared/i18n/messages/cli-serve.js';
import { hasDisplay, openAppWindow } from '../../serve/open-browser.js';
import { servePrinter } from '../../serve/print-view.js';
import { serveProject } from '../../serve/serve-project.js';
import { appPaths } from '../../services/core/app-paths.js';
import { createProjectHost } from '../../services/core/project-host.js';
import { ensureSampleProject } from '../../services/core/user-data.js';
import { appRoot } from '../app-root.js';
import { parseNumber } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';

export const name = 'serve';
export const usage: CommandUsage = cliServeMessages;

export async function run(args: string[], { t, line, err }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { project: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    allowPositionals: true,
  });
  const m = cliServeMessages;
  if (positionals.length > 0) throw new UsageError(m.unexpectedArgument, { argument: positionals[0] });
  const port = parseNumber(values.port, 'port') ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(m.port);
  const paths = appPaths(appRoot());
  const file = values.project ? path.resolve(values.project) : ensureSampleProject(paths.shippedSample);
  let url: string | null = null;
  const host = createProjectHost({ printer: servePrinter(paths.root, () => url) });
  host.open(file);
  const server = await serveProject(host, paths.renderer, port);
  url = server.url;
  line(t.t(m.running, { url: server.url }));
  if (!fs.existsSync(path.join(paths.renderer, 'index.html'))) {
    err.write(`${t.t(m.notBuilt, { folder: paths.renderer })}\n`);
  }
  if (!values['no-open']) {
    const browser = openAppWindow(server.url);
    const opened = browser ? t.t(m.opened, { browser }) : t.t(hasDisplay() ? m.noBrowser : m.noDisplay);
    err.write(`${opened}\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  host.close();
  return 0;
}
