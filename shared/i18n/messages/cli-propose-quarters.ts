import { defineMessages } from '../define-messages.js';

// `itinera propose-quarters`: draft quarters where creative firms and spaces cluster (DBSCAN).

export const cliProposeQuartersMessages = defineMessages({
  synopsis: {
    id: 'cli.proposeQuarters.synopsis',
    defaultMessage: 'propose-quarters FILE.gpkg --eps METRES --min N [--json]',
    description:
      'How `itinera propose-quarters` is called, in `itinera help`; keep "propose-quarters" and the --options.',
  },
  summary: {
    id: 'cli.proposeQuarters.summary',
    defaultMessage:
      'draft quarters where creative firms and spaces\ncluster: DBSCAN (--eps metres, --min places\nwithin it), a concave hull each; --json for GeoJSON',
    description:
      'What `itinera propose-quarters` does, in `itinera help` (lines of at most 50 characters); keep the --options.',
  },
  needsParameters: {
    id: 'cli.proposeQuarters.needsParameters',
    defaultMessage: '"itinera propose-quarters" needs --eps METRES and --min N.',
    description: 'Error when DBSCAN’s distance or minimum number of places is missing.',
  },
  heading: {
    id: 'cli.proposeQuarters.heading',
    defaultMessage:
      '{quarters, plural, =0 {No cluster} one {# proposed quarter} other {# proposed quarters}} among {points, plural, one {# creative firm or space} other {# creative firms and spaces}} (eps {eps} m, at least {min, number} within it); {noise, number} in no cluster',
    description:
      'First line of `itinera propose-quarters`: clusters found, places considered, the parameters, and how many places fell in no cluster.',
  },
  quarter: {
    id: 'cli.proposeQuarters.quarter',
    defaultMessage:
      'Quarter {number}: {firms, plural, one {# creative firm} other {# creative firms}}, {spaces, plural, one {# creative space} other {# creative spaces}}, {hectares} ha',
    description: 'One proposed quarter: its number, its creative firms and spaces, the area of its hull in hectares.',
  },
});
