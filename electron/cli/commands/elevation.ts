import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliElevationMessages as m } from '../../../shared/i18n/messages/cli-route.js';
import { requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'elevation';
export const usage: CommandUsage = m;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { at: { type: 'string' } }, allowPositionals: true });
  const file = requireProjectFile(positionals, name);
  if (values.at === undefined) throw new UsageError(m.needsAt);
  const [longitude, latitude] = values.at.split(',').map((part) => Number(part.trim()));
  const query = parseInput('elevationAt', { longitude, latitude });
  const answer = await withProject(file, (service) => service.elevationAt(query));
  if (!answer.hasElevationFile) {
    line(t.t(m.noFile));
    return 1;
  }
  if (answer.metres === null) {
    line(t.t(m.noData, { longitude: String(query.longitude), latitude: String(query.latitude) }));
    return 1;
  }
  line(t.t(m.metres, { metres: t.number(answer.metres, { maximumFractionDigits: 1 }) }));
  return 0;
}
