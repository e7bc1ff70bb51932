import { parseArgs } from 'node:util';
import { NEARBY_MAX_METRES } from '../../../shared/api/contract.js';
import { cliPairsMessages } from '../../../shared/i18n/messages/cli-pairs.js';
import { CATEGORY_FAMILIES, type CategoryFamily } from '../../../shared/model/typology.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'pairs';
export const usage: CommandUsage = cliPairsMessages;

function familiesOf(value: string | undefined, option: string): CategoryFamily[] {
  const families = CATEGORY_FAMILIES.join(', ');
  if (!value) throw new UsageError(cliPairsMessages.needsFamilies, { option, families });
  return value.split(',').map((family) => {
    const trimmed = family.trim();
    if (!(CATEGORY_FAMILIES as readonly string[]).includes(trimmed))
      throw new UsageError(cliPairsMessages.unknownFamily, { option, family: trimmed, families });
    return trimmed as CategoryFamily;
  });
}

export async function run(args: string[], { t, line, out }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      within: { type: 'string' },
      count: { type: 'boolean' },
      summary: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  const from = familiesOf(values.from, 'from');
  const to = familiesOf(values.to, 'to');
  const withinMetres = parseNumber(values.within, 'within');
  if (withinMetres === undefined || withinMetres <= 0 || withinMetres > NEARBY_MAX_METRES)
    throw new UsageError(cliPairsMessages.needsWithin, { maximum: NEARBY_MAX_METRES });
  const query = { from, to, withinMetres };
  await withProject(file, (service) => {
    // NOTE: the JSON, count and summary outputs are data for other programs: not translated.
    if (values.json) {
      // Streamed: a join can have millions of pairs.
      let first = true;
      let buffer = '[';
      service.placePairs(
        query,
        (fromId, toId, distanceMetres) => {
          buffer += `${first ? '\n' : ',\n'}  {"fromId":${fromId},"toId":${toId},"distanceMetres":${distanceMetres}}`;
          first = false;
          if (buffer.length > 1 << 16) {
            out.write(buffer);
            buffer = '';
          }
        },
        { distances: true },
      );
      line(`${buffer}\n]`);
      return;
    }
    const perPlace = new Map<number, { count: number; idSum: number }>();
    const stats = service.placePairs(query, (fromId, toId) => {
      if (!values.summary) return;
      const entry = perPlace.get(fromId);
      if (entry) {
        entry.count++;
        entry.idSum += toId;
      } else perPlace.set(fromId, { count: 1, idSum: toId });
    });
    if (values.count) {
      line(String(stats.pairs));
    } else if (values.summary) {
      let buffer = 'from_id\tcount\tto_id_sum\n';
      for (const [fromId, entry] of perPlace) buffer += `${fromId}\t${entry.count}\t${entry.idSum}\n`;
      out.write(buffer);
    } else {
      line(
        t.t(cliPairsMessages.counted, {
          pairs: stats.pairs,
          metres: withinMetres,
          fromPlaces: stats.fromPlaces,
          from: from.join(', '),
          toPlaces: stats.toPlaces,
          to: to.join(', '),
        }),
      );
    }
  });
  return 0;
}
