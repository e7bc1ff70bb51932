import { parseArgs } from 'node:util';
import { cliInfoMessages } from '../../../shared/i18n/messages/cli-info.js';
import { requireProjectFile } from '../arguments.js';
import type { CliContext, CommandUsage } from '../cli-command.js';
import { withProjectInfo } from '../open-project-info.js';

export const name = 'info';
export const usage: CommandUsage = cliInfoMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const file = requireProjectFile(positionals, name);
  const info = withProjectInfo(file, (service) => service.getProject({}));
  const m = cliInfoMessages;
  line(t.t(m.project, { name: info.name, sample: info.isSample ? 'yes' : 'no' }));
  line(t.t(m.file, { file }));
  line(t.t(m.layers));
  line(`  ${t.t(m.places, { count: info.counts.places })}`);
  line(`  ${t.t(m.quarters, { count: info.counts.quarters })}`);
  line(`  ${t.t(m.routes, { count: info.counts.routes })}`);
  line(`  ${t.t(m.links, { count: info.counts.links })}`);
  if (info.bounds) {
    const [west, south, east, north] = info.bounds.map((degrees) =>
      t.number(degrees, { minimumFractionDigits: 6, maximumFractionDigits: 6, useGrouping: false }),
    );
    line(t.t(m.extent, { west, south, east, north }));
  }
  return 0;
}
