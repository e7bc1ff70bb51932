import { errorText } from '../../shared/i18n/message-error.js';
import { cliMessages } from '../../shared/i18n/messages/cli.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { UsageError, type CliCommand, type CliContext } from './cli-command.js';
import { environmentTranslator, takeLanguage } from './language.js';
import { usageText } from './usage.js';

// The `itinera` command: finds the command named first on the line and runs it. Each command is a
// module of its own, loaded only when it runs (its code, and what it needs, is not read before).
// Every command runs the same services as the desktop app.

/** The commands, in the order the usage summary lists them. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  new: () => import('./commands/new.js'),
  sample: () => import('./commands/sample.js'),
  info: () => import('./commands/info.js'),
  nearby: () => import('./commands/nearby.js'),
  pairs: () => import('./commands/pairs.js'),
  metrics: () => import('./commands/metrics.js'),
  network: () => import('./commands/network.js'),
  gaps: () => import('./commands/gaps.js'),
  'propose-quarters': () => import('./commands/propose-quarters.js'),
  snapshot: () => import('./commands/snapshot.js'),
  'change-report': () => import('./commands/change-report.js'),
  import: () => import('./commands/import.js'),
  reindex: () => import('./commands/reindex.js'),
  'import-osm': () => import('./commands/import-osm.js'),
  'add-basemap': () => import('./commands/add-basemap.js'),
  export: () => import('./commands/export.js'),
  route: () => import('./commands/route.js'),
  elevation: () => import('./commands/elevation.js'),
  guide: () => import('./commands/guide.js'),
  'print-map': () => import('./commands/print-map.js'),
  workspace: () => import('./commands/workspace.js'),
  serve: () => import('./commands/serve.js'),
  help: () => import('./commands/help.js'),
};

export const COMMAND_NAMES = Object.keys(COMMANDS);

export function loadCommand(name: string): Promise<CliCommand> | null {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name]!() : null;
}

async function usage(t: Translator): Promise<string> {
  const commands = await Promise.all(COMMAND_NAMES.map((name) => loadCommand(name)!));
  return usageText(
    t,
    commands.map((command) => command.usage),
  );
}

/** Node's own errors about the options (parseArgs), as our messages. */
function optionsError(error: TypeError & { code: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return new UsageError(cliMessages.unknownOption, { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return new UsageError(cliMessages.optionNeedsValue, { option });
  return new UsageError(cliMessages.badOptions, { detail: error.message });
}

function isOptionsError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export async function run(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let t = environmentTranslator(process.env);
  const context: CliContext = {
    get t() {
      return t;
    },
    line: (text = '') => out.write(`${text}\n`),
    out,
    err,
    usage: () => usage(t),
  };
  try {
    const language = takeLanguage(argv);
    if (language.translator) t = language.translator;
    const [name, ...args] = language.rest;
    if (name === undefined || name === '--help' || name === '-h') {
      context.line(await context.usage());
      return name === undefined ? 2 : 0;
    }
    const command = await loadCommand(name);
    if (!command) throw new UsageError(cliMessages.unknownCommand, { command: name });
    return await command.run(args, context);
  } catch (caught) {
    const error = isOptionsError(caught) ? optionsError(caught) : caught;
    if (error instanceof UsageError) {
      err.write(`itinera: ${errorText(error, t)}\n\n${await usage(t)}\n`);
      return 2;
    }
    // Errors Itinera explains (a file it cannot open, a refused value) and any other: the message alone.
    err.write(`itinera: ${errorText(error, t)}\n`);
    return 1;
  }
}
