import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { MAX_IMPORT_BASE64_CHARACTERS } from '../../../shared/api/limits.js';
import type { ProjectChoice, ProjectEntry, projectsApi, ProjectStorage } from '../../../shared/api/projects.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { projectMessages } from '../../../shared/i18n/messages/project.js';
import { projectsMessages as m } from '../../../shared/i18n/messages/projects.js';
import { openProjectStore } from '../../store/project-store.js';
import { readRecentProjects, rememberProject } from '../core/app-state.js';
import type { ServiceOf } from '../core/service-of.js';
import { fileReason } from './file-reasons.js';
import {
  fileInFolder,
  folderProjects,
  type OpenProject,
  PROJECT_EXTENSION,
  projectEntry,
  projectFileName,
  projectId,
} from './project-files.js';
import { storeUpload } from './project-upload.js';

// The projects: the list (serve mode: the .gpkg files of the user's data folder; desktop: the
// recent ones), making, opening, copying, closing and uploading them. The page names a project
// by its id in the list or gives a name the service turns into a safe file name: no path from the
// page is ever used. Errors name files by their file name only and change nothing.

/** Desktop: the system's file dialogs (electron/main); each answers null when cancelled. */
export interface ProjectFilePicker {
  newFile(suggestedName: string): Promise<string | null>;
  existingFile(): Promise<string | null>;
  copyFile(suggestedName: string): Promise<string | null>;
}

export interface ProjectsOptions {
  /** The user's data folder: projects live in its projects/ folder, the app state in state.json. */
  dataDir: () => string;
  /** Desktop: files are chosen in the system's dialogs, and the list is the recent projects. */
  picker?: ProjectFilePicker;
  /** The largest project file an upload takes (bytes). */
  maxUploadBytes?: number;
  log?: (error: unknown) => void;
}

/** What the service asks of the host that holds the open project. */
export interface ProjectSlot {
  open(file: string): void;
  create(file: string, name: string, language: string): void;
  close(): boolean;
  current(): OpenProject | null;
  /** Counts the projects opened by this backend (see ProjectList.current.session). */
  session(): number;
  /** A consistent copy of the open project at `target` (a new file). */
  copyTo(target: string): void;
  /** The list changed (a file made, copied or uploaded). */
  changed(): void;
}

/** The caller's language (a new project's primary content language). */
export interface CallContext {
  locale?: string;
}

type ProjectsMethods = ServiceOf<typeof projectsApi, 'createProject' | 'chooseProject' | 'copyProject'>;

export type ProjectsService = {
  [Method in keyof ProjectsMethods]: (
    input: Parameters<ProjectsMethods[Method]>[0],
    call?: CallContext,
  ) => ReturnType<ProjectsMethods[Method]>;
} & {
  /** The open project's file, name and sample flag (the desktop's window title), or null. */
  currentProject(): OpenProject | null;
  /** Desktop: a copy of the open project at a file the save dialog chose (replaced: the dialog asked), named after it. */
  copyProjectTo(file: string): ProjectEntry;
  /** Desktop menu: the recent projects' files (most recent first), the open one left out. */
  recentFiles(): string[];
  /** Remembers a project the person opened (the desktop's menu and startup). */
  remember(file: string): void;
  /** The host opened a file: listed for the rest of this run (the startup project too, not remembered). */
  noteOpened(file: string): void;
  /** Serve mode's download: a consistent copy of the open project in a temporary folder, and its removal. */
  downloadCopy(): { fileName: string; file: string; dispose(): void };
};

/** 288 MB: as large as a file the page can send (see MAX_IMPORT_BASE64_CHARACTERS). */
export const MAX_UPLOAD_BYTES = (MAX_IMPORT_BASE64_CHARACTERS / 4) * 3;

