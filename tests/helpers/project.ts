import path from 'node:path';
import { createProjectHost, type ProjectHost } from '../../electron/services/core/project-host.js';
import { tempDir } from './temp-dir.js';

let counter = 0;

/** A new empty project in a temporary folder, opened in a real ProjectHost (real SQLite file). */
export function newProject(name = 'Test quarter'): { host: ProjectHost; file: string } {
  const file = path.join(tempDir(), `project-${++counter}.gpkg`);
  const host = createProjectHost();
  host.create(file, name);
  return { host, file };
}
