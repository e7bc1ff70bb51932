import { defineMessages } from '../define-messages.js';

// `itinera metrics`: the report card of an area, a group, or around a place.

export const cliMetricsMessages = defineMessages({
  synopsis: {
    id: 'cli.metrics.synopsis',
    defaultMessage:
      'metrics FILE.gpkg (--area ID | --group ID | --around PLACE_ID --within METRES [--on-foot]) [--json]',
    description: 'How `itinera metrics` is called, in `itinera help`; keep "metrics" and the --options.',
  },
  summary: {
    id: 'cli.metrics.summary',
    defaultMessage:
      'report card of an area, a group or around a place:\ncounts, firms per hectare, location quotients,\ndiversity of sectors, events, knowledge exchange\nand the interlinkage test (500 m)',
    description: 'What `itinera metrics` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsScope: {
    id: 'cli.metrics.needsScope',
    defaultMessage: '"itinera metrics" needs one of --area ID, --group ID or --around PLACE_ID --within METRES.',
    description:
      'Error when `itinera metrics` is not told which area, group or place to report on, or is told several.',
  },
  headingArea: {
    id: 'cli.metrics.headingArea',
    defaultMessage: 'Report card of the area {name} (#{id})',
    description: 'First line of `itinera metrics --area`; {name} and {id} of the area (quarter).',
  },
  headingGroup: {
    id: 'cli.metrics.headingGroup',
    defaultMessage: 'Report card of the group {name} (#{id}), its areas and sub-groups',
    description: 'First line of `itinera metrics --group`; {name} and {id} of the group.',
  },
  headingAround: {
    id: 'cli.metrics.headingAround',
    defaultMessage: 'Report card within {metres} m of {name} (#{id})',
    description: 'First line of `itinera metrics --around`; {metres} the distance, {name} and {id} of the place.',
  },
  headingWalk: {
    id: 'cli.metrics.headingWalk',
    defaultMessage: 'Report card within {metres} m on foot of {name} (#{id})',
    description:
      'First line of `itinera metrics --around --on-foot` (along the streets); {metres} the distance, {name} and {id} of the place.',
  },
  headingPlaces: {
    id: 'cli.metrics.headingPlaces',
    defaultMessage: 'Report card of {count, plural, one {# chosen place} other {# chosen places}}',
    description: 'First line of a report card over a list of places (those a filter shows).',
  },
  places: {
    id: 'cli.metrics.places',
    defaultMessage:
      'Places: {places, number} ({actors, plural, one {# actor} other {# actors}}, {sites, plural, one {# site} other {# sites}})',
    description: 'How many places the report card covers, actors (organisations) and sites among them.',
  },
  firms: {
    id: 'cli.metrics.firms',
    defaultMessage: 'Creative firms: {firms, number}, {perHectare} per hectare ({hectares} ha)',
    description: 'Creative firms in the area and their density; {perHectare} and {hectares} are formatted numbers.',
  },
  firmsNoArea: {
    id: 'cli.metrics.firmsNoArea',
    defaultMessage: 'Creative firms: {firms, number} (no area drawn: no density)',
    description: 'Creative firms of a group that has no areas, so no density per hectare can be given.',
  },
  byKind: {
    id: 'cli.metrics.byKind',
    defaultMessage: 'By kind:',
    description: 'Heading of the list of place counts by category in `itinera metrics`.',
  },
  bySector: {
    id: 'cli.metrics.bySector',
    defaultMessage: 'By sector (location quotient against the whole project):',
    description:
      'Heading of the list of creative firms by sector with each sector’s location quotient (its share here over its share in the project).',
  },
  countLine: {
    id: 'cli.metrics.countLine',
    defaultMessage: '{count}  {label}',
    description: 'One line of a count list: {count} already padded, {label} the kind or sector.',
  },
  sectorLine: {
    id: 'cli.metrics.sectorLine',
    defaultMessage: '{count}  {sector}  LQ {quotient}',
    description: 'One sector of the report card: {count} firms (padded), {sector}, LQ = its location quotient.',
  },
  diversity: {
    id: 'cli.metrics.diversity',
    defaultMessage:
      'Diversity of sectors: Shannon {shannon}, Simpson {simpson} (Gini–Simpson {giniSimpson}), Hill numbers {hill0} / {hill1} / {hill2}',
    description:
      'Diversity indices of the creative firms’ sectors (Shannon entropy, Simpson index, Hill numbers of order 0, 1, 2); names of indices are technical terms.',
  },
  variety: {
    id: 'cli.metrics.variety',
    defaultMessage: 'Related variety {related}, unrelated variety {unrelated}',
    description: 'Related variety (within sector groups) and unrelated variety (between them), Frenken’s measures.',
  },
  noDiversity: {
    id: 'cli.metrics.noDiversity',
    defaultMessage: 'Diversity of sectors: no creative firm with a sector',
    description: 'Shown instead of the diversity indices when the area has no creative firm with a sector.',
  },
  events: {
    id: 'cli.metrics.events',
    defaultMessage: '{events, plural, one {# event} other {# events}} with a venue or participant here:',
    description: 'Heading of the events per year and kind in `itinera metrics`.',
  },
  eventLine: {
    id: 'cli.metrics.eventLine',
    defaultMessage: '{year}  {kind}: {count, number}',
    description: 'Events of one kind in one year: {year} (as is), {kind} of event, {count}.',
  },
  actorsInEvents: {
    id: 'cli.metrics.actorsInEvents',
    defaultMessage: 'Actors that took part in an event: {count, number} of {actors, number} ({share})',
    description: 'How many of the area’s actors took part in at least one event; {share} a formatted percentage.',
  },
  knowledgeExchange: {
    id: 'cli.metrics.knowledgeExchange',
    defaultMessage: 'Knowledge-exchange links: {links, number} ({perFirm} per creative firm)',
    description: 'Links of type knowledge exchange touching the area, and how many per creative firm.',
  },
  notApplicable: {
    id: 'cli.metrics.notApplicable',
    defaultMessage: 'n/a',
    description: 'Stands for a figure that cannot be computed (nothing to divide by); short.',
  },
});
