import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectEntry } from '../../../shared/api/projects.js';
import { readProjectSummary } from '../../store/project-store.js';

// Project files on disk: the safe file name a project name gets, the files of the data folder,
// and a file as an entry of the project list. The page names a project by its entry's id, a
// digest of the path: it never sees a path, and never sends one.

export const PROJECT_EXTENSION = '.gpkg';

/** Names Windows keeps for devices: no file may be called so, on any system the folder may travel to. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The file name (with .gpkg) of a project called `name`: the name itself, without the characters
 * no file system takes, leading and trailing dots and spaces; null when nothing usable is left.
 */
export function projectFileName(name: string): string | null {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+|[. ]+$/g, '');
  if (base === '' || RESERVED.test(base)) return null;
  return `${base.slice(0, 120)}${PROJECT_EXTENSION}`;
}

/** The base name of a file name the page sent, whatever folders it names (a browser sends none). */
export function baseOfSentName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  return last.replace(/\.gpkg$/i, '');
}

/** `fileName` inside `folder`; throws when it would lead anywhere else (never expected: names are made safe first). */
export function fileInFolder(folder: string, fileName: string): string {
  const file = path.resolve(folder, fileName);
  if (path.dirname(file) !== path.resolve(folder) || path.basename(file) !== fileName) {
    throw new Error(`Refusing a project file name that leaves its folder: ${JSON.stringify(fileName)}`);
  }
  return file;
}

/** The first of `base.gpkg`, `base (2).gpkg`, … that does not exist in `folder`. */
export function freeFileName(folder: string, base: string): string {
  for (let count = 1; count < 1000; count += 1) {
    const fileName = `${base}${count === 1 ? '' : ` (${count})`}${PROJECT_EXTENSION}`;
    if (!fs.existsSync(fileInFolder(folder, fileName))) return fileName;
  }
  throw new Error(`No free project file name for ${JSON.stringify(base)}`);
}

/** The .gpkg files of a folder (not hidden ones: those are Itinera's files in the making), by name. */
export function folderProjects(folder: string): string[] {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return names
    .filter(
      (entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith(PROJECT_EXTENSION),
    )
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => path.join(folder, name));
}

/** A file's id in the project list: the same for the same file, from any list. */
export function projectId(file: string): string {
  return crypto.createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16);
}

/** The open project as the host knows it (its file is busy: its name comes from the service). */
export interface OpenProject {
  file: string;
  name: string;
  isSample: boolean;
}

/** A file as an entry of the list; its name read from the file, else its file name. Null when the file is gone. */
export function projectEntry(file: string, current: OpenProject | null): ProjectEntry | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  const isCurrent = current !== null && path.resolve(current.file) === path.resolve(file);
  let summary: { name: string | null; isSample: boolean } = { name: null, isSample: false };
  if (isCurrent) summary = current;
  else {
    try {
      summary = readProjectSummary(file);
    } catch {
      // NOTE: listed all the same: opening it says what is wrong with it, in the reader's language.
    }
  }
  const fileName = path.basename(file);
  return {
    id: projectId(file),
    name: summary.name?.trim() || path.basename(fileName, path.extname(fileName)),
    fileName,
    modified: stat.mtime.toISOString(),
    sizeBytes: stat.size,
    isSample: summary.isSample,
    isCurrent,
  };
}
