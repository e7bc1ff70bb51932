import path from 'node:path';
import { ApiError } from '../../../shared/api/contract.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { projectMessages } from '../../../shared/i18n/messages/project.js';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../store/project-store.js';
import type { ReadAttachment } from '../attachments/attachment-route.js';
import type { ReadFileTile } from '../basemaps/basemap-tile-route.js';
import type { Preferences } from '../../../shared/api/preferences.js';
import { createChangeFeed, type ChangeFeed } from './change-feed.js';
import { CHANGE_TOPICS } from '../../../shared/api/changes.js';
import { createDispatch, implementationFrom, type Dispatch } from './dispatch.js';
import { createPreferencesService, type PreferencesService } from '../preferences/preferences-service.js';
import { watchProjectChanges, type ProjectChanges } from './project-changes.js';
import { createProjectService, type ProjectServiceImpl as ProjectService } from './project-service.js';
import { createProjectsService, type ProjectsOptions, type ProjectsService } from '../projects/projects-service.js';
import { userDataDir } from './user-data.js';
import { createPrintingService, type Printer } from '../printing/printing-service.js';
import { sessionPasswords, type WorkspacePasswords } from '../workspace/workspace-service.js';

// Holds the project that is open in this backend (desktop window or serve mode) and routes API
// calls to it. Both transports use one host; opening another project swaps it in one step.
// It also publishes what changed (live lists): after every call, and while someone listens,
// every other connection's commit (project-changes.ts), and every change of the preferences and
// of the projects (which one is open, the files there are: services/projects).

export interface ProjectHost {
  readonly dispatch: Dispatch;
  /** The change events of this backend, for the transports (live lists). */
  readonly changes: ChangeFeed;
  /** The user's preferences (not part of a project): the desktop menu changes them too. */
  readonly preferences: PreferencesService;
  /** The project files: the list, making, opening, copying, closing (the desktop menu uses it too). */
  readonly projects: ProjectsService;
  /** Bytes of an attachment of the open project, for the routes that serve them (none when closed). */
  readonly readAttachment: ReadAttachment;
  open(file: string): ProjectService;
  /** A new project; `language` is its primary content language (the app's language; English when not given). */
  create(file: string, name?: string, language?: string): ProjectService;
  current(): ProjectService;
  currentFile(): string | null;
  /** A basemap tile of the open project (Mapbox Vector Tile bytes); null when there is none or no project. */
  basemapTile(z: number, x: number, y: number): Buffer | null;
  /** A tile of a basemap file added to the open project; null when there is none or no project. */
  readonly basemapFileTile: ReadFileTile;
  /** Closes the open project when shutting down (the API's closeProject also tells the pages). */
  close(): void;
}

export interface ProjectHostOptions {
  /** Hears every change of the open project (opened, created, closed): the desktop's title and menu. */
  onProjectChange?: () => void;
  /** How projects are chosen (desktop: the system's dialogs) and how large an upload may be. */
  projects?: Omit<ProjectsOptions, 'dataDir'>;
  /** Hears every change of the preferences, by the API or the desktop menu (which rebuilds itself). */
  onPreferencesChange?: (preferences: Preferences) => void;
  /** Where the preferences, the app state and the projects folder are (tests); the user's data folder by default. */
  dataDir?: () => string;
  /** What makes a print view into a PDF here (Save PDF); none: the page prints itself. */
  printer?: () => Printer | null;
  /** Where workspace passwords are kept (desktop: the system's safe storage); the session's by default. */
  passwords?: WorkspacePasswords;
}

export function createProjectHost({
  onPreferencesChange,
  onProjectChange,
  dataDir,
  projects: projectsOptions,
  printer = () => null,
  passwords = sessionPasswords(),
}: ProjectHostOptions = {}): ProjectHost {
  let store: ProjectStore | null = null;
  let service: ProjectService | null = null;
  let watcher: ProjectChanges | null = null;
  let listening = false;
  /** Projects opened so far: the page starts afresh when it changes. */
  let session = 0;
  const changes = createChangeFeed({
    onListening(on) {
      listening = on;
      watcher?.setPolling(on);
    },
  });
  const preferences = createPreferencesService({
    ...(dataDir ? { dataDir } : {}),
    onChange(next) {
      changes.publish(['preferences']);
      onPreferencesChange?.(next);
    },
  });

  function closeProject(): boolean {
    const wasOpen = store !== null;
    // Staged basemap files wait in a temporary folder; they belong to the project being closed.
    watcher?.close();
    service?.close();
    store?.close();
    watcher = null;
    store = null;
    service = null;
    return wasOpen;
  }

  function swap(next: ProjectStore): ProjectService {
    const replacing = store !== null;
    closeProject();
    store = next;
    service = createProjectService(next, { passwords });
    session += 1;
    projects.noteOpened(next.file);
    watcher = watchProjectChanges(next.changes, (topics) => changes.publish(topics));
    watcher.setPolling(listening);
    // Another project: everything a page shows changed (the first one of a run: nobody shows anything yet).
    if (replacing) changes.publish(CHANGE_TOPICS);
    else if (session > 1) changes.publish(['projects']);
    onProjectChange?.();
    return service;
  }

  const projects = createProjectsService(
    {
      open: (file) => void host.open(file),
      create: (file, name, language) => void host.create(file, name, language),
      close() {
        const closed = closeProject();
        if (closed) {
          changes.publish(['projects']);
          onProjectChange?.();
        }
        return closed;
      },
      current() {
        if (!store) return null;
        const name = store.settings.get('project.name') ?? path.basename(store.file, path.extname(store.file));
        return { file: store.file, name, isSample: store.settings.get('project.sample') === 'true' };
      },
      session: () => session,
      copyTo(target) {
        if (!store) throw new ApiError('not-found', messageRef(projectMessages.noProjectOpen));
        store.copyTo(target);
      },
      changed: () => changes.publish(['projects']),
    },
    { dataDir: dataDir ?? userDataDir, ...projectsOptions },
  );

  const host: ProjectHost = {
    dispatch: createDispatch(
      implementationFrom({ ...preferences, ...projects, ...createPrintingService(printer) }, () => host.current()),
      {
        // Every call: what it wrote (or another connection committed meanwhile) is published
        // before its answer leaves, so an answer can name the events that describe it.
        afterCall: () => watcher?.check(),
      },
    ),
    changes,
    preferences,
    projects,
    readAttachment: ({ id, variant }) => service?.attachmentFile(id, variant),
    open: (file) => swap(openProjectStore(file)),
    create: (file, name, language) => swap(createProjectStore(file, name, language)),
    current() {
      if (!service) throw new ApiError('not-found', messageRef(projectMessages.noProjectOpen));
      return service;
    },
    currentFile: () => store?.file ?? null,
    basemapTile: (z, x, y) => store?.basemap.tile(z, x, y) ?? null,
    basemapFileTile: (fileId, z, x, y) => service?.basemapFiles.tile(fileId, z, x, y) ?? null,
    // Shutting down: nobody is told (the API's closeProject tells the pages).
    close: () => void closeProject(),
  };
  return host;
}
