import { cliHelpMessages } from '../../../shared/i18n/messages/cli-help.js';
import type { CliContext, CommandUsage } from '../cli-command.js';

export const name = 'help';
export const usage: CommandUsage = cliHelpMessages;

export async function run(_args: string[], { line, usage: usageText }: CliContext): Promise<number> {
  line(await usageText());
  return 0;
}
