import { defineMessages } from '../define-messages.js';

// `itinera gaps`: pairs of actors close together with no link (a matchmaking list).

export const cliGapsMessages = defineMessages({
  synopsis: {
    id: 'cli.gaps.synopsis',
    defaultMessage: 'gaps FILE.gpkg --within METRES [--limit N] [--json]',
    description: 'How `itinera gaps` is called, in `itinera help`; keep "gaps" and the --options.',
  },
  summary: {
    id: 'cli.gaps.summary',
    defaultMessage:
      'pairs of actors within a distance with no link,\nmost complementary sectors first, then those a\nlink would relieve most (Burt’s constraint)',
    description: 'What `itinera gaps` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsWithin: {
    id: 'cli.gaps.needsWithin',
    defaultMessage: '"itinera gaps" needs --within METRES.',
    description: 'Error when `itinera gaps` is run without the distance.',
  },
  heading: {
    id: 'cli.gaps.heading',
    defaultMessage:
      '{candidates, plural, =0 {No pair of actors within {metres} m without a link.} one {# pair of actors within {metres} m without a link; the most promising:} other {# pairs of actors within {metres} m without a link; the most promising:}}',
    description: 'First line of `itinera gaps`: how many unlinked pairs of actors lie within {metres} of each other.',
  },
  gap: {
    id: 'cli.gaps.gap',
    defaultMessage:
      '#{fromId} {fromName} ({fromKind}) – #{toId} {toName} ({toKind}), {distance} m: complementarity {complementarity}, constraint −{reduction}',
    description:
      'One suggested pair: ids, names and kinds of both actors, their distance, how complementary their sectors are (0 to 1) and how much a link would lower their constraint.',
  },
  groupsHeading: {
    id: 'cli.gaps.groupsHeading',
    defaultMessage:
      '{candidates, plural, =0 {No group of three actors within {metres} m of each other without a link among them.} one {# group of three actors within {metres} m of each other without a link among them:} other {# groups of three actors within {metres} m of each other without a link among them; the most varied first:}}',
    description: 'Heading of the groups of three near, unlinked actors in `itinera gaps`.',
  },
  member: {
    id: 'cli.gaps.member',
    defaultMessage: '#{id} {name} ({kind})',
    description: 'One actor of a suggested group of three: its id, name and kind (sector or category).',
  },
});
