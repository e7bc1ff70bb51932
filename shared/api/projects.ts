import { z } from 'zod';
import { projectsMessages as m } from '../i18n/messages/projects.js';
import { problem } from '../i18n/validation.js';
import { EmptySchema, method } from './method.js';
import { stagedFileSchema } from './staged-file.js';

// Projects as files (issue #14): which ones there are, which one is open, and making, opening,
// copying, closing and uploading them. Answered by the app itself, with or without an open project.
// The page never names a path: it names a project by the id the list gave it, and new files get
// a name the backend turns into a safe file name in the user's data folder.

/** How a backend keeps projects: the desktop chooses files in the system's dialogs. */
export type ProjectStorage =
  /** Serve mode: new projects, copies and uploads go to the user's data folder; the list is that folder. */
  | 'data-folder'
  /** Desktop: the system's dialogs choose where files go; the list is the recent projects. */
  | 'files';

export interface ProjectEntry {
  /** Names the project in this backend's list (not a path: the page never sees one). */
  id: string;
  /** The project's own name (from the file), else its file name without .gpkg. */
  name: string;
  /** The file's name, without its folder. */
  fileName: string;
  /** When the file last changed (ISO 8601). */
  modified: string;
  sizeBytes: number;
  isSample: boolean;
  isCurrent: boolean;
}

export interface ProjectList {
  storage: ProjectStorage;
  /**
   * The open project, or null after Close. `session` changes whenever a project is opened (another
   * one, or the same file again): the page starts afresh with it.
   */
  current: { id: string; name: string; fileName: string; session: number } | null;
  /** The projects to open: recently opened ones first (most recent first), then the others by name. */
  projects: ProjectEntry[];
}

/** A project made, opened or copied; null when the person cancelled the system's file dialog (desktop). */
export interface ProjectChoice {
  project: ProjectEntry | null;
}

/** Project files an upload takes (the backend then checks that the content is one). */
export const PROJECT_FILE_NAME = /\.gpkg$/i;

/** Serve mode: the open project as a consistent copy (GET, with the API's token in its header). */
export const PROJECT_DOWNLOAD_ROUTE = '/project/download';

export const ProjectNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  // NOTE: a name becomes a file name; a character no file system takes is refused, not replaced.
  .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, problem(m.nameCharacters))
  .refine((name) => !/^\.+$/.test(name), problem(m.nameCharacters));

export const NewProjectSchema = z.object({ name: ProjectNameSchema }).strict();
export const OpenProjectSchema = z
  .object({ id: z.string().regex(/^[a-f0-9]{16}$/, problem(m.unknownProject)) })
  .strict();
export const CopyProjectSchema = z.object({ name: ProjectNameSchema }).strict();
export const UploadProjectSchema = stagedFileSchema({
  name: { pattern: PROJECT_FILE_NAME, message: problem(m.notProjectFileName) },
  command: 'serve --project FILE',
});

export const projectsApi = {
  listProjects: method<typeof EmptySchema, ProjectList>('projects:list:query', EmptySchema),
  createProject: method<typeof NewProjectSchema, ProjectChoice>('projects:file:create', NewProjectSchema),
  openProject: method<typeof OpenProjectSchema, ProjectChoice>('projects:file:open', OpenProjectSchema),
  /** Desktop: the system's Open dialog. Serve mode refuses it (upload the file instead). */
  chooseProject: method<typeof EmptySchema, ProjectChoice>('projects:file:choose', EmptySchema),
  /** A consistent copy of the open project, named; it stays open (serve: in the data folder). */
  copyProject: method<typeof CopyProjectSchema, ProjectChoice>('projects:copy:create', CopyProjectSchema),
  closeProject: method<typeof EmptySchema, { closed: boolean }>('projects:file:close', EmptySchema),
  /** Serve mode: a project file from the page, checked, kept in the data folder (not opened). */
  uploadProject: method<typeof UploadProjectSchema, ProjectChoice>('projects:file:upload', UploadProjectSchema),
};

/** Methods answered by the app itself, with or without an open project. */
export const PROJECTS_METHOD_NAMES = Object.keys(projectsApi) as (keyof typeof projectsApi)[];
