import { defineMessages } from '../define-messages.js';

// `itinera workspace init|clone|push|pull|sync|status|conflicts FILE [--db CONNINFO]`: the shared
// workspace on PostgreSQL/PostGIS from the command line. CONNINFO is a libpq connection string or
// URL; the password comes from PGPASSWORD, ~/.pgpass or a prompt, never from the project.

export const cliWorkspaceMessages = defineMessages({
  synopsis: {
    id: 'cli.workspace.synopsis',
    defaultMessage:
      'workspace init|clone|push|pull|sync|status|conflicts FILE.gpkg [--db CONNINFO] [--resolve N --keep mine|theirs|--value TEXT]',
    description:
      'How `itinera workspace` is called, in `itinera help`; keep "workspace", the subcommand names, "--db", "--resolve", "--keep", "mine", "theirs" and "--value".',
  },
  summary: {
    id: 'cli.workspace.summary',
    defaultMessage:
      'share a project through a PostgreSQL/PostGIS\nworkspace: publish it (init), make a project\nfrom one (clone), send and fetch changes,\nlist and resolve conflicts. CONNINFO: a libpq\nstring or postgresql:// URL; the password\ncomes from PGPASSWORD, ~/.pgpass or a prompt',
    description: 'What `itinera workspace` does, in `itinera help` (lines of at most 50 characters).',
  },
  needsAction: {
    id: 'cli.workspace.needsAction',
    defaultMessage: 'Say what to do: init, clone, push, pull, sync, status or conflicts.',
    description: 'Error: `itinera workspace` without a known subcommand; keep the subcommand names.',
  },
  needsDb: {
    id: 'cli.workspace.needsDb',
    defaultMessage: 'Say which database with --db (a connection string or a postgresql:// URL).',
    description: 'Error: init or clone without --db; keep "--db" and "postgresql://".',
  },
  passwordPrompt: {
    id: 'cli.workspace.passwordPrompt',
    defaultMessage: 'Password for the workspace: ',
    description: 'Prompt for the database password on a terminal (the typed text is not shown).',
  },
  published: {
    id: 'cli.workspace.published',
    defaultMessage: 'Published {count, plural, one {# row} other {# rows}} into the workspace.',
    description: 'Output of `workspace init`; {count} is how many rows (places, links, ...) were published.',
  },
  cloned: {
    id: 'cli.workspace.cloned',
    defaultMessage: 'Made {file} from the workspace: {places, plural, one {# place} other {# places}}.',
    description: 'Output of `workspace clone`; {file} is the new project file.',
  },
  pushed: {
    id: 'cli.workspace.pushed',
    defaultMessage:
      'Sent {applied, plural, =0 {no change} one {# change} other {# changes}}; {conflicts, plural, =0 {no conflict} one {# field changed on both sides} other {# fields changed on both sides}}.',
    description: 'Output of `workspace push`.',
  },
  replayed: {
    id: 'cli.workspace.replayed',
    defaultMessage: 'The workspace already had these changes (an earlier push reached it): nothing was applied twice.',
    description: 'Output of `workspace push` when the same push had been applied before (a retry).',
  },
  pulled: {
    id: 'cli.workspace.pulled',
    defaultMessage: 'Fetched {count, plural, =0 {no change} one {# change} other {# changes}} from the workspace.',
    description: 'Output of `workspace pull`.',
  },
  synced: {
    id: 'cli.workspace.synced',
    defaultMessage:
      'Synced: sent {applied, plural, =0 {no change} one {# change} other {# changes}}, fetched {pulled, plural, =0 {none} one {#} other {#}}; {conflicts, plural, =0 {no conflict} one {# conflict to resolve} other {# conflicts to resolve}}.',
    description: 'Output of `workspace sync` (push, then pull).',
  },
  statusWorkspace: {
    id: 'cli.workspace.statusWorkspace',
    defaultMessage: 'Workspace: {workspace}',
    description: 'Status line: the connection, without its password.',
  },
  statusLastSync: {
    id: 'cli.workspace.statusLastSync',
    defaultMessage: 'Last sync: {when}',
    description: 'Status line: date and time of the last pull.',
  },
  statusNever: {
    id: 'cli.workspace.statusNever',
    defaultMessage: 'Last sync: never',
    description: 'Status line when the project never pulled.',
  },
  statusPending: {
    id: 'cli.workspace.statusPending',
    defaultMessage: 'Changes waiting to be sent: {count, number}. Conflicts to resolve: {conflicts, number}.',
    description: 'Status line: local changes not yet pushed, and open conflicts.',
  },
  statusIncoming: {
    id: 'cli.workspace.statusIncoming',
    defaultMessage: 'Changes in the workspace since the last sync: {count, number}.',
    description: 'Status line: rows changed in the workspace since the project last pulled.',
  },
  statusOffline: {
    id: 'cli.workspace.statusOffline',
    defaultMessage: 'The workspace cannot be reached now: {reason}',
    description: 'Status line when the workspace is offline; {reason} says why.',
  },
  statusRecent: {
    id: 'cli.workspace.statusRecent',
    defaultMessage: 'Latest changes:',
    description: 'Status: heading of the list of who changed what.',
  },
  recentLine: {
    id: 'cli.workspace.recentLine',
    defaultMessage:
      '  {when}  {who}  {action, select, insert {added} update {changed} other {deleted}} {table}{fields}',
    description:
      'One change of the workspace: date, the database user, what was done, the table, and the fields changed (", fields: a, b").',
  },
  recentFields: {
    id: 'cli.workspace.recentFields',
    defaultMessage: ' ({fields})',
    description: 'After a changed row in the latest changes: the names of the fields changed.',
  },
  noConflicts: {
    id: 'cli.workspace.noConflicts',
    defaultMessage: 'No conflicts.',
    description: 'Output of `workspace conflicts` when there are none.',
  },
  conflictLine: {
    id: 'cli.workspace.conflictLine',
    defaultMessage: '{id}. {table} {uuid} {field}: mine {mine}, theirs {theirs} (by {who})',
    description:
      'One conflict: its number, the table and row, the field, this project\'s value ("mine"), the workspace\'s ("theirs") and who changed it there.',
  },
  wholeRow: {
    id: 'cli.workspace.wholeRow',
    defaultMessage: '(the whole row)',
    description: 'In a conflict line: the row was deleted on one side and changed on the other.',
  },
  deletedValue: {
    id: 'cli.workspace.deletedValue',
    defaultMessage: '(deleted)',
    description: 'In a conflict line: this side deleted the row.',
  },
  changedValue: {
    id: 'cli.workspace.changedValue',
    defaultMessage: '(changed)',
    description: 'In a conflict line: this side changed the row.',
  },
  resolved: {
    id: 'cli.workspace.resolved',
    defaultMessage: 'Resolved conflict {id}; sync to send it.',
    description: 'Output of `workspace conflicts --resolve N`.',
  },
  badKeep: {
    id: 'cli.workspace.badKeep',
    defaultMessage: 'Say --keep mine, --keep theirs or --value TEXT with --resolve.',
    description: 'Error: --resolve without a valid choice; keep the option words.',
  },
});
