import { parseArgs } from 'node:util';
import { cliReindexMessages } from '../../../shared/i18n/messages/cli-reindex.js';
import { requireProjectFile } from '../arguments.js';
import type { CliContext, CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'reindex';
export const usage: CommandUsage = cliReindexMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const file = requireProjectFile(positionals, name);
  const indexed = await withProject(file, (service) => service.buildSearchIndex());
  line(indexed > 0 ? t.t(cliReindexMessages.built, { count: indexed }) : t.t(cliReindexMessages.upToDate));
  return 0;
}
