import { defineMessages } from '../define-messages.js';

// `itinera network`: the link network's measures, per actor and as a whole.

export const cliNetworkMessages = defineMessages({
  synopsis: {
    id: 'cli.network.synopsis',
    defaultMessage: 'network FILE.gpkg [--within METRES] [--seed N] [--json]',
    description: 'How `itinera network` is called, in `itinera help`; keep "network" and the --options.',
  },
  summary: {
    id: 'cli.network.summary',
    defaultMessage:
      'the link network: per actor degree, strength,\nbetweenness, closeness, constraint, effective size,\nbrokerage, community; density, components, and\nthe interlinkage test within --within (500 m)',
    description: 'What `itinera network` does, in `itinera help` (lines of at most 50 characters); keep --within.',
  },
  network: {
    id: 'cli.network.network',
    defaultMessage:
      'Link network: {nodes, plural, one {# actor or linked site} other {# actors and linked sites}}, {edges, plural, one {# linked pair} other {# linked pairs}} ({links, plural, one {# link} other {# links}}), density {density}',
    description: 'First line of `itinera network`: nodes, edges (pairs with at least one link), links, density.',
  },
  crossSector: {
    id: 'cli.network.crossSector',
    defaultMessage: 'Linked pairs across sectors: {share} ({count, number} of {edges, number})',
    description: 'Share of linked pairs whose two ends are of different sectors (or kinds of actor).',
  },
  components: {
    id: 'cli.network.components',
    defaultMessage:
      '{count, plural, one {# component} other {# components}} (largest {largest, number}); {isolated, plural, =0 {no isolated actor} one {# isolated actor} other {# isolated actors}}',
    description: 'Connected components of the network, the size of the largest, and actors without any link.',
  },
  communities: {
    id: 'cli.network.communities',
    defaultMessage: 'Louvain communities: {count, number}, modularity {modularity} (seed {seed})',
    description: 'Communities found by the Louvain method, their modularity, and the random seed used (as is).',
  },
  brokerage: {
    id: 'cli.network.brokerage',
    defaultMessage:
      'Brokerage between sectors: coordinator {coordinator, number}, itinerant {itinerant, number}, representative {representative, number}, gatekeeper {gatekeeper, number}, liaison {liaison, number}',
    description:
      'Counts of Gould and Fernandez’s brokerage roles (coordinator, itinerant, representative, gatekeeper, liaison: use the usual terms of network analysis).',
  },
  interlinkage: {
    id: 'cli.network.interlinkage',
    defaultMessage:
      'Interlinkage within {metres} m: {nearShare} of {nearPairs, number} near pairs of actors linked ({nearCrossShare} of {nearCrossPairs, number} across sectors); pairs farther apart: {farShare} of {farPairs, number} ({farCrossShare} across sectors)',
    description:
      'The interlinkage test: share of pairs of actors within {metres} of each other that are linked, overall and across sectors, against pairs farther apart; shares are formatted percentages.',
  },
  actorsHeading: {
    id: 'cli.network.actorsHeading',
    defaultMessage: 'Per actor, highest betweenness first:',
    description: 'Heading of the per-actor list of `itinera network`.',
  },
  actor: {
    id: 'cli.network.actor',
    defaultMessage:
      '#{id} {name}: degree {degree, number}, strength {strength, number}, betweenness {betweenness}, closeness {closeness}, constraint {constraint}, effective size {effectiveSize}, community {community}',
    description:
      'One actor’s network measures: {id} and {name} of the place; the other values are formatted numbers (constraint and effective size "n/a" for an actor without links); keep the terms of network analysis.',
  },
});
