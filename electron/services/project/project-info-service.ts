import path from 'node:path';
import type { BasemapInfo, projectApi } from '../../../shared/api/project.js';
import type { ProjectStore } from '../../store/project-store.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { OSM_ATTRIBUTION } from '../osm/osm-attribution.js';

// The project as a whole: its name, counts, extent and street basemap, for the title bar, the
// first camera and `itinera info`.

export type ProjectInfoService = ServiceOf<typeof projectApi>;

function basemapInfo(store: ProjectStore): BasemapInfo | null {
  const summary = store.basemap.summary();
  return summary && { ...summary, attribution: OSM_ATTRIBUTION };
}

export function createProjectInfoService(
  { store }: Pick<ServiceContext, 'store'>,
  options: { isSample?: boolean } = {},
): ProjectInfoService {
  const { places, quarters, routes, links, groups, events, settings } = store;
  return {
    getProject() {
      const boxes = [places.bounds(), quarters.bounds()].filter((box) => box !== null);
      const bounds =
        boxes.length === 0
          ? null
          : ([
              Math.min(...boxes.map((box) => box[0])),
              Math.min(...boxes.map((box) => box[1])),
              Math.max(...boxes.map((box) => box[2])),
              Math.max(...boxes.map((box) => box[3])),
            ] as [number, number, number, number]);
      return {
        name: settings.get('project.name') ?? path.basename(store.file, path.extname(store.file)),
        fileName: path.basename(store.file),
        counts: {
          places: places.count(),
          quarters: quarters.count(),
          routes: routes.count(),
          links: links.count(),
          groups: groups.count(),
          events: events.count(),
        },
        bounds,
        isSample: options.isSample ?? settings.get('project.sample') === 'true',
        basemap: basemapInfo(store),
        hasNetwork: store.network.counts().edges > 0,
      };
    },
  };
}
