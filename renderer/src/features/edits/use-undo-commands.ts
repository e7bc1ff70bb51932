import { useEffect, useRef } from 'react';
import { MENU_COMMAND_EVENT } from '../../../../shared/api/menu-commands.js';

/** A control where Ctrl+Z belongs to the text being typed, not to the project. */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(element.type);
  }
  return false;
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS), except while typing in a text
 * field, where they stay the field's own. The desktop Edit menu sends 'undo' / 'redo' as menu
 * commands (its accelerators fire before the page sees the key): inside a text field those run
 * the field's own undo, elsewhere the project's.
 */
export function useUndoCommands(onUndo: () => void, onRedo: () => void): void {
  const latest = useRef({ onUndo, onRedo });
  latest.current = { onUndo, onRedo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTextEntry(document.activeElement)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        latest.current.onUndo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        latest.current.onRedo();
      }
    };
    const onMenu = (event: Event) => {
      const command = (event as CustomEvent<unknown>).detail;
      if (command !== 'undo' && command !== 'redo') return;
      if (isTextEntry(document.activeElement)) {
        // NOTE: execCommand is deprecated but still the only way to run a field's native undo.
        document.execCommand(command);
        return;
      }
      if (command === 'undo') latest.current.onUndo();
      else latest.current.onRedo();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(MENU_COMMAND_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_COMMAND_EVENT, onMenu);
    };
  }, []);
}
