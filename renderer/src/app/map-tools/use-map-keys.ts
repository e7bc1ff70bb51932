import { useEffect } from 'react';

export interface MapKeyActions {
  /** A place is being added (the tool is on, or its position is picked and the form shows). */
  adding: boolean;
  cancelAdding(): void;
  /** A tool other than browsing is on. */
  drawing: boolean;
  leaveTool(): void;
  canDelete: boolean;
  deleteSelection(): Promise<void>;
  /** Closes the open area panel; null when none is open. */
  closePanel: (() => void) | null;
}

/** Whether a key pressed here belongs to the field or dialog that has it, not to the map. */
function ownedByField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && (target.isContentEditable || target.closest('dialog') !== null))
  );
}

/** Escape cancels adding a place or leaves the tool (a drawing or a link half made goes), else
 *  closes the area panel; Delete and Backspace delete what the Select tool picked, unless typing
 *  in a field. */
export function useMapKeys({
  adding,
  cancelAdding,
  drawing,
  leaveTool,
  canDelete,
  deleteSelection,
  closePanel,
}: MapKeyActions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && adding) {
        event.preventDefault();
        cancelAdding();
      } else if (event.key === 'Escape' && drawing) {
        event.preventDefault();
        leaveTool();
      } else if (event.key === 'Escape' && closePanel && !event.defaultPrevented && !ownedByField(event.target)) {
        // NOTE: not from a text field (Escape there would throw away what is typed) nor from a
        // dialog over the panel (Escape closes the dialog).
        event.preventDefault();
        closePanel();
      } else if (
        (event.key === 'Delete' || event.key === 'Backspace') &&
        canDelete &&
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      ) {
        event.preventDefault();
        void deleteSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [adding, cancelAdding, drawing, leaveTool, canDelete, deleteSelection, closePanel]);
}
