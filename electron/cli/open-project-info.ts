import { openProjectStore } from '../store/project-store.js';
import { createProjectInfoService, type ProjectInfoService } from '../services/project/project-info-service.js';

// `itinera info` reads the project's own facts (name, counts, extent) through the project
// feature's service alone: it loads the store, not every feature with its libraries, so the
// command answers about as fast as ogrinfo (issue #12; the bench's "CLI start" row).

export function withProjectInfo<T>(file: string, work: (service: ProjectInfoService) => T): T {
  const store = openProjectStore(file);
  try {
    return work(createProjectInfoService({ store }));
  } finally {
    store.close();
  }
}
