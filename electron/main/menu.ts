import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { LOCALE_NAMES, LOCALES, type AppLocale } from '../../shared/i18n/locales.js';
import { menuMessages as m } from '../../shared/i18n/messages/menu.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';

// The application menu as data, so it can be checked without Electron running. Its words come
// from the message catalog in the app's language; the languages are listed by their own names.

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openSample(): void;
  /** File → Open recent → a project file the app state remembers. */
  openRecent(file: string): void;
  saveCopy(): void;
  closeProject(): void;
  /** Import… and Export… open the page's own dialogs (see shared/api/menu-commands.ts). */
  importFile(): void;
  exportData(): void;
  /** Undo and Redo go to the page, which undoes the project's last edit or, in a text field, the typing. */
  undo(): void;
  redo(): void;
}

/** The Language submenu: the choice in the preferences (null: the system's) and what choosing does. */
export interface LanguageMenu {
  chosen: AppLocale | null;
  choose(locale: AppLocale | null): void;
}

export interface MenuOptions {
  actions: MenuActions;
  /** Developer tools are for development builds only. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The app's language (English when not given). */
  translator?: Translator;
  /** View → Language (left out when not given). */
  language?: LanguageMenu;
  /** File → Open recent: the recent project files, most recent first (the open one left out). */
  recentProjects?: readonly string[];
  /** Whether a project is open (Save a copy… and Close project need one). */
  hasProject?: boolean;
}

/** The recent projects by file name; the folder too where two share a name. */
function recentItems(files: readonly string[], actions: MenuActions, t: Translator): MenuItemConstructorOptions[] {
  if (files.length === 0) return [{ label: t.t(m.noRecentProjects), enabled: false }];
  const names = files.map((file) => path.basename(file));
  return files.map((file, index) => {
    const name = names[index]!;
    const shared = names.filter((other) => other === name).length > 1;
    // NOTE: a file's name is shown as it is: "&" would otherwise mark a mnemonic.
    const label = (shared ? `${name} (${path.dirname(file)})` : name).replaceAll('&', '&&');
    return { label, click: () => actions.openRecent(file) };
  });
}

function languageItems(language: LanguageMenu, t: Translator): MenuItemConstructorOptions[] {
  const item = (label: string, locale: AppLocale | null): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: language.chosen === locale,
    click: () => language.choose(locale),
  });
  return [
    item(t.t(m.systemLanguage), null),
    { type: 'separator' },
    ...LOCALES.map((locale) => item(LOCALE_NAMES[locale], locale)),
  ];
}

export function buildMenuTemplate({
  actions,
  isPackaged,
  platform,
  translator = createTranslator('en'),
  language,
  recentProjects = [],
  hasProject = true,
}: MenuOptions): MenuItemConstructorOptions[] {
  const t = translator;
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: t.t(m.file),
    submenu: [
      { label: t.t(m.newProject), accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: t.t(m.openProject), accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: t.t(m.openRecent), submenu: recentItems(recentProjects, actions, t) },
      { label: t.t(m.openSample), click: () => actions.openSample() },
      { type: 'separator' },
      {
        label: t.t(m.saveCopy),
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: hasProject,
        click: () => actions.saveCopy(),
      },
      { label: t.t(m.closeProject), enabled: hasProject, click: () => actions.closeProject() },
      { type: 'separator' },
      { label: t.t(m.importFile), accelerator: 'CmdOrCtrl+I', click: () => actions.importFile() },
      { label: t.t(m.exportData), accelerator: 'CmdOrCtrl+E', click: () => actions.exportData() },
      { type: 'separator' },
      isMac ? { role: 'close', label: t.t(m.close) } : { role: 'quit', label: t.t(m.quit) },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.t(m.view),
    submenu: [
      { role: 'reload', label: t.t(m.reload) },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: t.t(m.developerTools) } as const]),
      { type: 'separator' },
      { role: 'resetZoom', label: t.t(m.actualSize) },
      { role: 'zoomIn', label: t.t(m.zoomIn) },
      { role: 'zoomOut', label: t.t(m.zoomOut) },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.t(m.fullScreen) },
      ...(language
        ? [{ type: 'separator' } as const, { label: t.t(m.language), submenu: languageItems(language, t) }]
        : []),
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    {
      label: t.t(m.edit),
      submenu: [
        { label: t.t(m.undo), accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        {
          label: t.t(m.redo),
          accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
          click: () => actions.redo(),
        },
        // NOTE: a second, hidden item so both usual redo shortcuts work on every platform.
        {
          label: t.t(m.redo),
          accelerator: isMac ? 'CmdOrCtrl+Y' : 'Shift+CmdOrCtrl+Z',
          visible: false,
          acceleratorWorksWhenHidden: true,
          click: () => actions.redo(),
        },
        { type: 'separator' },
        { role: 'cut', label: t.t(m.cut) },
        { role: 'copy', label: t.t(m.copy) },
        { role: 'paste', label: t.t(m.paste) },
        { role: 'delete', label: t.t(m.delete) },
        { type: 'separator' },
        { role: 'selectAll', label: t.t(m.selectAll) },
      ],
    },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
