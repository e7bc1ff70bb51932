import fs from 'node:fs';
import path from 'node:path';

// What the app remembers between runs, in its state file (state.json in the user's data folder):
// the last project and the recently opened ones, most recent first. Shared by the desktop shell
// and serve mode (both open the user's projects). Plain Node: no Electron needed to test it.

/** How many recent projects are kept. */
export const MAX_RECENT_PROJECTS = 10;

interface AppState {
  lastProject?: unknown;
  recentProjects?: unknown;
}

function readState(statePath: string): AppState {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AppState) : {};
  } catch {
    // Missing or damaged state is not worth an error: the app starts as on its first run.
    return {};
  }
}

function writeState(statePath: string, state: AppState): void {
  fs.mkdirSync(path.dirname(statePath), { recursive: true });
  // Write then rename, so a crash never leaves half a state file behind.
  const temporary = `${statePath}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, statePath);
}

const files = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];

/** The recently opened projects that still exist, most recent first (a state file of an older version: its last project). */
export function readRecentProjects(statePath: string): string[] {
  const state = readState(statePath);
  const last = typeof state.lastProject === 'string' ? [state.lastProject] : [];
  const listed = files(state.recentProjects);
  return [...new Set(listed.length > 0 ? listed : last)].filter((file) => fs.existsSync(file));
}

/** The project opened last time, if it still exists. */
export function readLastProject(statePath: string): string | null {
  const file = readState(statePath).lastProject;
  return typeof file === 'string' && file !== '' && fs.existsSync(file) ? file : null;
}

/** Remembers a project the person opened: the last one, first of the recent ones (missing files dropped). */
export function rememberProject(statePath: string, file: string): void {
  const resolved = path.resolve(file);
  const state = readState(statePath);
  const recent = [resolved, ...readRecentProjects(statePath).filter((other) => other !== resolved)];
  writeState(statePath, {
    ...state,
    lastProject: resolved,
    recentProjects: recent.slice(0, MAX_RECENT_PROJECTS),
  });
}
