import { ApiError } from '../../../shared/api/contract.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { projectMessages } from '../../../shared/i18n/messages/project.js';
import { createProjectStore, openProjectStore, type ProjectStore } from '../../store/project-store.js';
import type { ReadAttachment } from '../attachments/attachment-route.js';
import type { ReadFileTile } from '../basemaps/basemap-tile-route.js';
import { createDispatch, implementationFrom, type Dispatch } from './dispatch.js';
import { createPreferencesService, type PreferencesService } from '../preferences/preferences-service.js';
import { createProjectService, type ProjectServiceImpl as ProjectService } from './project-service.js';

// Holds the project that is open in this backend (desktop window or serve mode) and routes API
// calls to it. Both transports use one host; opening another project swaps it in one step.

export interface ProjectHost {
  readonly dispatch: Dispatch;
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
  close(): void;
}

export interface ProjectHostOptions {
  /** The app's own preferences (the desktop shell passes one that tells it of changes). */
  preferences?: PreferencesService;
}

export function createProjectHost({ preferences = createPreferencesService() }: ProjectHostOptions = {}): ProjectHost {
  let store: ProjectStore | null = null;
  let service: ProjectService | null = null;

  function swap(next: ProjectStore): ProjectService {
    // Staged basemap files wait in a temporary folder; they belong to the project being closed.
    service?.close();
    store?.close();
    store = next;
    service = createProjectService(next);
    return service;
  }

  const host: ProjectHost = {
    dispatch: createDispatch(implementationFrom(preferences, () => host.current())),
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
    close() {
      service?.close();
      store?.close();
      store = null;
      service = null;
    },
  };
  return host;
}
