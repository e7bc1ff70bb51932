import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { appPaths } from '../services/core/app-paths.js';
import { createProjectHost } from '../services/core/project-host.js';
import { userDataDir } from '../services/core/user-data.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { createMainWindow } from './create-window.js';
import { menuCommandScript } from '../../shared/api/menu-commands.js';
import { buildMenuTemplate } from './menu.js';
import { createProjectActions } from './project-actions.js';
import { projectArgument } from './project-state.js';
import { registerIpc } from './register-ipc.js';
import { denyAllPermissions, hardenWebContents } from './security.js';

// The Electron entry point (bundled to dist/electron/main.cjs). It only wires things together:
// the app protocol, the security rules, the IPC transport, the menu and the window. Everything the
// app does with data goes through the project host, the same one serve mode uses.

// NOTE: bundled to dist/electron/, two levels below the app root (repository or app.asar).
const paths = appPaths(path.join(__dirname, '..', '..'));
const preloadPath = path.join(paths.root, 'dist', 'electron', 'preload.cjs');

app.setName('Itinera');
// The same folder serve mode and the CLI use (ITINERA_DATA_DIR included). Must precede `ready`.
app.setPath('userData', userDataDir());
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const host = createProjectHost();
  let mainWindow: BrowserWindow | null = null;

  const actions = createProjectActions({
    host,
    dialog,
    window: () => mainWindow,
    shippedSample: paths.shippedSample,
    statePath: path.join(userDataDir(), 'state.json'),
    documentsDir: () => app.getPath('documents'),
  });

  function openWindow(): BrowserWindow {
    const window = createMainWindow({ preloadPath, title: actions.title() });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectArgument(argv, workingDirectory);
    if (file) actions.openFile(file);
    const window = mainWindow ?? (app.isReady() ? openWindow() : null);
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => host.close());

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      handleAppProtocol(protocol, paths.renderer, host.readAttachment, host.basemapTile, host.basemapFileTile);
      registerIpc(ipcMain, host);
      if (!fs.existsSync(path.join(paths.renderer, 'index.html'))) {
        dialog.showErrorBox('Itinera', `The app's window files are missing (${paths.renderer}); run "npm run build".`);
      }
      actions.openStartupProject(projectArgument(process.argv, process.cwd()));
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            actions: {
              newProject: () => void actions.newProject(),
              openProject: () => void actions.openProject(),
              openSample: () => void actions.openSample(),
              importFile: () => void mainWindow?.webContents.executeJavaScript(menuCommandScript('import'), true),
              exportData: () => void mainWindow?.webContents.executeJavaScript(menuCommandScript('export'), true),
              undo: () => void mainWindow?.webContents.executeJavaScript(menuCommandScript('undo'), true),
              redo: () => void mainWindow?.webContents.executeJavaScript(menuCommandScript('redo'), true),
            },
            isPackaged: app.isPackaged,
            platform: process.platform,
          }),
        ),
      );
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Itinera could not start',
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      app.exit(1);
    });
}
