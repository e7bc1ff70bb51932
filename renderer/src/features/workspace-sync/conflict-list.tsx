import { useId, useState } from 'react';
import type { WorkspaceConflict } from '../../../../shared/api/workspace.js';
import { workspaceSyncMessages as m } from '../../../../shared/i18n/messages/ui/workspace-sync.js';
import { useApi, useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { ErrorMessage } from '../../app/error-message.js';
import { fieldName } from '../../i18n/field-name.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';

// The conflicts of a sync: each field changed both here and in the workspace, with both values
// and who changed the workspace's; keep mine, keep theirs, or type the right value (text and
// numbers). A live query: resolving one (or an undo) updates the list.

const conflictsQuery = liveQuery('workspace conflicts', ['workspace', 'places', 'areas', 'routes', 'events'], (api) =>
  api.listWorkspaceConflicts({}),
);

function Conflict({ conflict }: { conflict: WorkspaceConflict }) {
  const t = useT();
  const api = useApi();
  const id = useId();
  const [typed, setTyped] = useState(conflict.mine);
  const [error, setError] = useState<Notice | null>(null);
  const field = conflict.field === '*' ? t.t(m.wholeFeature) : fieldName(t, conflict.field);
  const shown = (value: string) =>
    t.t(m.valueOf, {
      kind:
        conflict.valueKind === 'row'
          ? value
          : ['text', 'number'].includes(conflict.valueKind)
            ? value === ''
              ? 'empty'
              : 'text'
            : conflict.valueKind,
      value,
    });
  const typable = conflict.valueKind === 'text' || conflict.valueKind === 'number';

  async function resolve(choice: { keep: 'mine' | 'theirs' } | { value: string }) {
    setError(null);
    try {
      await api.resolveWorkspaceConflict({ id: conflict.id, ...choice });
    } catch (failure) {
      setError(errorNotice(failure));
    }
  }

  return (
    <li className="workspace-sync__conflict" data-testid="workspace-conflict">
      <p className="workspace-sync__conflict-title">
        {t.t(m.conflictTitle, { feature: conflict.feature, name: conflict.name, field })}
      </p>
      <p>{t.t(m.mine, { value: shown(conflict.mine) })}</p>
      <p>{t.t(m.theirs, { who: conflict.theirsBy, value: shown(conflict.theirs) })}</p>
      <div
        role="group"
        aria-label={t.t(m.resolveLabel, { field, name: conflict.name })}
        className="workspace-sync__actions"
      >
        <button
          type="button"
          className="button button--small"
          data-testid="conflict-keep-mine"
          onClick={() => void resolve({ keep: 'mine' })}
        >
          {t.t(m.keepMine)}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="conflict-keep-theirs"
          onClick={() => void resolve({ keep: 'theirs' })}
        >
          {t.t(m.keepTheirs)}
        </button>
      </div>
      {typable && (
        <form
          className="workspace-sync__edit"
          onSubmit={(event) => {
            event.preventDefault();
            void resolve({ value: typed });
          }}
        >
          <label className="field__label" htmlFor={`${id}-value`}>
            {t.t(m.edit)}
          </label>
          <input
            id={`${id}-value`}
            className="input"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button button--small">
            {t.t(m.useValue)}
          </button>
        </form>
      )}
      <ErrorMessage message={error} onDismiss={() => setError(null)} />
    </li>
  );
}

export function ConflictList({ count }: { count: number }) {
  const t = useT();
  const conflicts = useLiveQuery(conflictsQuery);
  return (
    <section
      className="workspace-sync__conflicts"
      aria-label={t.t(m.conflicts, { count })}
      data-testid="workspace-conflicts"
    >
      <h4>{t.t(m.conflicts, { count })}</h4>
      <p className="hint">{t.t(m.conflictsHelp)}</p>
      <ul>
        {(conflicts.data ?? []).map((conflict) => (
          <Conflict key={conflict.id} conflict={conflict} />
        ))}
      </ul>
    </section>
  );
}
