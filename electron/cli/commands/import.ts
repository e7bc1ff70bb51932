import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliImportMessages } from '../../../shared/i18n/messages/cli-import.js';
import { refuseExtra } from '../arguments.js';
import { startInBackground } from '../background.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'import';
export const usage: CommandUsage = cliImportMessages;

/** How many skipped rows are listed (all are counted). */
const LISTED_PROBLEMS = 50;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { category: { type: 'string' } },
    allowPositionals: true,
  });
  const [projectFile, sourceFile, extra] = positionals;
  if (!projectFile || !sourceFile) throw new UsageError(cliImportMessages.needsFiles);
  refuseExtra(extra);
  // The category is checked as the app checks a place's (its message names the field).
  const category =
    values.category === undefined
      ? null
      : parseInput('createPlace', { name: 'x', longitude: 0, latitude: 0, category: values.category }).category;
  const project = path.resolve(projectFile);
  const result = await withProject(project, (service) => service.importFile(path.resolve(sourceFile), category));
  const m = cliImportMessages;
  for (const { layer, note } of result.notes) line(`  ${t.t(m.note, { layer, note })}`);
  line(t.t(m.imported, { ...result.added, file: path.basename(sourceFile) }));
  if (result.groupsAdded > 0) line(t.t(m.grouped, { count: result.groupsAdded }));
  const list = (items: typeof result.skipped, count: number) => {
    for (const item of items.slice(0, LISTED_PROBLEMS))
      line(`  ${t.t(m.problem, { layer: item.layer, position: String(item.position), problem: item.message })}`);
    if (count > LISTED_PROBLEMS) line(`  ${t.t(m.more, { count: count - LISTED_PROBLEMS })}`);
  };
  if (result.repairedCount > 0) {
    line(t.t(m.repaired, { count: result.repairedCount }));
    list(result.repaired, result.repairedCount);
  }
  if (result.skippedCount > 0) {
    line(t.t(m.skipped, { count: result.skippedCount }));
    list(result.skipped, result.skippedCount);
  }
  // A large import leaves the full-text index to be built: by another process, after this one.
  if (result.searchIndexPending) {
    if (startInBackground(['reindex', project])) line(t.t(m.searchIndexLater));
    else await withProject(project, (service) => service.buildSearchIndex());
  }
  return 0;
}
