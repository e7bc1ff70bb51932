import { defineMessages } from '../define-messages.js';

// Report snapshots and change reports (issue #15, point 6): undo labels, errors, and the texts of
// a change report as the panel, the Markdown and CSV files and the command line write it.

export const snapshotMessages = defineMessages({
  saveEdit: {
    id: 'snapshots.edit.save',
    defaultMessage: 'Save snapshot of {name}',
    description: 'Edit name (Undo menu): a snapshot of an area’s report card was saved; {name} the area or group.',
  },
  deleteEdit: {
    id: 'snapshots.edit.delete',
    defaultMessage: 'Delete snapshot of {day}',
    description: 'Edit name (Undo menu): a saved report snapshot was deleted; {day} is its date as YYYY-MM-DD.',
  },
  notFound: {
    id: 'snapshots.error.notFound',
    defaultMessage: 'There is no snapshot with id {id}.',
    description: 'Error when a request names a report snapshot that does not exist; {id} is the number asked for.',
  },
  areaNotThen: {
    id: 'snapshots.error.areaNotThen',
    defaultMessage: 'The area did not exist yet at the end of {day}.',
    description:
      'Error when a change report asks for an area as it was on a day before it was drawn; {day} is the date (YYYY-MM-DD).',
  },
  title: {
    id: 'snapshots.report.title',
    defaultMessage: 'Change report: {name}',
    description: 'Heading of a change report (Markdown file); {name} is the area or group.',
  },
  period: {
    id: 'snapshots.report.period',
    defaultMessage: 'From {from} to {to}',
    description: 'Which two snapshots a change report compares; {from} and {to} are each a date, maybe with a label.',
  },
  snapshotName: {
    id: 'snapshots.report.snapshotName',
    defaultMessage: '{day} ({label})',
    description:
      'A snapshot named by its date and the label the user gave it, e.g. "12 May 2026 (before the festival)".',
  },
  newFirms: {
    id: 'snapshots.report.newFirms',
    defaultMessage: 'New firms ({count, number})',
    description: 'Heading: actors (firms, organisations) in the later snapshot that were not in the earlier one.',
  },
  closedFirms: {
    id: 'snapshots.report.closedFirms',
    defaultMessage: 'Closed firms ({count, number})',
    description: 'Heading: actors in the earlier snapshot that are no longer in the later one (closed or moved away).',
  },
  linksGained: {
    id: 'snapshots.report.linksGained',
    defaultMessage: 'Links gained ({count, number})',
    description: 'Heading: links between actors in the later snapshot that were not in the earlier one.',
  },
  linksLost: {
    id: 'snapshots.report.linksLost',
    defaultMessage: 'Links lost ({count, number})',
    description: 'Heading: links in the earlier snapshot that are no longer in the later one.',
  },
  none: {
    id: 'snapshots.report.none',
    defaultMessage: 'None.',
    description: 'Shown under a heading of a change report when its list is empty.',
  },
  firmLine: {
    id: 'snapshots.report.firmLine',
    defaultMessage: '{name} ({kind})',
    description: 'One actor in a change report: its name and its kind (category, and sector when it has one).',
  },
  linkLine: {
    id: 'snapshots.report.linkLine',
    defaultMessage: '{from} – {to} ({type})',
    description: 'One link in a change report: the names of its two places and the kind of link.',
  },
  counts: {
    id: 'snapshots.report.counts',
    defaultMessage: 'Counts',
    description: 'Heading of the table of counts (places, actors, firms, links) in a change report.',
  },
  byFamily: {
    id: 'snapshots.report.byFamily',
    defaultMessage: 'Places by kind',
    description: 'Heading of the table of places per category family in a change report.',
  },
  bySector: {
    id: 'snapshots.report.bySector',
    defaultMessage: 'Creative firms by sector',
    description: 'Heading of the table of creative firms per sector in a change report.',
  },
  diversity: {
    id: 'snapshots.report.diversity',
    defaultMessage: 'Diversity of sectors',
    description: 'Heading of the table of diversity indices (Shannon, Simpson, Hill numbers) in a change report.',
  },
  interlinkage: {
    id: 'snapshots.report.interlinkage',
    defaultMessage: 'Interlinkage within {metres} m',
    description:
      'Heading of the table of interlinkage figures: the share of actor pairs within {metres} metres that are linked.',
  },
  distanceDiffers: {
    id: 'snapshots.report.distanceDiffers',
    defaultMessage: 'The two snapshots measured interlinkage at different distances ({from} m and {to} m).',
    description: 'Warning under the interlinkage table of a change report: its figures compare unlike things.',
  },
  columnSection: {
    id: 'snapshots.report.columnSection',
    defaultMessage: 'Section',
    description: 'Column heading of a change report table (CSV): which part of the report a row belongs to.',
  },
  columnMeasure: {
    id: 'snapshots.report.columnMeasure',
    defaultMessage: 'Measure',
    description: 'Column heading of a change report table: what is counted or measured.',
  },
  columnFrom: {
    id: 'snapshots.report.columnFrom',
    defaultMessage: 'Before',
    description: 'Column heading of a change report table: the value in the earlier snapshot.',
  },
  columnTo: {
    id: 'snapshots.report.columnTo',
    defaultMessage: 'After',
    description: 'Column heading of a change report table: the value in the later snapshot.',
  },
  columnChange: {
    id: 'snapshots.report.columnChange',
    defaultMessage: 'Change',
    description: 'Column heading of a change report table: after minus before.',
  },
  // The measures of a change report.
  places: { id: 'snapshots.measure.places', defaultMessage: 'Places', description: 'Measure: all places.' },
  actors: {
    id: 'snapshots.measure.actors',
    defaultMessage: 'Actors',
    description: 'Measure: places that are organisations (firms, institutions), not sites.',
  },
  sites: { id: 'snapshots.measure.sites', defaultMessage: 'Sites', description: 'Measure: places that are sites.' },
  creativeFirms: {
    id: 'snapshots.measure.creativeFirms',
    defaultMessage: 'Creative firms',
    description: 'Measure: creative SMEs, freelancers and leading companies.',
  },
  linksCount: {
    id: 'snapshots.measure.links',
    defaultMessage: 'Links touching the area',
    description: 'Measure: links with at least one end in the area.',
  },
  events: {
    id: 'snapshots.measure.events',
    defaultMessage: 'Events',
    description: 'Measure: events held in the area or with its actors taking part.',
  },
  knowledgeExchangeLinks: {
    id: 'snapshots.measure.knowledgeExchangeLinks',
    defaultMessage: 'Knowledge-exchange links',
    description: 'Measure: links of the type knowledge exchange touching the area.',
  },
  shannon: {
    id: 'snapshots.measure.shannon',
    defaultMessage: 'Shannon entropy',
    description: 'Measure: the Shannon diversity index of sectors.',
  },
  giniSimpson: {
    id: 'snapshots.measure.giniSimpson',
    defaultMessage: 'Simpson diversity (1 − Σp²)',
    description: 'Measure: the Gini–Simpson index, the chance two firms picked at random differ in sector.',
  },
  hillQ0: {
    id: 'snapshots.measure.hillQ0',
    defaultMessage: 'Sectors present (Hill q=0)',
    description: 'Measure: how many sectors have at least one firm (Hill number of order 0).',
  },
  hillQ1: {
    id: 'snapshots.measure.hillQ1',
    defaultMessage: 'Effective sectors (Hill q=1)',
    description: 'Measure: the Hill number of order 1, exp(Shannon), the "effective number" of sectors.',
  },
  hillQ2: {
    id: 'snapshots.measure.hillQ2',
    defaultMessage: 'Effective sectors (Hill q=2)',
    description: 'Measure: the Hill number of order 2, 1/Σp².',
  },
  relatedVariety: {
    id: 'snapshots.measure.relatedVariety',
    defaultMessage: 'Related variety',
    description: 'Measure: diversity of sectors within the same sector group (Frenken et al.).',
  },
  unrelatedVariety: {
    id: 'snapshots.measure.unrelatedVariety',
    defaultMessage: 'Unrelated variety',
    description: 'Measure: diversity between sector groups (Frenken et al.).',
  },
  nearShare: {
    id: 'snapshots.measure.nearShare',
    defaultMessage: 'Near pairs linked',
    description: 'Measure: share of pairs of actors near each other that are linked.',
  },
  nearCrossSectorShare: {
    id: 'snapshots.measure.nearCrossSectorShare',
    defaultMessage: 'Near cross-sector pairs linked',
    description: 'Measure: share of near pairs of actors of different sectors that are linked.',
  },
  farShare: {
    id: 'snapshots.measure.farShare',
    defaultMessage: 'Distant pairs linked',
    description: 'Measure: share of pairs of actors farther apart that are linked.',
  },
  farCrossSectorShare: {
    id: 'snapshots.measure.farCrossSectorShare',
    defaultMessage: 'Distant cross-sector pairs linked',
    description: 'Measure: share of distant pairs of actors of different sectors that are linked.',
  },
  nearToFarRatio: {
    id: 'snapshots.measure.nearToFarRatio',
    defaultMessage: 'Near to distant ratio',
    description: 'Measure: how many times more often a near pair is linked than a distant one.',
  },
});
