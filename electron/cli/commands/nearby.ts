import { parseArgs } from 'node:util';
import { NEARBY_DEFAULT_METRES, parseInput } from '../../../shared/api/contract.js';
import { cliNearbyMessages } from '../../../shared/i18n/messages/cli-nearby.js';
import { typologyLabel } from '../../../shared/i18n/typology-labels.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'nearby';
export const usage: CommandUsage = cliNearbyMessages;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { place: { type: 'string' }, within: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  if (values.place === undefined) throw new UsageError(cliNearbyMessages.needsPlace);
  const query = parseInput('nearbyPlaces', {
    placeId: parseNumber(values.place, 'place'),
    withinMetres: parseNumber(values.within, 'within') ?? NEARBY_DEFAULT_METRES,
  });
  const { centre, hits } = await withProject(file, (service) => ({
    centre: service.getPlace({ id: query.placeId }),
    hits: service.nearbyPlaces(query),
  }));
  if (values.json) {
    const rows = hits.map((hit) => ({
      id: hit.place.id,
      name: hit.place.name,
      category: hit.place.category,
      sector: hit.place.sector,
      distanceMetres: hit.distanceMetres,
      linked: hit.linked,
    }));
    line(JSON.stringify(rows, null, 2));
    return 0;
  }
  const m = cliNearbyMessages;
  line(t.t(m.heading, { metres: query.withinMetres, name: centre.name, id: String(centre.id) }));
  if (hits.length === 0) line(`  ${t.t(m.none)}`);
  for (const hit of hits) {
    const category = typologyLabel(t, 'category', hit.place.category);
    const kind = hit.place.sector
      ? t.t(m.kindWithSector, { category, sector: typologyLabel(t, 'sector', hit.place.sector) })
      : category;
    const distance = t.number(Math.round(hit.distanceMetres)).padStart(5);
    const values = { distance, id: String(hit.place.id), name: hit.place.name, kind };
    line(`  ${t.t(m.hit, { ...values, linked: hit.linked ? 'yes' : 'no' })}`);
  }
  return 0;
}
