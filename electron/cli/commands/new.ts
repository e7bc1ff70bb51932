import { parseArgs } from 'node:util';
import { cliNewMessages } from '../../../shared/i18n/messages/cli-new.js';
import { createProjectHost } from '../../services/core/project-host.js';
import { requireProjectFile } from '../arguments.js';
import type { CliContext, CommandUsage } from '../cli-command.js';

export const name = 'new';
export const usage: CommandUsage = cliNewMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { name: { type: 'string' } }, allowPositionals: true });
  const file = requireProjectFile(positionals, name);
  const host = createProjectHost();
  try {
    // The primary content language is the language the command speaks (--lang, else LANG).
    const project = host.create(file, values.name, new Intl.Locale(t.locale).language).getProject({});
    line(t.t(cliNewMessages.created, { name: project.name, file }));
  } finally {
    host.close();
  }
  return 0;
}
