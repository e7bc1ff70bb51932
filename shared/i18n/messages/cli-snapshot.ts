import { defineMessages } from '../define-messages.js';

// `itinera snapshot` and `itinera change-report`: keep an area's report card with a date, and
// compare two kept ones.

export const cliSnapshotMessages = defineMessages({
  synopsis: {
    id: 'cli.snapshot.synopsis',
    defaultMessage: 'snapshot FILE.gpkg (--area ID | --group ID) [--label TEXT] [--date YYYY-MM-DD]',
    description: 'How `itinera snapshot` is called, in `itinera help`; keep "snapshot" and the --options.',
  },
  summary: {
    id: 'cli.snapshot.summary',
    defaultMessage:
      'saves the report card of an area or group with a\ndate (today unless given), to compare later with\n`itinera change-report`',
    description: 'What `itinera snapshot` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsScope: {
    id: 'cli.snapshot.needsScope',
    defaultMessage: '"itinera snapshot" needs one of --area ID or --group ID.',
    description: 'Error when `itinera snapshot` is not told which area or group to keep, or is told both.',
  },
  saved: {
    id: 'cli.snapshot.saved',
    defaultMessage:
      'Saved snapshot #{id} of {name} for {day}: {actors, plural, one {# actor} other {# actors}}, {links, plural, one {# link} other {# links}}.',
    description:
      'Printed after `itinera snapshot`; {id} the new snapshot’s number, {name} the area or group, {day} its date.',
  },
  changeSynopsis: {
    id: 'cli.changeReport.synopsis',
    defaultMessage:
      'change-report FILE.gpkg (--from ID --to ID | --area ID --since YYYY-MM-DD [--until YYYY-MM-DD]) [--markdown | --csv | --json]',
    description: 'How `itinera change-report` is called, in `itinera help`; keep "change-report" and the --options.',
  },
  changeSummary: {
    id: 'cli.changeReport.summary',
    defaultMessage:
      'compares two snapshots, or an area at a past date\nwith now (or another date) from the edit history:\nnew and closed firms, links gained and lost,\nchange of counts, diversity and interlinkage\n(Markdown unless told otherwise)',
    description: 'What `itinera change-report` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsSnapshots: {
    id: 'cli.changeReport.needsSnapshots',
    defaultMessage:
      '"itinera change-report" needs --from ID and --to ID (the numbers of two snapshots), or --area ID and --since YYYY-MM-DD.',
    description:
      'Error when `itinera change-report` is not told which two snapshots, or which area and date, to compare.',
  },
  oneFormat: {
    id: 'cli.changeReport.oneFormat',
    defaultMessage: 'Choose one of --markdown, --csv or --json.',
    description: 'Error when `itinera change-report` is given more than one output format.',
  },
});
