import { parseArgs } from 'node:util';
import { NEARBY_DEFAULT_METRES, parseInput } from '../../../shared/api/contract.js';
import { cliNetworkMessages as m } from '../../../shared/i18n/messages/cli-network.js';
import { figure, interlinkageText, percent } from '../analytics-figures.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import type { CliContext, CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'network';
export const usage: CommandUsage = m;

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { within: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  const networkQuery = parseInput('linkNetwork', { louvainSeed: parseNumber(values.seed, 'seed') });
  const interlinkageQuery = parseInput('interlinkage', {
    withinMetres: parseNumber(values.within, 'within') ?? NEARBY_DEFAULT_METRES,
  });
  const { report, interlinkage } = await withProject(file, async (service) => ({
    report: await service.linkNetwork(networkQuery),
    interlinkage: service.interlinkage(interlinkageQuery),
  }));
  // NOTE: the JSON output is data for other programs: not translated.
  if (values.json) {
    line(JSON.stringify({ ...report, interlinkage }, null, 2));
    return 0;
  }
  const { summary } = report;
  line(
    t.t(m.network, {
      nodes: summary.nodes,
      edges: summary.edges,
      links: summary.links,
      density: figure(t, summary.density, 5),
    }),
  );
  line(
    t.t(m.crossSector, {
      share: percent(t, summary.crossSectorShare),
      count: summary.crossSectorEdges,
      edges: summary.edges,
    }),
  );
  line(
    t.t(m.components, {
      count: summary.components.length,
      largest: summary.components[0] ?? 0,
      isolated: summary.isolatedActorIds.length,
    }),
  );
  line(
    t.t(m.communities, {
      count: summary.communities,
      modularity: figure(t, summary.modularity),
      seed: String(summary.louvainSeed),
    }),
  );
  line(t.t(m.brokerage, { ...summary.brokerage }));
  line(interlinkageText(t, interlinkage));
  line(t.t(m.actorsHeading));
  const actors = [...report.actors].sort((a, b) => b.betweenness - a.betweenness || a.placeId - b.placeId);
  for (const actor of actors)
    line(
      `  ${t.t(m.actor, {
        id: String(actor.placeId),
        name: actor.name,
        degree: actor.degree,
        strength: actor.strength,
        betweenness: figure(t, actor.betweenness, 4),
        closeness: figure(t, actor.closeness, 4),
        constraint: figure(t, actor.constraint, 4),
        effectiveSize: figure(t, actor.effectiveSize, 3),
        community: String(actor.community),
      })}`,
    );
  return 0;
}
