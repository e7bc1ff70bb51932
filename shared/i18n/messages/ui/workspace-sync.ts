import { defineMessages } from '../../define-messages.js';

// The sidebar's "Shared workspace" section (issue #17): connect to a PostgreSQL/PostGIS
// workspace, publish the project into it or make this new project from it, sync, see who changed
// what, and resolve the conflicts (fields changed both here and in the workspace).

export const workspaceSyncMessages = defineMessages({
  title: {
    id: 'ui.workspaceSync.title',
    defaultMessage: 'Shared workspace',
    description: 'Sidebar section: sharing the project with other laptops through a PostgreSQL/PostGIS database.',
  },
  intro: {
    id: 'ui.workspaceSync.intro',
    defaultMessage:
      'Share this project with colleagues through a PostgreSQL/PostGIS database. Everyone keeps working offline; Sync sends your changes and fetches theirs.',
    description: 'Explanation above the connection form.',
  },
  host: { id: 'ui.workspaceSync.host', defaultMessage: 'Server', description: 'Field: the database server host name.' },
  port: { id: 'ui.workspaceSync.port', defaultMessage: 'Port', description: 'Field: the database server port.' },
  database: { id: 'ui.workspaceSync.database', defaultMessage: 'Database', description: 'Field: the database name.' },
  user: { id: 'ui.workspaceSync.user', defaultMessage: 'User', description: 'Field: the database user name.' },
  password: {
    id: 'ui.workspaceSync.password',
    defaultMessage: 'Password',
    description: 'Field: the database password (never kept in the project).',
  },
  sslmode: {
    id: 'ui.workspaceSync.sslmode',
    defaultMessage: 'Secure connection',
    description: 'Field: TLS mode of the connection.',
  },
  sslmodeName: {
    id: 'ui.workspaceSync.sslmodeName',
    defaultMessage:
      '{mode, select, disable {Off} prefer {When the server offers it} require {Required} other {Required, with a checked certificate}}',
    description: 'The choices of the secure connection field.',
  },
  remember: {
    id: 'ui.workspaceSync.remember',
    defaultMessage: 'Remember the password on this computer (encrypted by the system)',
    description: 'Checkbox: keep the password in the system’s safe storage, never in the project.',
  },
  publish: {
    id: 'ui.workspaceSync.publish',
    defaultMessage: 'Publish this project',
    description: 'Button: make the (empty) database the workspace of this project.',
  },
  clone: {
    id: 'ui.workspaceSync.clone',
    defaultMessage: 'Fill this new project from the workspace',
    description: 'Button, shown while the project is empty: copy a workspace into it (a clone).',
  },
  connectedTo: {
    id: 'ui.workspaceSync.connectedTo',
    defaultMessage: '{user} on {database} at {host}:{port}',
    description: 'Status: which workspace the project syncs with.',
  },
  lastSync: {
    id: 'ui.workspaceSync.lastSync',
    defaultMessage: 'Last sync: {when}',
    description: 'Status: when the project last synced.',
  },
  neverSynced: {
    id: 'ui.workspaceSync.neverSynced',
    defaultMessage: 'Not synced yet',
    description: 'Status: the project never synced.',
  },
  pending: {
    id: 'ui.workspaceSync.pending',
    defaultMessage:
      '{count, plural, =0 {No changes waiting to be sent} one {# change waiting to be sent} other {# changes waiting to be sent}}',
    description: 'Status: features changed here since the last sync.',
  },
  sync: { id: 'ui.workspaceSync.sync', defaultMessage: 'Sync', description: 'Button: send changes, then fetch.' },
  syncing: { id: 'ui.workspaceSync.syncing', defaultMessage: 'Syncing…', description: 'Button while syncing.' },
  synced: {
    id: 'ui.workspaceSync.synced',
    defaultMessage:
      'Sent {applied, plural, =0 {nothing} one {# change} other {# changes}}, fetched {pulled, plural, =0 {nothing} one {# change} other {# changes}}.',
    description: 'Result of a sync.',
  },
  activity: {
    id: 'ui.workspaceSync.activity',
    defaultMessage: 'Who changed what',
    description: 'Button and heading: the latest changes in the workspace.',
  },
  incoming: {
    id: 'ui.workspaceSync.incoming',
    defaultMessage:
      '{count, plural, =0 {Nothing new in the workspace} one {# feature changed in the workspace since your last sync} other {# features changed in the workspace since your last sync}}',
    description: 'Activity: changes in the workspace not fetched yet.',
  },
  change: {
    id: 'ui.workspaceSync.change',
    defaultMessage: '{when}: {who} {action, select, insert {added} update {changed} other {deleted}} {feature}',
    description: 'Activity line: date, database user, what was done, to which kind of feature.',
  },
  feature: {
    id: 'ui.workspaceSync.feature',
    defaultMessage:
      '{table, select, places {a place} quarters {an area} routes {a route} route_stops {a route stop} links {a link} cluster_groups {a group} events {an event} custom_field_definitions {a custom field} other {a detail}}',
    description: 'The kind of feature of an activity line (by table).',
  },
  conflicts: {
    id: 'ui.workspaceSync.conflicts',
    defaultMessage: '{count, plural, one {# conflict} other {# conflicts}}',
    description: 'Heading of the conflict list.',
  },
  conflictsHelp: {
    id: 'ui.workspaceSync.conflictsHelp',
    defaultMessage:
      'These fields were changed here and in the workspace. The workspace’s value is shown now; keep yours, keep theirs, or type the right one.',
    description: 'Explanation above the conflict list.',
  },
  conflictTitle: {
    id: 'ui.workspaceSync.conflictTitle',
    defaultMessage:
      '{feature, select, place {Place} area {Area} route {Route} link {Link} group {Group} event {Event} field {Custom field} other {Detail}} {name}: {field}',
    description: 'A conflict: the kind of feature, its name, and the field.',
  },
  wholeFeature: {
    id: 'ui.workspaceSync.wholeFeature',
    defaultMessage: 'deleted on one side',
    description: 'Instead of a field name: one side deleted the feature, the other changed it.',
  },
  mine: { id: 'ui.workspaceSync.mine', defaultMessage: 'Mine: {value}', description: 'This project’s value.' },
  theirs: {
    id: 'ui.workspaceSync.theirs',
    defaultMessage: 'Theirs ({who}): {value}',
    description: 'The workspace’s value and who set it.',
  },
  valueOf: {
    id: 'ui.workspaceSync.valueOf',
    defaultMessage:
      '{kind, select, deleted {deleted} changed {changed} geometry {another position or shape} file {another file} reference {another link} empty {(empty)} other {{value}}}',
    description: 'How a conflicting value is shown; {value} is the text itself.',
  },
  keepMine: {
    id: 'ui.workspaceSync.keepMine',
    defaultMessage: 'Keep mine',
    description: 'Button: resolve with this project’s value.',
  },
  keepTheirs: {
    id: 'ui.workspaceSync.keepTheirs',
    defaultMessage: 'Keep theirs',
    description: 'Button: resolve with the workspace’s value.',
  },
  edit: {
    id: 'ui.workspaceSync.edit',
    defaultMessage: 'Type the value',
    description: 'Field: resolve with a typed value.',
  },
  useValue: {
    id: 'ui.workspaceSync.useValue',
    defaultMessage: 'Use this value',
    description: 'Button: resolve with the typed value.',
  },
  resolveLabel: {
    id: 'ui.workspaceSync.resolveLabel',
    defaultMessage: 'Resolve the conflict on {field} of {name}',
    description: 'Accessible name of a conflict’s group of buttons.',
  },
});
