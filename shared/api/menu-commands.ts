// Commands the desktop menu hands to the page as a DOM event (no extra preload surface): the
// page runs them through its own UI, exactly as if its buttons were clicked.

export const MENU_COMMAND_EVENT = 'itinera:menu-command';
// (A language chosen in the desktop menu needs no command: the page's preferences are a live list.)
export const MENU_COMMANDS = ['import', 'export', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The script the main process runs in the page (with a user gesture, so a file chooser may open). */
export function menuCommandScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`;
}
