import path from 'node:path';
import { cliMessages } from '../../shared/i18n/messages/cli.js';
import { UsageError } from './cli-command.js';

// Checks of the command line that several commands share.

/** The project file a command works on: exactly one positional argument. */
export function requireProjectFile(positionals: string[], command: string): string {
  const file = positionals[0];
  if (!file) throw new UsageError(cliMessages.needsProjectFile, { command });
  refuseExtra(positionals[1]);
  return path.resolve(file);
}

/** Refuses an argument beyond those the command takes. */
export function refuseExtra(argument: string | undefined): void {
  if (argument !== undefined) throw new UsageError(cliMessages.unexpectedArgument, { argument });
}

/** The number an option was given, or undefined when it was not given. */
export function parseNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(cliMessages.notANumber, { option, value });
  return number;
}