export function createProjectsService(slot: ProjectSlot, options: ProjectsOptions): ProjectsService {
  const storage: ProjectStorage = options.picker ? 'files' : 'data-folder';
  const log = options.log ?? ((error: unknown) => console.error('Itinera projects:', error));
  const folder = () => path.join(options.dataDir(), 'projects');
  const statePath = () => path.join(options.dataDir(), 'state.json');
  /** Files opened by this backend, most recent first (the startup project too, which is not remembered). */
  let opened: string[] = [];

  function remember(file: string): void {
    try {
      rememberProject(statePath(), file);
    } catch (error) {
      // NOTE: not remembering a project is no reason to fail opening it.
      log(error);
    }
  }

  function files(): string[] {
    const recent = [...opened, ...readRecentProjects(statePath())];
    const all = storage === 'data-folder' ? [...recent, ...folderProjects(folder())] : recent;
    return [...new Set(all.map((file) => path.resolve(file)))];
  }

  function entries(): ProjectEntry[] {
    const current = slot.current();
    return files()
      .map((file) => projectEntry(file, current))
      .filter((entry) => entry !== null);
  }

  function entryOf(file: string): ProjectEntry {
    const entry = projectEntry(file, slot.current());
    if (!entry) throw new ApiError('not-found', messageRef(m.notInList));
    return entry;
  }

  /** A name's file in the data folder; refused when the name makes no file name, or the file exists. */
  function newFileInFolder(name: string): string {
    const fileName = projectFileName(name);
    if (!fileName) throw new ApiError('invalid-input', messageRef(m.reservedName, { name }), 'name');
    const file = fileInFolder(folder(), fileName);
    if (fs.existsSync(file)) throw new ApiError('conflict', messageRef(m.exists, { fileName }), 'name');
    return file;
  }

  function open(file: string): ProjectChoice {
    const fileName = path.basename(file);
    try {
      slot.open(file);
    } catch (error) {
      const reason = fileReason(error, fileName, m.damaged, log);
      throw new ApiError('invalid-input', messageRef(m.cannotOpen, { fileName, reason }));
    }
    remember(file);
    return { project: entryOf(file) };
  }

  /** Writes a copy of the open project to `target` (replacing it: the desktop's dialog asked) through a file beside it. */
  function writeCopy(target: string, name: string): void {
    const current = slot.current();
    if (!current) throw new ApiError('not-found', messageRef(projectMessages.noProjectOpen));
    if (path.resolve(target) === path.resolve(current.file)) {
      throw new ApiError('invalid-input', messageRef(m.copyOverOpen));
    }
    const fileName = path.basename(target);
    const staging = path.join(path.dirname(target), `.${crypto.randomUUID()}.itinera-copy`);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      slot.copyTo(staging);
      // The copy is a project of its own name (the sample's copy stays marked as sample data).
      const copy = openProjectStore(staging);
      try {
        copy.settings.set('project.name', name);
      } finally {
        copy.close();
      }
      fs.renameSync(staging, target);
    } catch (error) {
      throw new ApiError(
        'internal',
        messageRef(m.cannotCopy, { fileName, reason: fileReason(error, fileName, m.notWritten, log) }),
      );
    } finally {
      fs.rmSync(staging, { force: true });
    }
  }

  const service: ProjectsService = {
    listProjects() {
      const current = slot.current();
      return {
        storage,
        current: current && {
          id: projectId(current.file),
          name: current.name,
          fileName: path.basename(current.file),
          session: slot.session(),
        },
        projects: entries(),
      };
    },

    async createProject({ name }, call = {}) {
      let file: string | null;
      if (options.picker) {
        file = await options.picker.newFile(name);
        if (file === null) return { project: null };
        if (path.extname(file).toLowerCase() !== PROJECT_EXTENSION) file = `${file}${PROJECT_EXTENSION}`;
      } else {
        file = newFileInFolder(name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
      }
      // A new project's names are in the language the person uses now (its primary content language).
      const language = call.locale ? new Intl.Locale(call.locale).language : 'en';
      try {
        slot.create(file, name, language);
      } catch (error) {
        const reason = fileReason(error, path.basename(file), m.notWritten, log);
        throw new ApiError('invalid-input', messageRef(m.cannotCreate, { name, reason }));
      }
      remember(file);
      return { project: entryOf(file) };
    },

    openProject({ id }) {
      const file = files().find((candidate) => projectId(candidate) === id);
      if (!file || !fs.existsSync(file)) throw new ApiError('not-found', messageRef(m.notInList), 'id');
      const current = slot.current();
      // The open project itself: nothing to do (opening it again would drop what the page shows).
      if (current && path.resolve(current.file) === file) return { project: entryOf(file) };
      return open(file);
    },

    async chooseProject() {
      if (!options.picker) throw new ApiError('invalid-input', messageRef(m.notInBrowser));
      const file = await options.picker.existingFile();
      return file === null ? { project: null } : open(file);
    },

    async copyProject({ name }) {
      if (options.picker) {
        const target = await options.picker.copyFile(name);
        return { project: target === null ? null : service.copyProjectTo(target) };
      }
      const target = newFileInFolder(name);
      writeCopy(target, name);
      slot.changed();
      return { project: entryOf(target) };
    },

    copyProjectTo(chosen) {
      const target =
        path.extname(chosen).toLowerCase() === PROJECT_EXTENSION ? chosen : `${chosen}${PROJECT_EXTENSION}`;
      writeCopy(target, path.basename(target, path.extname(target)));
      slot.changed();
      return entryOf(target);
    },

    closeProject() {
      return { closed: slot.close() };
    },

    uploadProject(input) {
      const fileName = storeUpload(input, {
        folder: folder(),
        maxBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES,
        log,
      });
      slot.changed();
      return { project: entryOf(fileInFolder(folder(), fileName)) };
    },

    currentProject: () => slot.current(),

    recentFiles() {
      const current = slot.current()?.file;
      return readRecentProjects(statePath()).filter((file) => !current || path.resolve(file) !== path.resolve(current));
    },

    remember,

    noteOpened(file) {
      const resolved = path.resolve(file);
      opened = [resolved, ...opened.filter((other) => other !== resolved)];
    },

    downloadCopy() {
      const current = slot.current();
      if (!current) throw new ApiError('not-found', messageRef(projectMessages.noProjectOpen));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-download-'));
      const file = path.join(dir, 'project.gpkg');
      try {
        slot.copyTo(file);
      } catch (error) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      return {
        fileName: path.basename(current.file),
        file,
        dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  };
  return service;
}
