import { useCallback, useRef, useState } from 'react';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { editUiMessages as m } from '../../../../shared/i18n/messages/ui/edits.js';
import { SYMBOLS } from '../../app/symbols.js';
import { useNotices } from '../../app/notices.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorNotice } from '../../i18n/notice.js';
import { useUndoCommands } from './use-undo-commands.js';

/**
 * Undo and Redo, with what each would do in the tooltip ("Undo “Move Gozzoburg”"); also Ctrl+Z,
 * Ctrl+Shift+Z / Ctrl+Y and the desktop Edit menu (use-undo-commands.ts).
 */
export function UndoRedoButtons() {
  const t = useT();
  const { data, actions, ready } = useWorkspace();
  const { setStatus, setError } = useNotices();
  // Presses queue: Ctrl+Z, Ctrl+Z undoes two edits even when the second press comes before the
  // first undo has answered (its effect can show through a live list sooner than its answer).
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const undoOrRedo = useCallback(
    (direction: 'undo' | 'redo') => {
      setPending((count) => count + 1);
      queue.current = queue.current.then(async () => {
        try {
          const result = await actions[direction]();
          setError(null);
          setStatus(messageRef(direction === 'undo' ? m.undone : m.redone, { label: result.label }));
        } catch (error) {
          setError(messageRef(direction === 'undo' ? m.undoFailed : m.redoFailed, { reason: errorNotice(error) }));
        } finally {
          setPending((count) => count - 1);
        }
      });
    },
    [actions, setError, setStatus],
  );
  useUndoCommands(
    () => undoOrRedo('undo'),
    () => undoOrRedo('redo'),
  );
  const state = data.undoState;
  const busy = pending > 0 || !ready;
  const undoTitle = state.undoLabel ? t.t(m.undoTitle, { label: state.undoLabel }) : t.t(m.nothingToUndo);
  const redoTitle = state.redoLabel ? t.t(m.redoTitle, { label: state.redoLabel }) : t.t(m.nothingToRedo);
  return (
    <div className="undo-redo" role="group" aria-label={t.t(m.groupLabel)}>
      <button
        type="button"
        className="button button--small"
        data-testid="undo-button"
        title={undoTitle}
        aria-label={undoTitle}
        disabled={busy || !state.canUndo}
        onClick={() => undoOrRedo('undo')}
      >
        <span aria-hidden="true">{SYMBOLS.undo}</span> {t.t(m.undo)}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="redo-button"
        title={redoTitle}
        aria-label={redoTitle}
        disabled={busy || !state.canRedo}
        onClick={() => undoOrRedo('redo')}
      >
        <span aria-hidden="true">{SYMBOLS.redo}</span> {t.t(m.redo)}
      </button>
    </div>
  );
}
