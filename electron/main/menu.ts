import type { MenuItemConstructorOptions } from 'electron';

// The application menu as data, so it can be checked without Electron running.

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openSample(): void;
  /** Import… and Export… open the page's own dialogs (see shared/api/menu-commands.ts). */
  importFile(): void;
  exportData(): void;
  /** Undo and Redo go to the page, which undoes the project's last edit or, in a text field, the typing. */
  undo(): void;
  redo(): void;
}

export interface MenuOptions {
  actions: MenuActions;
  /** Developer tools are for development builds only. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function buildMenuTemplate({ actions, isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: 'Open project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Open sample project', click: () => actions.openSample() },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFile() },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportData() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { label: 'Redo', accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => actions.redo() },
        // NOTE: a second, hidden item so both usual redo shortcuts work on every platform.
        {
          label: 'Redo',
          accelerator: isMac ? 'CmdOrCtrl+Y' : 'Shift+CmdOrCtrl+Z',
          visible: false,
          acceleratorWorksWhenHidden: true,
          click: () => actions.redo(),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
