import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliImportMessages } from '../../../shared/i18n/messages/cli-import.js';
import { refuseExtra } from '../arguments.js';
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
  const result = await withProject(path.resolve(projectFile), (service) =>
    service.importFile(path.resolve(sourceFile), category),
  );
  const m = cliImportMessages;
  // TODO(#11): notes and row problems are texts of the import result, still English.
  for (const note of result.notes) line(`  ${note}`);
  line(t.t(m.imported, { ...result.added, file: path.basename(sourceFile) }));
  if (result.skipped.length > 0) {
    line(t.t(m.skipped, { count: result.skipped.length }));
    for (const problem of result.skipped.slice(0, LISTED_PROBLEMS))
      line(
        `  ${t.t(m.problem, { layer: problem.layer, position: String(problem.position), problem: problem.message })}`,
      );
    if (result.skipped.length > LISTED_PROBLEMS)
      line(`  ${t.t(m.more, { count: result.skipped.length - LISTED_PROBLEMS })}`);
  }
  return 0;
}
