import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { errorText } from '../../shared/i18n/message-error.js';
import { desktopMessages as m } from '../../shared/i18n/messages/desktop.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';
import type { ProjectHost } from '../services/core/project-host.js';
import type { ProjectFilePicker } from '../services/projects/projects-service.js';
import { ensureSampleProject } from '../services/core/user-data.js';
import { createProjectDialogs } from './project-dialogs.js';
import { readLastProject, rememberLastProject } from './project-state.js';

// What the File menu and startup do with projects: ask for a file, hand it to the host, remember it
// and reload the window. A file that fails to open leaves the current project as it was (the host
// only swaps once the new file is open) and the user sees why. Save a copy and Close go through
// the projects service, as the page's Projects dialog does.

export interface ProjectActionsOptions {
  host: Pick<ProjectHost, 'open' | 'create' | 'currentFile' | 'projects'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  window: () => BrowserWindow | null;
  shippedSample: string;
  statePath: string;
  /** Where the New and Open dialogs start. */
  documentsDir: () => string;
  /** The app's language now (English when not given). */
  translator?: () => Translator;
  /** The system's file dialogs (the host's projects service asks the same ones); made from `dialog` when not given. */
  picker?: ProjectFilePicker;
}

export interface ProjectActions {
  /** Command-line project, else the last one, else the user's copy of the sample. */
  openStartupProject(commandLineProject: string | null): void;
  openFile(file: string): boolean;
  openSample(): boolean;
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  /** A copy of the open project where the save dialog says; the open project stays open. */
  saveCopy(): Promise<void>;
  /** Closes the project: the window shows the list of projects. */
  closeProject(): void;
  /** "<project name> — Itinera", for the window title. */
  title(): string;
}

const english = () => createTranslator('en');

export function createProjectActions(options: ProjectActionsOptions): ProjectActions {
  const { host, dialog } = options;
  const translator = options.translator ?? english;
  const picker =
    options.picker ??
    createProjectDialogs({
      dialog,
      window: options.window,
      documentsDir: options.documentsDir,
      currentFile: () => host.currentFile(),
      translator,
    });

  function showError(message: string, detail: string): void {
    const box = { type: 'error' as const, title: 'Itinera', message, detail, buttons: [translator().t(m.ok)] };
    const window = options.window();
    void (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
  }

  function refreshWindow(): void {
    const window = options.window();
    if (!window || window.isDestroyed()) return;
    window.setTitle(actions.title());
    window.webContents.reload();
  }

  function tryOpen(file: string, create?: { name: string }): boolean {
    try {
      // A new project's names are in the language the app speaks now (its primary content language).
      if (create) host.create(file, create.name, new Intl.Locale(translator().locale).language);
      else host.open(file);
    } catch (error) {
      const t = translator();
      showError(
        t.t(create ? m.cannotCreate : m.cannotOpen, { fileName: path.basename(file) }),
        t.t(m.currentStaysOpen, { reason: errorText(error, t) }),
      );
      return false;
    }
    try {
      rememberLastProject(options.statePath, file);
    } catch (error) {
      console.error('Itinera could not remember the last project:', error);
    }
    return true;
  }

  function sampleFile(): string | null {
    try {
      return ensureSampleProject(options.shippedSample);
    } catch (error) {
      showError(translator().t(m.cannotOpenSample), errorText(error, translator()));
      return null;
    }
  }

  const actions: ProjectActions = {
    openStartupProject(commandLineProject) {
      if (commandLineProject && tryOpen(commandLineProject)) return;
      const last = readLastProject(options.statePath);
      if (last && last !== commandLineProject && tryOpen(last)) return;
      const sample = sampleFile();
      if (sample) tryOpen(sample);
    },
    openFile(file) {
      const opened = tryOpen(file);
      if (opened) refreshWindow();
      return opened;
    },
    openSample() {
      const sample = sampleFile();
      return sample ? actions.openFile(sample) : false;
    },
    async newProject() {
      const file = await picker.newFile(translator().t(m.newProjectFileName));
      if (file && tryOpen(file, { name: path.basename(file, path.extname(file)) })) refreshWindow();
    },
    async openProject() {
      const file = await picker.existingFile();
      if (file) actions.openFile(file);
    },
    async saveCopy() {
      const current = host.projects.currentProject();
      if (!current) return;
      const t = translator();
      const target = await picker.copyFile(t.t(m.copyFileName, { name: current.name }));
      if (!target) return;
      try {
        host.projects.copyProjectTo(target);
      } catch (error) {
        showError(t.t(m.cannotCopy), errorText(error, t));
      }
    },
    closeProject() {
      host.projects.closeProject({});
      refreshWindow();
    },
    title() {
      const current = host.projects.currentProject();
      return current ? translator().t(m.windowTitle, { name: current.name }) : 'Itinera';
    },
  };
  return actions;
}
