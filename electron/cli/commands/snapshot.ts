import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliSnapshotMessages as m } from '../../../shared/i18n/messages/cli-snapshot.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

// `itinera snapshot FILE --area ID [--label TEXT] [--date YYYY-MM-DD]`: keeps the report card of
// an area (or group) as it is now, dated, for `itinera change-report`.

export const name = 'snapshot';
export const usage: CommandUsage = m;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      area: { type: 'string' },
      group: { type: 'string' },
      label: { type: 'string' },
      date: { type: 'string' },
    },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  if ((values.area === undefined) === (values.group === undefined)) throw new UsageError(m.needsScope);
  const scope =
    values.area !== undefined
      ? { kind: 'area', areaId: parseNumber(values.area, 'area') }
      : { kind: 'group', groupId: parseNumber(values.group, 'group') };
  const input = parseInput('saveSnapshot', { scope, label: values.label, takenOn: values.date });
  const saved = await withProject(file, (service) => service.saveSnapshot(input));
  line(
    t.t(m.saved, {
      id: String(saved.id),
      name: saved.scopeName ?? '',
      day: t.date(saved.takenOn),
      actors: saved.actors,
      links: saved.links,
    }),
  );
  return 0;
}
