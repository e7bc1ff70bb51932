import type { MenuItemConstructorOptions } from 'electron';

// The application menu as data, so it can be checked without Electron running.

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openSample(): void;
  /** Import… and Export… open the page's own dialogs (see shared/api/menu-commands.ts). */
  importFile(): void;
  exportData(): void;
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
    { role: 'editMenu', label: '&Edit' },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
