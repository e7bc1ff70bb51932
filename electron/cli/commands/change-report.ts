import { parseArgs } from 'node:util';
import { changeReportCsv, changeReportMarkdown } from '../../../shared/analytics/change-report-export.js';
import { parseInput } from '../../../shared/api/contract.js';
import { cliSnapshotMessages as m } from '../../../shared/i18n/messages/cli-snapshot.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

// `itinera change-report FILE (--from ID --to ID | --area ID --since DAY [--until DAY])
// [--markdown|--csv|--json]`: what changed between two snapshots, or in an area since a day (the
// project then rebuilt from the edit history), as the panel's Markdown (the default) or CSV
// download, or as the API's JSON.

export const name = 'change-report';
export const usage: CommandUsage = { synopsis: m.changeSynopsis, summary: m.changeSummary };

export async function run(args: string[], { t, out }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      area: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      markdown: { type: 'boolean' },
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  const bySnapshots = values.from !== undefined && values.to !== undefined;
  const byDates = values.area !== undefined && values.since !== undefined;
  if (bySnapshots === byDates) throw new UsageError(m.needsSnapshots);
  if ([values.markdown, values.csv, values.json].filter(Boolean).length > 1) throw new UsageError(m.oneFormat);
  // Checked before the file is opened: a mistyped date leaves the project untouched.
  const snapshots = bySnapshots
    ? parseInput('compareSnapshots', { fromId: parseNumber(values.from, 'from'), toId: parseNumber(values.to, 'to') })
    : null;
  const dates = byDates
    ? parseInput('compareDates', {
        areaId: parseNumber(values.area, 'area'),
        fromDate: values.since,
        toDate: values.until,
      })
    : null;
  const report = await withProject(file, (service) =>
    snapshots ? service.compareSnapshots(snapshots) : service.compareDates(dates!),
  );
  // NOTE: the JSON output is data for other programs: not translated.
  if (values.json) out.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.csv) out.write(changeReportCsv(t, report));
  else out.write(changeReportMarkdown(t, report));
  return 0;
}
