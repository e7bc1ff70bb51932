import { parseArgs } from 'node:util';
import { cliSampleMessages } from '../../../shared/i18n/messages/cli-sample.js';
import { writeSampleProject } from '../../services/core/sample-project.js';
import { requireProjectFile } from '../arguments.js';
import type { CliContext, CommandUsage } from '../cli-command.js';

export const name = 'sample';
export const usage: CommandUsage = cliSampleMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const file = requireProjectFile(positionals, name);
  await writeSampleProject(file);
  line(t.t(cliSampleMessages.written, { file }));
  return 0;
}
