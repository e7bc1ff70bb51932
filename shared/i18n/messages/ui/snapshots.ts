import { defineMessages } from '../../define-messages.js';

// Report snapshots in the area panel (issue #15, point 6): keep the report card with a date,
// list the kept ones, pick two and see what changed. The change report's own texts (headings,
// measures) are in ../snapshots.ts, shared with its Markdown and CSV files and the CLI.

export const snapshotUiMessages = defineMessages({
  title: {
    id: 'ui.snapshots.title',
    defaultMessage: 'Snapshots',
    description: 'Heading of the area panel’s section where the report card is saved with a date and compared.',
  },
  date: {
    id: 'ui.snapshots.date',
    defaultMessage: 'Date',
    description: 'Label of the field: the day a new snapshot stands for (today by default).',
  },
  label: {
    id: 'ui.snapshots.label',
    defaultMessage: 'Label (optional)',
    description: 'Label of the field: a name for the new snapshot, such as "before the festival".',
  },
  save: {
    id: 'ui.snapshots.save',
    defaultMessage: 'Save snapshot',
    description: 'Button: keeps the area’s report card as it is now, with the date and label given.',
  },
  loading: {
    id: 'ui.snapshots.loading',
    defaultMessage: 'Loading snapshots…',
    description: 'Shown while the list of saved snapshots loads.',
  },
  failed: {
    id: 'ui.snapshots.failed',
    defaultMessage: 'The snapshots could not be read: {reason}',
    description: 'Error when the list of snapshots or a change report fails; {reason} is why.',
  },
  empty: {
    id: 'ui.snapshots.empty',
    defaultMessage: 'No snapshot yet. Save one now and another later to see what changed.',
    description: 'Shown when the area has no saved snapshot.',
  },
  list: {
    id: 'ui.snapshots.list',
    defaultMessage: 'Saved snapshots',
    description: 'Accessible name of the list of saved snapshots.',
  },
  counts: {
    id: 'ui.snapshots.counts',
    defaultMessage: '{actors, plural, one {# actor} other {# actors}}, {links, plural, one {# link} other {# links}}',
    description: 'What a saved snapshot held: how many actors were in the area and links touched it.',
  },
  delete: {
    id: 'ui.snapshots.delete',
    defaultMessage: 'Delete',
    description: 'Button in a row of the snapshot list: deletes that snapshot (undoable).',
  },
  deleteLabel: {
    id: 'ui.snapshots.deleteLabel',
    defaultMessage: 'Delete the snapshot of {name}',
    description: 'Accessible name of a snapshot’s delete button; {name} is its date and label.',
  },
  from: {
    id: 'ui.snapshots.from',
    defaultMessage: 'Compare',
    description: 'Label of the choice of the earlier snapshot of a comparison ("Compare [snapshot] with [snapshot]").',
  },
  to: {
    id: 'ui.snapshots.to',
    defaultMessage: 'with',
    description: 'Label of the choice of the later snapshot of a comparison ("Compare [snapshot] with [snapshot]").',
  },
  compare: {
    id: 'ui.snapshots.compare',
    defaultMessage: 'Show changes',
    description: 'Button: shows the change report between the two snapshots chosen.',
  },
  since: {
    id: 'ui.snapshots.since',
    defaultMessage: 'Or compare now with the area on',
    description: 'Label of a date field: the area as it was at the end of that day is compared with the area now.',
  },
  compareSince: {
    id: 'ui.snapshots.compareSince',
    defaultMessage: 'Show changes since then',
    description: 'Button: shows the change report between the area on the date chosen and the area now.',
  },
  sinceHint: {
    id: 'ui.snapshots.sinceHint',
    defaultMessage:
      'Rebuilt from the edit history: imports are not edits, so what an import changed in existing places counts as it is now.',
    description: 'Note under the date comparison: its limits (imports are not recorded as undoable edits).',
  },
  changes: {
    id: 'ui.snapshots.changes',
    defaultMessage: 'Changes',
    description: 'Heading of the change report shown in the panel.',
  },
  figure: {
    id: 'ui.snapshots.figure',
    defaultMessage: '{from} → {to} ({change})',
    description: 'A figure before and after, and the change; all three are formatted numbers.',
  },
  markdown: {
    id: 'ui.snapshots.markdown',
    defaultMessage: 'Download Markdown',
    description: 'Button: saves the change report as a Markdown file.',
  },
  csv: {
    id: 'ui.snapshots.csv',
    defaultMessage: 'Download CSV',
    description: 'Button: saves the change report as a CSV table.',
  },
  fileName: {
    id: 'ui.snapshots.fileName',
    defaultMessage: 'Changes {name} {from} to {to}',
    description:
      'Name of a downloaded change report file, without its extension; {name} the area, {from} and {to} dates (YYYY-MM-DD).',
  },
});
