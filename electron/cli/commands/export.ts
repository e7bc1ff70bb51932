import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliExportMessages } from '../../../shared/i18n/messages/cli-export.js';
import { writeFileAtomically } from '../../services/transfer/write-file-atomically.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'export';
export const usage: CommandUsage = cliExportMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      families: { type: 'string' },
      'csv-geometry': { type: 'string' },
      'csv-formulas': { type: 'string' },
      include: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [projectFile, out, extra] = positionals;
  if (!projectFile || !out) throw new UsageError(cliExportMessages.needsFiles);
  refuseExtra(extra);
  if (!values.format) throw new UsageError(cliExportMessages.needsFormat);
  // The request is checked as the app's export is (a message names the field at fault).
  const request = parseInput('exportData', {
    format: values.format,
    filter: values.families ? { families: values.families.split(',').map((family) => family.trim()) } : {},
    ...(values['csv-geometry'] ? { csvGeometry: values['csv-geometry'] } : {}),
    ...(values['csv-formulas'] ? { csvFormulas: values['csv-formulas'] } : {}),
    ...(values.include ? { include: values.include.split(',').map((extra) => extra.trim()) } : {}),
  });
  const { data } = await withProject(path.resolve(projectFile), async (service) => {
    const exported = await service.exportFile(request);
    writeFileAtomically(path.resolve(out), exported.file.bytes);
    return exported;
  });
  line(
    t.t(cliExportMessages.exported, {
      places: data.places.length,
      quarters: data.quarters.length,
      routes: data.routes.length,
      links: data.links.length,
      file: out,
      format: request.format,
    }),
  );
  return 0;
}
