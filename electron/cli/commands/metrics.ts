import { parseArgs } from 'node:util';
import type { Interlinkage, ScopedReportCard } from '../../../shared/api/analytics.js';
import { NEARBY_DEFAULT_METRES, parseInput } from '../../../shared/api/contract.js';
import { cliMetricsMessages as m } from '../../../shared/i18n/messages/cli-metrics.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { typologyLabel } from '../../../shared/i18n/typology-labels.js';
import { figure, interlinkageText, percent } from '../analytics-figures.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'metrics';
export const usage: CommandUsage = m;

function scopeOf(values: { area?: string; group?: string; around?: string; within?: string; 'on-foot'?: boolean }) {
  const given = [values.area, values.group, values.around].filter((value) => value !== undefined);
  if (given.length !== 1) throw new UsageError(m.needsScope);
  if (values.area !== undefined) return { kind: 'area', areaId: parseNumber(values.area, 'area') };
  if (values.group !== undefined) return { kind: 'group', groupId: parseNumber(values.group, 'group') };
  if (values.within === undefined) throw new UsageError(m.needsScope);
  return {
    kind: 'around',
    placeId: parseNumber(values.around, 'around'),
    withinMetres: parseNumber(values.within, 'within'),
    measure: values['on-foot'] ? 'walking' : 'straight',
  };
}

export async function run(args: string[], { t, line }: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      area: { type: 'string' },
      group: { type: 'string' },
      around: { type: 'string' },
      within: { type: 'string' },
      'on-foot': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = requireProjectFile(positionals, name);
  const query = parseInput('reportCard', { scope: scopeOf(values) });
  const { card, interlinkage, heading } = await withProject(file, (service) => {
    const card = service.reportCard(query);
    const interlinkage = service.interlinkage({ withinMetres: NEARBY_DEFAULT_METRES, scope: card.scope });
    const scope = card.scope;
    let heading: string;
    if (scope.kind === 'area') {
      const area = service.listQuarters({}).find((quarter) => quarter.id === scope.areaId)!;
      heading = t.t(m.headingArea, { name: area.name, id: String(area.id) });
    } else if (scope.kind === 'group') {
      const group = service.listGroups({}).find((entry) => entry.id === scope.groupId)!;
      heading = t.t(m.headingGroup, { name: group.name, id: String(group.id) });
    } else if (scope.kind === 'places') {
      heading = t.t(m.headingPlaces, { count: scope.placeIds.length });
    } else {
      const place = service.getPlace({ id: scope.placeId });
      heading = t.t(scope.measure === 'walking' ? m.headingWalk : m.headingAround, {
        metres: t.number(scope.withinMetres),
        name: place.name,
        id: String(place.id),
      });
    }
    return { card, interlinkage, heading };
  });
  // NOTE: the JSON output is data for other programs: not translated.
  if (values.json) line(JSON.stringify({ ...card, interlinkage }, null, 2));
  else printCard(t, line, heading, card, interlinkage);
  return 0;
}

function printCard(
  t: Translator,
  line: (text?: string) => void,
  heading: string,
  card: ScopedReportCard,
  interlinkage: Interlinkage,
): void {
  const pad = (count: number) => t.number(count).padStart(6);
  line(heading);
  line(t.t(m.places, { places: card.places, actors: card.actors, sites: card.sites }));
  line(
    card.hectares === null
      ? t.t(m.firmsNoArea, { firms: card.creativeFirms })
      : t.t(m.firms, {
          firms: card.creativeFirms,
          perHectare: figure(t, card.firmsPerHectare, 2),
          hectares: figure(t, card.hectares, 2),
        }),
  );
  line(t.t(m.byKind));
  for (const entry of card.byCategory)
    line(`  ${t.t(m.countLine, { count: pad(entry.count), label: typologyLabel(t, 'category', entry.category) })}`);
  if (card.bySector.length > 0) {
    line(t.t(m.bySector));
    for (const entry of card.bySector)
      line(
        `  ${t.t(m.sectorLine, {
          count: pad(entry.count),
          sector: typologyLabel(t, 'sector', entry.sector),
          quotient: figure(t, entry.locationQuotient, 2),
        })}`,
      );
  }
  const { diversity, soft } = card;
  if (diversity.total === 0) line(t.t(m.noDiversity));
  else {
    line(
      t.t(m.diversity, {
        shannon: figure(t, diversity.shannon),
        simpson: figure(t, diversity.simpson),
        giniSimpson: figure(t, diversity.giniSimpson),
        hill0: figure(t, diversity.hill.q0),
        hill1: figure(t, diversity.hill.q1),
        hill2: figure(t, diversity.hill.q2),
      }),
    );
    line(
      t.t(m.variety, {
        related: figure(t, diversity.relatedVariety),
        unrelated: figure(t, diversity.unrelatedVariety),
      }),
    );
  }
  line(t.t(m.events, { events: soft.events }));
  for (const entry of soft.eventsByYear)
    line(
      `  ${t.t(m.eventLine, { year: String(entry.year), kind: typologyLabel(t, 'eventKind', entry.kind), count: entry.count })}`,
    );
  const share = percent(t, soft.shareOfActorsInEvents);
  line(t.t(m.actorsInEvents, { count: soft.actorsInEvents, actors: card.actors, share }));
  line(
    t.t(m.knowledgeExchange, {
      links: soft.knowledgeExchangeLinks,
      perFirm: figure(t, soft.knowledgeExchangeLinksPerFirm, 2),
    }),
  );
  line(interlinkageText(t, interlinkage));
}
