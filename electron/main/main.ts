import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { appPaths } from '../services/core/app-paths.js';
import { createProjectHost } from '../services/core/project-host.js';
import { userDataDir } from '../services/core/user-data.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { createMainWindow } from './create-window.js';
import { menuCommandScript, type MenuCommand } from '../../shared/api/menu-commands.js';
import { matchLocale } from '../../shared/i18n/locales.js';
import { desktopMessages } from '../../shared/i18n/messages/desktop.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';
import { buildMenuTemplate } from './menu.js';
import { createProjectActions } from './project-actions.js';
import { createProjectDialogs } from './project-dialogs.js';
import { projectArgument } from './project-state.js';
import { registerIpc } from './register-ipc.js';
import { forwardChanges } from './forward-changes.js';
import { safeStoragePasswords } from './workspace-passwords.js';
import { electronPrinter } from './print-to-pdf.js';
import { denyAllPermissions, hardenWebContents, windowWebPreferences } from './security.js';

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
  let mainWindow: BrowserWindow | null = null;
  // The system's file dialogs choose project files, for the File menu and for the page's Projects dialog.
  const picker = createProjectDialogs({
    dialog,
    window: () => mainWindow,
    documentsDir: () => app.getPath('documents'),
    currentFile: () => host.currentFile(),
    translator: () => translator(),
  });
  // The menu follows the app's language: rebuilt whenever the preferences change, whether the
  // page changed them (through the API) or the menu's Language submenu did.
  const host = createProjectHost({
    onPreferencesChange: () => languageChanged(),
    // Another project (from the menu or the page): the title names it, the menu's recent list follows
    // (at startup the menu and window are made afterwards).
    onProjectChange: () => {
      if (mainWindow) languageChanged();
    },
    projects: { picker },
    // Save PDF: the print view in a hidden window of the app, printed by Electron's printToPDF.
    printer: () => electronPrinter(windowWebPreferences(preloadPath)),
    // Workspace passwords the user asks to remember: encrypted by the system, never in a project.
    passwords: safeStoragePasswords(safeStorage, app.getPath('userData')),
  });
  const { preferences } = host;

  /** The language chosen in the preferences, else the system's. */
  function translator(): Translator {
    const chosen = preferences.getPreferences({}).locale;
    return createTranslator(chosen ?? matchLocale(app.getLocale()), app.getLocale());
  }

  function languageChanged(): void {
    setMenu();
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.setTitle(actions.title());
  }

  /** Hands a menu command to the page (a user gesture, so a file chooser may open). */
  function sendToPage(command: MenuCommand): void {
    void mainWindow?.webContents.executeJavaScript(menuCommandScript(command), true);
  }

  const actions = createProjectActions({
    host,
    dialog,
    window: () => mainWindow,
    shippedSample: paths.shippedSample,
    statePath: path.join(userDataDir(), 'state.json'),
    documentsDir: () => app.getPath('documents'),
    translator,
    picker,
  });

  function setMenu(): void {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          actions: {
            newProject: () => void actions.newProject(),
            openProject: () => void actions.openProject(),
            openSample: () => void actions.openSample(),
            openRecent: (file) => void actions.openFile(file),
            saveCopy: () => void actions.saveCopy(),
            closeProject: () => actions.closeProject(),
            importFile: () => sendToPage('import'),
            exportData: () => sendToPage('export'),
            undo: () => sendToPage('undo'),
            redo: () => sendToPage('redo'),
          },
          isPackaged: app.isPackaged,
          platform: process.platform,
          translator: translator(),
          recentProjects: host.projects.recentFiles(),
          hasProject: host.currentFile() !== null,
          language: {
            chosen: preferences.getPreferences({}).locale,
            choose(locale) {
              // The menu is rebuilt by languageChanged; the page follows the preferences' change event.
              preferences.updatePreferences({ locale });
            },
          },
        }),
      ),
    );
  }

  function openWindow(): BrowserWindow {
    const window = createMainWindow({ preloadPath, title: actions.title() });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, windowWebPreferences(preloadPath)));

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
      // Live lists: every change event goes to the window's page (the preload hands it on).
      forwardChanges(host.changes, () => mainWindow);
      if (!fs.existsSync(path.join(paths.renderer, 'index.html'))) {
        dialog.showErrorBox('Itinera', translator().t(desktopMessages.windowFilesMissing, { folder: paths.renderer }));
      }
      actions.openStartupProject(projectArgument(process.argv, process.cwd()));
      setMenu();
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        createTranslator(matchLocale(app.getLocale())).t(desktopMessages.cannotStart),
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      app.exit(1);
    });
}
