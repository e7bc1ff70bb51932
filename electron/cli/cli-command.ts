import type { MessageDescriptor, MessageValues } from '../../shared/i18n/define-messages.js';
import { messageRef } from '../../shared/i18n/define-messages.js';
import { MessageError } from '../../shared/i18n/message-error.js';
import type { Translator } from '../../shared/i18n/translator.js';

// What a command of `itinera` is (one module per command in commands/, loaded when it runs) and
// what it gets to run: the arguments after its name and the context below.

export interface CliContext {
  /** The language of the command's output (--lang, else the environment's). */
  readonly t: Translator;
  /** Writes one line to standard output. */
  line(text?: string): void;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** The usage summary of every command, in the context's language (for `help`). */
  usage(): Promise<string>;
}

export interface CommandUsage {
  /** How the command is called ("new FILE.gpkg [--name NAME]"). */
  readonly synopsis: MessageDescriptor;
  /** What it does (lines of at most ~55 characters). */
  readonly summary: MessageDescriptor;
}

/** A command module: its name, its usage message and what it does; `run` answers the exit status. */
export interface CliCommand {
  readonly name: string;
  readonly usage: CommandUsage;
  run(args: string[], context: CliContext): Promise<number>;
}

/** A mistake in the command line: the message, then the usage summary, exit status 2. */
export class UsageError extends MessageError {
  constructor(message: MessageDescriptor, values?: MessageValues) {
    super(messageRef(message, values));
    this.name = 'UsageError';
  }
}
