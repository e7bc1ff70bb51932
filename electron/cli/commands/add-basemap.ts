import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliAddBasemapMessages } from '../../../shared/i18n/messages/cli-add-basemap.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'add-basemap';
export const usage: CommandUsage = cliAddBasemapMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { overlay: { type: 'boolean' }, encoding: { type: 'string' } },
    allowPositionals: true,
  });
  const [projectFile, tilesFile, extra] = positionals;
  if (!projectFile || !tilesFile) throw new UsageError(cliAddBasemapMessages.needsFiles);
  refuseExtra(extra);
  const encoding = values.encoding;
  if (encoding !== undefined && encoding !== 'terrarium' && encoding !== 'mapbox')
    throw new UsageError(cliAddBasemapMessages.encoding, { value: encoding });
  const added = await withProject(path.resolve(projectFile), (service) =>
    service.basemapFiles.addFromPath(path.resolve(tilesFile), path.basename(tilesFile), {
      role: values.overlay ? 'overlay' : 'basemap',
      encoding,
    }),
  );
  line(
    t.t(cliAddBasemapMessages.added, {
      fileName: path.basename(tilesFile),
      role: added.role,
      name: added.name,
      kind: added.kind,
      encoding: added.encoding ?? '',
      format: added.tileFormat,
      minZoom: added.minZoom,
      maxZoom: added.maxZoom,
      tiles: added.tileCount,
    }),
  );
  return 0;
}
