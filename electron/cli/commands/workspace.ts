import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { MessageError, errorText } from '../../../shared/i18n/message-error.js';
import { cliWorkspaceMessages as m } from '../../../shared/i18n/messages/cli-workspace.js';
import { workspaceMessages } from '../../../shared/i18n/messages/workspace.js';
import { createProjectHost } from '../../services/core/project-host.js';
import type { ProjectServiceImpl } from '../../services/core/project-service.js';
import type { Connection } from '../../services/workspace/workspace-sync.js';
import { parseNumber, requireProjectFile } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

// `itinera workspace ACTION FILE [--db CONNINFO]`: the shared workspace from the command line.
// Without --db, push, pull, sync and status use the workspace the project syncs with. The
// password: PGPASSWORD or ~/.pgpass (as libpq), else asked on the terminal; never kept.

export const name = 'workspace';
export const usage: CommandUsage = m;

const ACTIONS = ['init', 'clone', 'push', 'pull', 'sync', 'status', 'conflicts'] as const;
type Action = (typeof ACTIONS)[number];

/** Asks for the password on the terminal without showing it. */
function askPassword(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = terminal as unknown as { _writeToOutput(text: string): void };
    const write = output._writeToOutput.bind(terminal);
    output._writeToOutput = (text) => {
      if (text.includes(question)) write(text);
    };
    terminal.question(question, (answer) => {
      terminal.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** Runs `work`; when the server wants a password none of the usual places gave, asks once. */
async function withPassword<T>(conninfo: string, t: CliContext['t'], work: (connection: Connection) => Promise<T>) {
  try {
    return await work({ conninfo });
  } catch (error) {
    const refused = error instanceof MessageError && error.detail.id === workspaceMessages.password.id;
    if (!refused || !process.stdin.isTTY) throw error;
    return work({ conninfo, password: await askPassword(t.t(m.passwordPrompt)) });
  }
}

function show(value: unknown, t: CliContext['t']): string {
  if (value === 'deleted') return t.t(m.deletedValue);
  if (value === 'changed') return t.t(m.changedValue);
  if (value && typeof value === 'object') return t.t(m.wholeRow);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

async function status(service: ProjectServiceImpl, db: string | undefined, { t, line }: CliContext) {
  const local = service.workspace.localStatus();
  if (!local.state) throw new MessageError(messageRef(workspaceMessages.notConnected));
  line(t.t(m.statusWorkspace, { workspace: local.state.workspace }));
  line(local.state.lastSync ? t.t(m.statusLastSync, { when: t.dateTime(local.state.lastSync) }) : t.t(m.statusNever));
  line(t.t(m.statusPending, { count: local.pending, conflicts: local.conflicts }));
  try {
    const remote = await withPassword(db ?? local.state.workspace, t, (connection) =>
      service.workspace.remoteStatus(connection),
    );
    line(t.t(m.statusIncoming, { count: remote.incoming }));
    line(t.t(m.statusRecent));
    for (const change of remote.recent) {
      const fields = change.fields.length > 0 ? t.t(m.recentFields, { fields: change.fields.join(', ') }) : '';
      line(
        t.t(m.recentLine, {
          when: t.dateTime(change.at),
          who: change.by,
          action: change.action,
          table: change.table,
          fields,
        }),
      );
    }
  } catch (error) {
    line(t.t(m.statusOffline, { reason: errorText(error, t) }));
  }
}

export async function run(args: string[], context: CliContext): Promise<number> {
  const { t, line } = context;
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      resolve: { type: 'string' },
      keep: { type: 'string' },
      value: { type: 'string' },
    },
    allowPositionals: true,
  });
  const action = positionals[0] as Action;
  if (!ACTIONS.includes(action)) throw new UsageError(m.needsAction);
  const file = requireProjectFile(positionals.slice(1), name);
  const db = values.db;
  if ((action === 'init' || action === 'clone') && !db) throw new UsageError(m.needsDb);

  if (action === 'clone') {
    const host = createProjectHost();
    let made = false;
    try {
      const service = host.create(file);
      made = true;
      await withPassword(db!, t, (connection) => service.workspace.cloneInto(connection));
      line(t.t(m.cloned, { file, places: service.getProject({}).counts.places }));
    } catch (error) {
      // A clone that did not finish leaves no project behind.
      host.close();
      if (made) fs.rmSync(file, { force: true });
      throw error;
    }
    host.close();
    return 0;
  }

  return withProject(file, async (service) => {
    const stored = () => db ?? service.workspace.state()?.workspace;
    const target = (): string => {
      const conninfo = stored();
      if (!conninfo) throw new MessageError(messageRef(workspaceMessages.notConnected));
      return conninfo;
    };
    switch (action) {
      case 'init': {
        const count = await withPassword(db!, t, (connection) => service.workspace.init(connection));
        line(t.t(m.published, { count }));
        break;
      }
      case 'push': {
        const result = await withPassword(target(), t, (connection) => service.workspace.push(connection));
        line(
          result.replayed
            ? t.t(m.replayed)
            : t.t(m.pushed, { applied: result.applied, conflicts: result.conflicts.length }),
        );
        break;
      }
      case 'pull': {
        const count = await withPassword(target(), t, (connection) => service.workspace.pull(connection));
        line(t.t(m.pulled, { count }));
        break;
      }
      case 'sync': {
        const counts = await withPassword(target(), t, (connection) => service.workspace.sync(connection));
        line(t.t(m.synced, { ...counts }));
        break;
      }
      case 'status':
        await status(service, db, context);
        break;
      case 'conflicts': {
        if (values.resolve !== undefined) {
          const id = parseNumber(values.resolve, 'resolve')!;
          const keep: 'mine' | 'theirs' | null =
            values.keep === 'mine' || values.keep === 'theirs' ? values.keep : null;
          const choice: { value: string } | { keep: 'mine' | 'theirs' } | null =
            values.value !== undefined ? { value: values.value } : keep ? { keep } : null;
          if (!choice) throw new UsageError(m.badKeep);
          service.workspace.resolve(id, choice);
          line(t.t(m.resolved, { id }));
          break;
        }
        const conflicts = service.workspace.conflicts();
        if (conflicts.length === 0) line(t.t(m.noConflicts));
        for (const conflict of conflicts) {
          line(
            t.t(m.conflictLine, {
              id: conflict.id,
              table: conflict.table,
              uuid: conflict.uuid,
              field: conflict.field === '*' ? t.t(m.wholeRow) : conflict.field,
              mine: show(conflict.mine, t),
              theirs: show(conflict.theirs, t),
              who: conflict.theirsBy || '?',
            }),
          );
        }
        break;
      }
    }
    return 0;
  });
}
