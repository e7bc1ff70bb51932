// Commands the desktop menu hands to the page as a DOM event (no extra preload surface): the
// page runs them through its own UI, exactly as if its buttons were clicked.

export const MENU_COMMAND_EVENT = 'itinera:menu-command';
// 'preferences-changed': the language was chosen in the desktop menu; the page reads the preferences again.
export const MENU_COMMANDS = ['import', 'export', 'undo', 'redo', 'preferences-changed'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The script the main process runs in the page (with a user gesture, so a file chooser may open). */
export function menuCommandScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`;
}
