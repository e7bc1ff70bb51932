import { createProjectHost } from '../services/core/project-host.js';
import type { ProjectServiceImpl } from '../services/core/project-service.js';

// Commands work on a project through the same services as the app: open it, do the work, close it
// (also when the work fails).

export async function withProject<T>(file: string, work: (service: ProjectServiceImpl) => T | Promise<T>): Promise<T> {
  const host = createProjectHost();
  try {
    return await work(host.open(file));
  } finally {
    host.close();
  }
}
