import type { z } from 'zod';
import { analyticsApi } from './analytics.js';
import { areasApi } from './areas.js';
import { attachmentsApi } from './attachments.js';
import { basemapsApi } from './basemaps.js';
import { editsApi } from './edits.js';
import { elevationApi } from './elevation.js';
import { ApiError } from './errors.js';
import { issueMessage } from '../i18n/validation.js';
import { eventsApi } from './events.js';
import { fieldsApi } from './fields.js';
import { groupsApi } from './groups.js';
import { jobsApi } from './jobs.js';
import { languagesApi } from './languages.js';
import { linksApi } from './links.js';
import { guidesApi } from './guides.js';
import { mapPrintApi } from './map-print.js';
import { printingApi } from './printing.js';
import { combineSlices } from './method.js';
import { osmApi } from './osm.js';
import { placesApi } from './places.js';
import { preferencesApi } from './preferences.js';
import { projectApi } from './project.js';
import { projectsApi } from './projects.js';
import { routesApi } from './routes.js';
import { snapshotsApi } from './snapshots.js';
import { stylingApi } from './styling.js';
import { transferApi } from './transfer.js';
import { workspaceApi } from './workspace.js';

// The one API contract between the renderer and the backend: the combination of each feature's
// slice (shared/api/<feature>.ts). Each method has a channel name (`domain:thing:verb`), an
// input schema the backend enforces at runtime, and a result type. Both transports (Electron IPC
// and serve-mode HTTP) carry exactly these methods. combineSlices refuses a name or channel twice.

export const contract = combineSlices(
  projectApi,
  projectsApi,
  placesApi,
  areasApi,
  routesApi,
  linksApi,
  groupsApi,
  eventsApi,
  fieldsApi,
  attachmentsApi,
  transferApi,
  osmApi,
  jobsApi,
  basemapsApi,
  editsApi,
  stylingApi,
  preferencesApi,
  elevationApi,
  languagesApi,
  analyticsApi,
  snapshotsApi,
  guidesApi,
  mapPrintApi,
  printingApi,
  workspaceApi,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

/** The API as the renderer sees it: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const CHANNELS = Object.fromEntries(METHOD_NAMES.map((name) => [name, contract[name].channel])) as {
  readonly [M in MethodName]: string;
};

const methodsByChannel = new Map<string, MethodName>(METHOD_NAMES.map((name) => [CHANNELS[name], name]));

export function methodForChannel(channel: string): MethodName | undefined {
  return methodsByChannel.get(channel);
}

/** Validates a payload against a method's schema; the error names the first bad field. */
export function parseInput<M extends MethodName>(name: M, payload: unknown): z.output<Contract[M]['input']> {
  const result = contract[name].input.safeParse(payload ?? {});
  if (result.success) return result.data as z.output<Contract[M]['input']>;
  const issue = result.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  throw new ApiError('invalid-input', issueMessage(issue), field);
}

export { ApiError, unwrapEnvelope, type ApiErrorCode, type ApiErrorData, type Envelope } from './errors.js';
export { NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES, MAX_IMPORT_BASE64_CHARACTERS } from './limits.js';
export * from './project.js';
export * from './projects.js';
export * from './places.js';
export * from './attachments.js';
export * from './edits.js';
export * from './preferences.js';
export * from './routes.js';
export * from './elevation.js';
export * from './languages.js';
export * from './snapshots.js';
export * from './guides.js';
export type { ExportResult, ImportPreview, ImportResult, LayerPreview } from './transfer.js';
export type { JobPhase, JobState, JobStatus, StagedExtract } from './jobs.js';
export type { OsmImportReview, OsmReviewMatch, OsmReviewRemoval } from './osm-review.js';
export type { OsmRule, OsmRuleChanges, OsmRuleInput } from './osm-rules.js';
export type {
  BasemapFile,
  BasemapFileKind,
  BasemapFileRole,
  DemEncoding,
  StagedBasemapFile,
  TileFileDescription,
  VectorLayerInfo,
} from './basemaps.js';
export type { MapStyleSettings } from '../model/map-style.js';
export type { Annotation, Attachment, AttachmentContent } from '../model/attachment-schemas.js';
