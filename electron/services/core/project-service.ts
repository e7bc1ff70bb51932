import type { z } from 'zod';
import type { elevationApi } from '../../../shared/api/elevation.js';
import type { ServiceOf } from './service-of.js';
import type { Contract, MethodName, MethodResult } from '../../../shared/api/contract.js';
import type { APP_METHOD_NAMES } from '../../../shared/api/preferences.js';
import type { printingApi } from '../../../shared/api/printing.js';
import type { PROJECTS_METHOD_NAMES } from '../../../shared/api/projects.js';
import type { AttachmentVariant } from '../../../shared/model/attachment-schemas.js';
import type { AttachmentFile, ProjectStore } from '../../store/project-store.js';
import { createAnalyticsService, type AnalyticsService } from '../analytics/analytics-service.js';
import type { WalkingDistances } from '../analytics/report-scope.js';
import { createAreasService, type AreasService } from '../areas/areas-service.js';
import { createAttachmentsService, type AttachmentsService } from '../attachments/attachments-service.js';
import { createBasemapFileService, type BasemapFileService } from '../basemaps/basemap-file-service.js';
import { createBasemapsService, type BasemapsService } from '../basemaps/basemaps-service.js';
import { createUndoRedoService, type UndoRedoService } from '../edits/undo-redo-service.js';
import { createEventsService, type EventsService } from '../events/events-service.js';
import { createFieldsService, type FieldsService } from '../fields/fields-service.js';
import { createGroupsService, type GroupsService } from '../groups/groups-service.js';
import { createJobRunner, type JobRunner } from '../jobs/job-runner.js';
import { buildPendingSearchIndex } from '../places/search-index-build.js';
import { createJobsService, type JobsService } from '../jobs/jobs-service.js';
import { createLanguagesService, type LanguagesService } from '../languages/languages-service.js';
import { createLinksService, type LinksService } from '../links/links-service.js';
import { createOsmService, type OsmService } from '../osm/osm-service.js';
import { createPlacePairs, type PlacePairs } from '../places/place-pairs.js';
import { createPlacesService, type PlacesService } from '../places/places-service.js';
import { createProjectInfoService, type ProjectInfoService } from '../project/project-info-service.js';
import { exportProject } from '../transfer/export-service.js';
import { createRoutePlanner } from '../routes/route-planner.js';
import { createRouteQueries } from '../routes/route-queries.js';
import { walkingDistances } from '../routes/walking-distances.js';
import { createElevationService } from '../elevation/elevation-service.js';
import { guideGpx } from '../guides/guide-gpx.js';
import { createGuidesService, type GuidesService } from '../guides/guides-service.js';
import { createMapPrintService, type MapPrintService } from '../guides/map-print-service.js';
import type { ExportedFile } from '../../../shared/codecs/export/export-data.js';
import { createRoutesService, type RoutesService } from '../routes/routes-service.js';
import { createStylingService, type StylingService } from '../styling/styling-service.js';
import { createImportService, type ImportService } from '../transfer/import-service.js';
import { createTransferService, type TransferService } from '../transfer/transfer-service.js';
import { createSnapshotsService, type SnapshotsService } from '../snapshots/snapshots-service.js';
import { createWorkspaceSync, type WorkspaceSync } from '../workspace/workspace-sync.js';
import {
  createWorkspaceService,
  sessionPasswords,
  type WorkspacePasswords,
  type WorkspaceService,
} from '../workspace/workspace-service.js';
import { createServiceContext } from './service-context.js';

// The backend of one open project: every feature's service over one shared context (store, edit
// path, event bus), combined into the object dispatch calls. Each feature lives in its own
// folder (electron/services/<feature>/) and answers exactly its slice of the API contract.

/** Methods the app answers itself, with or without a project (preferences, the project files). */
type AppMethodName =
  (typeof APP_METHOD_NAMES)[number] | (typeof PROJECTS_METHOD_NAMES)[number] | keyof typeof printingApi;
export type ProjectMethodName = Exclude<MethodName, AppMethodName>;

