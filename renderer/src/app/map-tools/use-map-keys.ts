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
}

/** Escape cancels adding a place or leaves the tool (a drawing or a link half made goes); Delete
 *  and Backspace delete what the Select tool picked, unless typing in a field. */
export function useMapKeys({ adding, cancelAdding, drawing, leaveTool, canDelete, deleteSelection }: MapKeyActions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && adding) {
        event.preventDefault();
        cancelAdding();
      } else if (event.key === 'Escape' && drawing) {
        event.preventDefault();
        leaveTool();
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
  }, [adding, cancelAdding, drawing, leaveTool, canDelete, deleteSelection]);
}
