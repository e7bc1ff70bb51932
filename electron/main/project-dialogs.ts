import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { desktopMessages as m } from '../../shared/i18n/messages/desktop.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { ProjectFilePicker } from '../services/projects/projects-service.js';

// The system's file dialogs that choose project files on the desktop: where a new project or a
// copy goes, which file to open. Each answers a path, or null when the person cancelled. The
// projects service (and the File menu) asks them; the page never sees a path.

export interface ProjectDialogsOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  /** Where the dialogs start when no project is open. */
  documentsDir: () => string;
  currentFile: () => string | null;
  translator: () => Translator;
}

export function createProjectDialogs(options: ProjectDialogsOptions): ProjectFilePicker {
  const { dialog } = options;
  const filters = () => [{ name: options.translator().t(m.projectFiles), extensions: ['gpkg'] }];
  const folder = () => {
    const current = options.currentFile();
    return current ? path.dirname(current) : options.documentsDir();
  };

  async function save(title: string, buttonLabel: string, defaultPath: string): Promise<string | null> {
    const window = options.window();
    const dialogOptions = {
      title,
      buttonLabel,
      defaultPath,
      filters: filters(),
      properties: ['createDirectory' as const],
    };
    const result = await (window ? dialog.showSaveDialog(window, dialogOptions) : dialog.showSaveDialog(dialogOptions));
    if (result.canceled || !result.filePath) return null;
    return path.extname(result.filePath).toLowerCase() === '.gpkg' ? result.filePath : `${result.filePath}.gpkg`;
  }

  return {
    newFile(suggestedName) {
      const t = options.translator();
      return save(
        t.t(m.newProjectTitle),
        t.t(m.newProjectButton),
        path.join(options.documentsDir(), `${suggestedName}.gpkg`),
      );
    },
    copyFile(suggestedName) {
      const t = options.translator();
      return save(t.t(m.copyTitle), t.t(m.copyButton), path.join(folder(), `${suggestedName}.gpkg`));
    },
    async existingFile() {
      const window = options.window();
      const dialogOptions = {
        title: options.translator().t(m.openProjectTitle),
        defaultPath: folder(),
        filters: filters(),
        properties: ['openFile' as const],
      };
      const result = await (window
        ? dialog.showOpenDialog(window, dialogOptions)
        : dialog.showOpenDialog(dialogOptions));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
