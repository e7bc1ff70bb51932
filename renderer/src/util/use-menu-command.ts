import { useEffect } from 'react';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../../shared/api/menu-commands.js';

/** Runs `handler` when the desktop menu sends `command` (File → Import…, Export…). */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === command) handler();
    };
    window.addEventListener(MENU_COMMAND_EVENT, listener);
    return () => window.removeEventListener(MENU_COMMAND_EVENT, listener);
  }, [command, handler]);
}
