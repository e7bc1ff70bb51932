import type { ExportedFile } from '../../../shared/codecs/export/export-data.js';
import { writeGpx } from '../../../shared/codecs/export/write-gpx.js';
import { routeElevations } from '../transfer/export-service.js';
import type { LanguagesService } from '../languages/languages-service.js';
import type { PlacesService } from '../places/places-service.js';
import type { ProjectInfoService } from '../project/project-info-service.js';
import type { RoutesService } from '../routes/routes-service.js';

// The GPX written beside a printed guide: the route's stops as waypoints and as a route, and its
// line as a track, with heights from the project's elevation file when it has one (as the GPX
// export writes them, through the same writer).

/** What a guide's GPX reads of the project. */
type GuideGpxReaders = Pick<ProjectInfoService, 'getProject'> &
  Pick<PlacesService, 'getPlace'> &
  Pick<RoutesService, 'getRouteDetails'> &
  Pick<LanguagesService, 'getContentLanguages'>;

export async function guideGpx(
  readers: GuideGpxReaders,
  routeId: number,
  heights: () => Promise<((position: [number, number]) => number | null) | null>,
): Promise<ExportedFile> {
  const { route } = await readers.getRouteDetails({ id: routeId });
  const stopIds = new Set(route.stops.map((stop) => stop.placeId));
  const places = [...stopIds].map((id) => readers.getPlace({ id }));
  const height = await heights();
  const { primary, further } = readers.getContentLanguages({});
  return writeGpx({
    projectName: readers.getProject({}).name,
    places,
    quarters: [],
    routes: [route],
    links: [],
    languages: { primary, further },
    routeElevations: height ? routeElevations([route], height) : undefined,
  });
}
