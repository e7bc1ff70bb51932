import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { cliGapsMessages as m } from '../../../shared/i18n/messages/cli-gaps.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../shared/i18n/typology-labels.js';
import type { Place } from '../../../shared/model/schemas.js';
import { figure } from '../analytics-figures.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'gaps';
export const usage: CommandUsage = m;

function kindOf(t: Translator, place: Place): string {
  return place.sector ? typologyLabel(t, 'sector', place.sector) : typologyLabel(t, 'category', place.category);
}

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { within: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  if (values.within === undefined) throw new UsageError(m.needsWithin);
  const query = parseInput('findGaps', {
    withinMetres: parseNumber(values.within, 'within'),
    limit: parseNumber(values.limit, 'limit'),
  });
  const { result, places } = await withProject(file, (service) => {
    const result = service.findGaps(query);
    const ids = new Set([
      ...result.gaps.flatMap((gap) => [gap.fromPlaceId, gap.toPlaceId]),
      ...result.groups.groups.flatMap((group) => group.placeIds),
    ]);
    const places = new Map([...ids].map((id) => [id, service.getPlace({ id })]));
    return { result, places };
  });
  // NOTE: the JSON output is data for other programs: not translated.
  if (values.json) {
    const gaps = result.gaps.map((gap) => ({
      ...gap,
      fromName: places.get(gap.fromPlaceId)!.name,
      toName: places.get(gap.toPlaceId)!.name,
    }));
    line(JSON.stringify({ ...result, gaps }, null, 2));
    return 0;
  }
  line(t.t(m.heading, { candidates: result.candidates, metres: t.number(result.withinMetres) }));
  for (const gap of result.gaps) {
    const from = places.get(gap.fromPlaceId)!;
    const to = places.get(gap.toPlaceId)!;
    line(
      `  ${t.t(m.gap, {
        fromId: String(from.id),
        fromName: from.name,
        fromKind: kindOf(t, from),
        toId: String(to.id),
        toName: to.name,
        toKind: kindOf(t, to),
        distance: t.number(Math.round(gap.distanceMetres)),
        complementarity: figure(t, gap.complementarity, 1),
        reduction: figure(t, gap.constraintReduction, 3),
      })}`,
    );
  }
  line(t.t(m.groupsHeading, { candidates: result.groups.candidates, metres: t.number(result.withinMetres) }));
  for (const group of result.groups.groups) {
    const members = group.placeIds.map((id) => places.get(id)!);
    line(
      `  ${members.map((place) => t.t(m.member, { id: String(place.id), name: place.name, kind: kindOf(t, place) })).join(' · ')}`,
    );
  }
  return 0;
}
