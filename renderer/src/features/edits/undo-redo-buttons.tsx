import type { UndoState } from '../../../../shared/api/contract.js';
import { messageText, strings } from '../../i18n/strings.js';

export interface UndoRedoButtonsProps {
  state: UndoState;
  busy: boolean;
  onUndo(): void;
  onRedo(): void;
}

/** Undo and Redo, with what each would do in the tooltip ("Undo “Move Gozzoburg”"). */
export function UndoRedoButtons({ state, busy, onUndo, onRedo }: UndoRedoButtonsProps) {
  return (
    <div className="undo-redo" role="group" aria-label={`${strings.undo} / ${strings.redo}`}>
      <button
        type="button"
        className="button button--small"
        data-testid="undo-button"
        title={strings.undoTitle(messageText(state.undoLabel))}
        aria-label={strings.undoTitle(messageText(state.undoLabel))}
        disabled={busy || !state.canUndo}
        onClick={onUndo}
      >
        ↶ {strings.undo}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="redo-button"
        title={strings.redoTitle(messageText(state.redoLabel))}
        aria-label={strings.redoTitle(messageText(state.redoLabel))}
        disabled={busy || !state.canRedo}
        onClick={onRedo}
      >
        ↷ {strings.redo}
      </button>
    </div>
  );
}
