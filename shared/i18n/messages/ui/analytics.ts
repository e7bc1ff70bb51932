import { defineMessages } from '../../define-messages.js';

// Quarter analytics in the area panel (issue #15): the report card of an area (what is there,
// how diverse, its soft infrastructure) and the interlinkage test (do near firms work together?).

export const analyticsMessages = defineMessages({
  title: {
    id: 'ui.analytics.title',
    defaultMessage: 'Report card',
    description: 'Heading of the area panel’s section of figures about the quarter (firms, diversity, events).',
  },
  loading: {
    id: 'ui.analytics.loading',
    defaultMessage: 'Computing the figures…',
    description: 'Shown while the report card is computed.',
  },
  failed: {
    id: 'ui.analytics.failed',
    defaultMessage: 'The figures could not be computed: {reason}',
    description: 'Error in the report card; {reason} is why (a message of its own).',
  },
  firms: {
    id: 'ui.analytics.firms',
    defaultMessage: 'Creative firms',
    description: 'Report card figure: how many creative firms (SMEs, freelancers, leading companies) are in the area.',
  },
  firmsPerHectare: {
    id: 'ui.analytics.firmsPerHectare',
    defaultMessage: '{firms, number} · {count} per hectare',
    description:
      'Report card: how many creative firms, and how many per hectare of the area; {count} is a formatted number.',
  },
  actorsAndSites: {
    id: 'ui.analytics.actorsAndSites',
    defaultMessage: '{actors, plural, one {# actor} other {# actors}} · {sites, plural, one {# site} other {# sites}}',
    description: 'Report card: how many actors (firms, institutions, operators…) and sites (heritage, venues…).',
  },
  actorsAndSitesLabel: {
    id: 'ui.analytics.actorsAndSitesLabel',
    defaultMessage: 'Places',
    description: 'Report card figure name: the places of the area, as actors and sites.',
  },
  sectors: {
    id: 'ui.analytics.sectors',
    defaultMessage: 'Sectors',
    description:
      'Report card figure: how many creative sectors the firms work in; also the heading of the sector bars.',
  },
  effectiveSectors: {
    id: 'ui.analytics.effectiveSectors',
    defaultMessage: '{count, number} present · {effective} effective (Hill)',
    description:
      'Report card: sectors present, and the effective number of sectors (Hill number of order 1: as many equally common sectors would give the same diversity).',
  },
  diversity: {
    id: 'ui.analytics.diversity',
    defaultMessage: 'Diversity',
    description: 'Report card figure name: how diverse the firms’ sectors are.',
  },
  diversityValue: {
    id: 'ui.analytics.diversityValue',
    defaultMessage: 'Shannon {shannon} · Simpson {simpson}',
    description:
      'Report card: Shannon entropy and the Gini–Simpson index (chance two firms picked at random differ in sector) of the sectors; numbers formatted.',
  },
  variety: {
    id: 'ui.analytics.variety',
    defaultMessage: 'Related / unrelated variety',
    description:
      'Report card figure name: diversity within groups of similar sectors (related) and between the groups (unrelated).',
  },
  varietyValue: {
    id: 'ui.analytics.varietyValue',
    defaultMessage: '{related} / {unrelated}',
    description: 'Report card: related and unrelated variety, numbers formatted.',
  },
  noFirms: {
    id: 'ui.analytics.noFirms',
    defaultMessage: 'No creative firm with a sector here yet.',
    description: 'Report card when the area has no creative firm whose sector is known.',
  },
  sectorNote: {
    id: 'ui.analytics.sectorNote',
    defaultMessage: '{count, number} · LQ {quotient}',
    description:
      'Beside a sector bar: how many firms, and the location quotient (LQ, abbreviated as in the hint below).',
  },
  quotientHint: {
    id: 'ui.analytics.quotientHint',
    defaultMessage: 'LQ: the sector’s share here against its share in the reference (above 1: concentrated here).',
    description: 'Explanation under the sector bars of the location quotient (LQ).',
  },
  soft: {
    id: 'ui.analytics.soft',
    defaultMessage: 'Soft infrastructure',
    description: 'Heading of the report card’s part about events, learning and knowledge exchange.',
  },
  events: {
    id: 'ui.analytics.events',
    defaultMessage: 'Events',
    description: 'Report card figure name: events held here or with participants from here.',
  },
  actorsInEvents: {
    id: 'ui.analytics.actorsInEvents',
    defaultMessage: 'Actors in events',
    description: 'Report card figure name: the share of the area’s actors that took part in at least one event.',
  },
  knowledgeLinks: {
    id: 'ui.analytics.knowledgeLinks',
    defaultMessage: 'Knowledge-exchange links per firm',
    description: 'Report card figure name: knowledge-exchange or mentoring links per creative firm.',
  },
  eventsPerYear: {
    id: 'ui.analytics.eventsPerYear',
    defaultMessage: 'Events per year',
    description: 'Heading of the small chart of events per year.',
  },
  notAvailable: {
    id: 'ui.analytics.notAvailable',
    defaultMessage: 'n/a',
    description: 'A figure that cannot be computed (for example a share of nothing). Very short.',
  },
  interlinkage: {
    id: 'ui.analytics.interlinkage',
    defaultMessage: 'Do near actors work together?',
    description: 'Heading of the interlinkage test: the share of actor pairs close to each other that are linked.',
  },
  interlinkageScope: {
    id: 'ui.analytics.interlinkageScope',
    defaultMessage: 'Actors here, pairs within',
    description: 'Label of the distance field of the interlinkage test (followed by a number of metres).',
  },
  metres: {
    id: 'ui.analytics.metres',
    defaultMessage: 'metres',
    description: 'Unit after the distance field.',
  },
  nearLinked: {
    id: 'ui.analytics.nearLinked',
    defaultMessage: 'Near pairs linked: {linked, number} of {pairs, number} ({share})',
    description: 'Interlinkage: of the actor pairs within the distance, how many are linked; {share} is a percentage.',
  },
  farLinked: {
    id: 'ui.analytics.farLinked',
    defaultMessage: 'Pairs farther apart: {linked, number} of {pairs, number} ({share})',
    description: 'Interlinkage: of the actor pairs farther apart, how many are linked; {share} is a percentage.',
  },
  crossSectorLinked: {
    id: 'ui.analytics.crossSectorLinked',
    defaultMessage: 'Near pairs across sectors: {linked, number} of {pairs, number} ({share})',
    description: 'Interlinkage: of the near pairs of firms in different sectors, how many are linked.',
  },
  ratio: {
    id: 'ui.analytics.ratio',
    defaultMessage: 'Near actors are {ratio} times as often linked as distant ones.',
    description: 'Interlinkage verdict; {ratio} is a formatted number.',
  },
  noRatio: {
    id: 'ui.analytics.noRatio',
    defaultMessage: 'Not enough links to compare near and distant actors.',
    description: 'Interlinkage verdict when a share is missing (no pairs, or no distant link).',
  },
  exportCsv: {
    id: 'ui.analytics.exportCsv',
    defaultMessage: 'Export as CSV',
    description: 'Button that saves the report card as a CSV table.',
  },
  reference: {
    id: 'ui.analytics.reference',
    defaultMessage: 'Location quotients against',
    description: 'Label of the choice of what the location quotients compare with (the whole project or an area).',
  },
  referenceProject: {
    id: 'ui.analytics.referenceProject',
    defaultMessage: 'the whole project',
    description: 'Option of the location quotients’ reference: every place of the project.',
  },
  csvFile: {
    id: 'ui.analytics.csvFile',
    defaultMessage: '{name} – report card.csv',
    description: 'File name of the report card’s CSV; {name} is the area’s name. Keep the .csv ending.',
  },
});
