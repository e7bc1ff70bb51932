import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliProposeQuartersMessages as m } from '../../../shared/i18n/messages/cli-propose-quarters.js';
import { figure } from '../analytics-figures.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'propose-quarters';
export const usage: CommandUsage = m;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { eps: { type: 'string' }, min: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  if (values.eps === undefined || values.min === undefined) throw new UsageError(m.needsParameters);
  const query = parseInput('proposeQuarters', {
    epsMetres: parseNumber(values.eps, 'eps'),
    minPoints: parseNumber(values.min, 'min'),
  });
  const result = await withProject(file, (service) => service.proposeQuarters(query));
  // NOTE: the JSON output is data for other programs (a GeoJSON FeatureCollection): not translated.
  if (values.json) {
    const { quarters, ...parameters } = result;
    const features = quarters.map(({ hull, ...properties }) => ({ type: 'Feature', geometry: hull, properties }));
    line(JSON.stringify({ type: 'FeatureCollection', ...parameters, features }, null, 2));
    return 0;
  }
  line(
    t.t(m.heading, {
      quarters: result.quarters.length,
      points: result.points,
      eps: t.number(result.epsMetres),
      min: result.minPoints,
      noise: result.noise,
    }),
  );
  for (const quarter of result.quarters)
    line(
      `  ${t.t(m.quarter, {
        number: String(quarter.index + 1),
        firms: quarter.creativeFirms,
        spaces: quarter.creativeSpaces,
        hectares: figure(t, quarter.hectares, 2),
      })}`,
    );
  return 0;
}
