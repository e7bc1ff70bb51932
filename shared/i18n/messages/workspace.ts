import { defineMessages } from '../define-messages.js';

// The shared workspace (PostgreSQL/PostGIS): what goes wrong reaching or syncing it. {workspace}
// is the connection without its password (host, port, database, user); {detail} the server's own
// words, shown after ours.

export const workspaceMessages = defineMessages({
  unreachable: {
    id: 'workspace.error.unreachable',
    defaultMessage: 'Cannot reach the workspace ({workspace}). Check the host and port, and the network. ({detail})',
    description: 'Sync or connect failed: no database server answered at that address.',
  },
  password: {
    id: 'workspace.error.password',
    defaultMessage:
      'The workspace refused the password ({workspace}). Give it again, or set PGPASSWORD or ~/.pgpass for the command line.',
    description: 'The database server refused the login for its password (or none was given).',
  },
  login: {
    id: 'workspace.error.login',
    defaultMessage: 'The workspace does not let this user in ({workspace}). Ask its administrator. ({detail})',
    description: 'The database server refused the user (no such role, or pg_hba.conf does not allow it).',
  },
  database: {
    id: 'workspace.error.database',
    defaultMessage: 'There is no such database on the server ({workspace}).',
    description: 'The database named in the connection does not exist.',
  },
  readOnly: {
    id: 'workspace.error.readOnly',
    defaultMessage:
      'Your role may only read this workspace: nothing was sent. Ask its administrator for the itinera_editor role ({workspace}).',
    description:
      'A viewer tried to push. itinera_editor is the name of a PostgreSQL role: keep it as it is. Nothing changed on the server.',
  },
  tls: {
    id: 'workspace.error.tls',
    defaultMessage: 'The secure connection to the workspace failed ({workspace}): {detail}',
    description: 'TLS (sslmode) failed: certificate not trusted, or the server does not offer TLS.',
  },
  interrupted: {
    id: 'workspace.error.interrupted',
    defaultMessage: 'The connection to the workspace broke off ({workspace}). Nothing was half done: sync again.',
    description: 'The connection dropped during a sync; the server applies a push whole or not at all.',
  },
  failed: {
    id: 'workspace.error.failed',
    defaultMessage: 'The workspace refused the sync ({workspace}): {detail}',
    description: 'Any other failure of the database server, with its own words.',
  },
  notConnected: {
    id: 'workspace.error.notConnected',
    defaultMessage: 'This project is not connected to a workspace: publish it (init) or make it from one (clone).',
    description: 'Push, pull or status on a project that never synced.',
  },
  alreadyConnected: {
    id: 'workspace.error.alreadyConnected',
    defaultMessage: 'This project already syncs with a workspace; it cannot be published into another.',
    description: 'init on a project that is already connected to a workspace.',
  },
  notAWorkspace: {
    id: 'workspace.error.notAWorkspace',
    defaultMessage: 'This database holds no Itinera workspace. Publish a project into it first (init).',
    description: 'clone, push or pull against a database without the workspace tables.',
  },
  notEmpty: {
    id: 'workspace.error.notEmpty',
    defaultMessage: 'This database already has a table "{table}": a workspace is published into an empty database.',
    description: 'init refused because the database already has one of the tables; {table} is its name.',
  },
  otherWorkspace: {
    id: 'workspace.error.otherWorkspace',
    defaultMessage: 'This database holds another workspace than the one this project syncs with.',
    description: 'The project was cloned from or published into a different workspace.',
  },
  newerWorkspace: {
    id: 'workspace.error.newerWorkspace',
    defaultMessage: 'This workspace was made by a newer Itinera. Update Itinera to sync with it.',
    description: 'The workspace schema is newer than this app.',
  },
  olderWorkspace: {
    id: 'workspace.error.olderWorkspace',
    defaultMessage: 'This workspace was made by an older Itinera than this project. Update the workspace first.',
    description: 'The workspace schema is older than the project file.',
  },
});

export const workspaceResolveMessages = defineMessages({
  noSuchConflict: {
    id: 'workspace.error.noSuchConflict',
    defaultMessage: 'There is no conflict {id}: the list of conflicts shows their numbers.',
    description: 'Resolving a conflict by a number the list does not have.',
  },
  notTypable: {
    id: 'workspace.error.notTypable',
    defaultMessage: 'The field "{field}" cannot be typed: keep mine or keep theirs.',
    description: 'Editing the value of a conflict on a geometry, a file or a reference.',
  },
  notANumber: {
    id: 'workspace.error.notANumber',
    defaultMessage: 'The field "{field}" holds a number, not "{value}".',
    description: 'The typed value of a conflict on a number field is not a number.',
  },
});