/** Every project method of the contract: what dispatch may call on an open project. */
export type ProjectService = {
  [M in ProjectMethodName]: (input: z.output<Contract[M]['input']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** Heights from the project's elevation file. */
type ElevationService = ServiceOf<typeof elevationApi, 'elevationAt'>;

/** What the CLI, the tile and attachment routes and tests use beside the API methods. */
interface ProjectServiceExtras {
  /** The bytes the HTTP route and the app:// protocol serve; undefined when there are none. */
  attachmentFile(id: number, variant: AttachmentVariant): AttachmentFile | undefined;
  /** Basemap files: the tile route and the CLI's add-basemap use these beside the API. */
  basemapFiles: BasemapFileService;
  /** `itinera import`: a file on disk, every layer with the detected mapping. */
  importFile: ImportService['importFile'];
  /** `itinera export`: the export's data and bytes (GPX with heights when there is an elevation file). */
  exportFile(request: Parameters<typeof exportProject>[1]): ReturnType<typeof exportProject>;
  /** `itinera guide`: the GPX written beside a route's printed guide. */
  guideGpx(routeId: number): Promise<ExportedFile>;
  /** `itinera pairs`: every pair of places of some families within a distance. */
  placePairs: PlacePairs;
  /** `itinera reindex`: builds the full-text index a large import left; answers the places indexed. */
  buildSearchIndex(): number;
  /** The shared workspace (PostGIS): init, clone, push, pull, status, conflicts. */
  workspace: WorkspaceSync;
  /** Lets go of what the project holds outside its file (staged files); the store is closed by its owner. */
  close(): void;
}

/**
 * The service of one open project: every feature's methods (synchronous ones typed as such: the
 * CLI and tests call them directly) and the extras above. It must be a ProjectService: a method
 * of the contract no feature implements fails to compile (project-host.ts hands it to dispatch).
 */
export type ProjectServiceImpl = ProjectInfoService &
  PlacesService &
  AreasService &
  RoutesService &
  LinksService &
  GroupsService &
  EventsService &
  FieldsService &
  AttachmentsService &
  TransferService &
  OsmService &
  JobsService &
  BasemapsService &
  UndoRedoService &
  StylingService &
  LanguagesService &
  ElevationService &
  GuidesService &
  MapPrintService &
  AnalyticsService &
  SnapshotsService &
  WorkspaceService &
  ProjectServiceExtras;

interface ProjectServiceOptions {
  isSample?: boolean;
  /** Where workspace passwords are kept (the desktop's safe storage); the session's by default. */
  passwords?: WorkspacePasswords;
}

function combine(store: ProjectStore, options: ProjectServiceOptions, jobRunner: () => JobRunner): ProjectServiceImpl {
  const context = createServiceContext(store);
  const basemapFiles = createBasemapFileService(store);
  const planner = createRoutePlanner(store);
  const elevation = createElevationService(store);
  const routeQueries = createRouteQueries(context, planner, elevation);
  const onFoot: WalkingDistances = (from, places, withinMetres) => {
    const network = planner.network();
    return network && walkingDistances(network, [from], places, withinMetres);
  };
  const analytics = createAnalyticsService(context, onFoot);
  const workspace = createWorkspaceSync(store);
  // NOTE: routes subscribe to the places' events when created; every service is created before
  // the first call, so no event is missed.
  const readers = {
    ...createProjectInfoService(context, options),
    ...createPlacesService(context, onFoot, () => jobRunner().buildSearchIndex(store.file)),
    ...createAreasService(context),
    ...createRoutesService(context, planner, routeQueries),
    ...createLinksService(context),
    ...createGroupsService(context),
    ...createEventsService(context),
    ...createFieldsService(context),
    ...createLanguagesService(context),
    // Exports read attachment details (JSON-LD credits a site's photos).
    ...createAttachmentsService(context),
  };
  // What an export reads: the lists, and the features' uuids (it writes them beside each feature).
  const exportSource = { ...readers, featureUuids: () => store.identity.exported() };
  // What a printed guide or map says of the project and owes its basemaps.
  const printSources = {
    projectName: () => readers.getProject({}).name,
    attribution: () => [
      ...[readers.getProject({}).basemap?.attribution ?? ''].filter(Boolean),
      ...store.basemapFiles
        .list()
        .filter((file) => file.visible && file.attribution.trim() !== '')
        .map((file) => file.attribution),
    ],
  };
  const methods = {
    ...readers,
    ...createTransferService(context, exportSource, jobRunner, elevation),
    ...createOsmService(context, jobRunner),
    ...createJobsService(jobRunner),
    ...createBasemapsService(basemapFiles),
    ...createUndoRedoService(context),
    ...analytics,
    ...createSnapshotsService(context, analytics),
    ...createStylingService(context),
    elevationAt: (input: { longitude: number; latitude: number }) => routeQueries.elevationAt(input),
    ...createGuidesService(context, {
      details: (id) => routeQueries.getRouteDetails({ id }),
      edges: () => planner.network()?.graph.edges ?? null,
      ...printSources,
    }),
    ...createMapPrintService(context, printSources),
    ...createWorkspaceService(store, workspace, options.passwords ?? sessionPasswords()),
  };
  const extras: ProjectServiceExtras = {
    attachmentFile: (id, variant) => store.attachments.file(id, variant),
    basemapFiles,
    importFile: (file, defaultCategory) => createImportService(store).importFile(file, defaultCategory),
    placePairs: createPlacePairs(store.places),
    buildSearchIndex: () => buildPendingSearchIndex(store),
    workspace,
    guideGpx: (routeId) => guideGpx(methods, routeId, () => elevation.heights()),
    exportFile: (request) => exportProject(exportSource, request, () => elevation.heights(), store.file),
    close: () => {
      basemapFiles.close();
      planner.close();
    },
  };
  return { ...methods, ...extras };
}

export function createProjectService(store: ProjectStore, options: ProjectServiceOptions = {}): ProjectServiceImpl {
  // Created on first use: most commands (and CLI runs) never start a job.
  let runner: JobRunner | undefined;
  return combine(store, options, () => (runner ??= createJobRunner()));
}
