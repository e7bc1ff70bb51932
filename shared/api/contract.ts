import { z } from 'zod';
import {
  CategoryFamilySchema,
  CustomFieldDefinitionChangesSchema,
  CustomFieldDefinitionInputSchema,
  EventChangesSchema,
  EventInputSchema,
  GroupChangesSchema,
  GroupInputSchema,
  GroupMemberSchema,
  IdSchema,
  LatitudeSchema,
  LongitudeSchema,
  LinkChangesSchema,
  LinkInputSchema,
  QuarterChangesSchema,
  RouteChangesSchema,
  type ClusterEvent,
  type CustomFieldDefinition,
  type Group,
  PlaceChangesSchema,
  PlaceInputSchema,
  QuarterInputSchema,
  RouteInputSchema,
  type Link,
  type Place,
  type Quarter,
  type Route,
} from '../model/schemas.js';
import { MapStyleChangesSchema, type MapStyleSettings } from '../model/map-style.js';
import { DEFAULT_NEARBY_FAMILIES, type CategoryId, type SectorId } from '../model/typology.js';
import { PlaceFilterSchema } from '../filter/place-filter.js';
import {
  AddAttachmentSchema,
  AnnotationChangesSchema,
  AnnotationInputSchema,
  AttachmentChangesSchema,
  AttachmentVariantSchema,
  FeatureReferenceSchema,
  type Annotation,
  type Attachment,
  type AttachmentContent,
} from '../model/attachment-schemas.js';
import { CHANNELS, type MethodName } from './channels.js';
import { NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES } from './limits.js';
import {
  DiscardImportSchema,
  ExportDataSchema,
  PlanImportSchema,
  RunImportSchema,
  StageImportSchema,
  type ExportResult,
  type ImportPreview,
  type ImportResult,
  type LayerPreview,
} from './transfer.js';
import { ApiError } from './errors.js';
import {
  AddBasemapFileSchema,
  StageBasemapFileSchema,
  UpdateBasemapFileSchema,
  type BasemapFile,
  type StagedBasemapFile,
} from './basemap-files.js';
import {
  JobIdSchema,
  StageOsmExtractSchema,
  StartOsmImportSchema,
  type JobStatus,
  type StagedExtract,
} from './jobs.js';

export { CHANNELS, METHOD_NAMES, type MethodName } from './channels.js';
export { ApiError, unwrapEnvelope, type ApiErrorCode, type ApiErrorData, type Envelope } from './errors.js';

// The one API contract between the renderer and the backend. Each method has a channel name
// (`domain:thing:verb`), an input schema the backend enforces at runtime, and a result type.
// Both transports (Electron IPC and serve-mode HTTP) carry exactly these methods.

export interface ProjectInfo {
  name: string;
  /** The project file's name, without its folder (the renderer never needs the full path). */
  fileName: string;
  counts: { places: number; quarters: number; routes: number; links: number; groups?: number; events?: number };
  /** [west, south, east, north] of everything in the project, or null when it is empty. */
  bounds: [number, number, number, number] | null;
  isSample: boolean;
  /** The street-level basemap imported from OpenStreetMap (served at tiles/{z}/{x}/{y}), or null. */
  basemap: BasemapInfo | null;
}

export interface BasemapInfo {
  /** [west, south, east, north] the tiles cover. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  attribution: string;
}

export interface SearchHit {
  place: Place;
  /** Matched text with the terms wrapped in «» (plain text, never HTML). */
  snippet: string;
}

/** What a nearby answer tells about each place: enough to list, select and link it. */
export type NearbyPlace = Pick<Place, 'id' | 'name' | 'category' | 'sector' | 'longitude' | 'latitude'>;

export interface NearbyHit {
  /** Lean on purpose: an answer carries up to `limit` places; the full place is one getPlace away. */
  place: NearbyPlace;
  distanceMetres: number;
  /** Whether a link already joins the two places (in either direction). */
  linked: boolean;
}

/**
 * What the map draws of every place, in columns (one array per field, the same position in each):
 * about a fifth of the full list's bytes, and no object per place to build or parse. Category and
 * sector are codes into the small `categories` / `sectors` tables. Ordered by id, like the full list.
 */
export interface MapPlaces {
  ids: number[];
  longitudes: number[];
  latitudes: number[];
  names: string[];
  categoryCodes: number[];
  categories: CategoryId[];
  sectorCodes: number[];
  sectors: (SectorId | null)[];
}

export interface DeletePlaceResult {
  id: number;
  linksRemoved: number;
  stopsRemoved: number;
  attachmentsRemoved: number;
  annotationsRemoved: number;
}

export const AttachmentContentQuerySchema = z
  .object({ id: IdSchema, variant: AttachmentVariantSchema.default('original') })
  .strict();
export const UpdateAttachmentSchema = z.object({ id: IdSchema, changes: AttachmentChangesSchema }).strict();
export const UpdateAnnotationSchema = z.object({ id: IdSchema, changes: AnnotationChangesSchema }).strict();
const ByIdSchema = z.object({ id: IdSchema }).strict();
/** What Undo and Redo would do now (labels such as "Move Gozzoburg"). */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface UndoResult extends UndoState {
  /** The operation undone or redone. */
  label: string;
  /** Tables whose rows changed (places, quarters, links, …): what the renderer reloads. */
  tables: string[];
}

/** The feature types that keep a history, and the table each is stored in. */
export const HISTORY_FEATURE_TABLES = {
  place: 'places',
  quarter: 'quarters',
  route: 'routes',
  link: 'links',
  group: 'cluster_groups',
  event: 'events',
} as const;
export type HistoryFeatureType = keyof typeof HISTORY_FEATURE_TABLES;

export interface FeatureHistoryEntry {
  operationId: number;
  /** The user's action, e.g. "Move Gozzoburg"; undos and redos read "Undo …" / "Redo …". */
  label: string;
  kind: 'edit' | 'undo' | 'redo';
  action: 'create' | 'update' | 'delete';
  /** Stored columns that changed (name, geom, custom_fields, …). */
  changedFields: string[];
  /** When (ISO 8601, UTC). */
  at: string;
}

export const FeatureHistoryQuerySchema = z
  .object({
    featureType: z.enum(Object.keys(HISTORY_FEATURE_TABLES) as [HistoryFeatureType, ...HistoryFeatureType[]], {
      error: 'is not a feature type with a history',
    }),
    id: IdSchema,
    limit: z.number().int().positive().max(1000).default(200),
  })
  .strict();

export { NEARBY_DEFAULT_METRES, NEARBY_MAX_METRES, MAX_IMPORT_BASE64_CHARACTERS } from './limits.js';
export type { ExportResult, ImportPreview, ImportResult, LayerPreview } from './transfer.js';
export type { JobPhase, JobState, JobStatus, StagedExtract } from './jobs.js';
export type {
  BasemapFile,
  BasemapFileKind,
  BasemapFileRole,
  DemEncoding,
  StagedBasemapFile,
  TileFileDescription,
  VectorLayerInfo,
} from './basemap-files.js';
export type { MapStyleSettings } from '../model/map-style.js';
export type { Annotation, Attachment, AttachmentContent } from '../model/attachment-schemas.js';

const EmptySchema = z.object({}).strict();

/**
 * The map's first paint: only the facets a place's category and sector decide (the rest of the
 * workspace filter needs fields the lean answer leaves out, so the renderer waits for the full list).
 */
export const MapPlacesQuerySchema = PlaceFilterSchema.pick({ families: true, categories: true, sectors: true });

export const NearbyQuerySchema = z
  .object({
    placeId: IdSchema,
    withinMetres: z.number().positive('must be more than 0').max(NEARBY_MAX_METRES).default(NEARBY_DEFAULT_METRES),
    families: z
      .array(CategoryFamilySchema)
      .min(1)
      .default([...DEFAULT_NEARBY_FAMILIES]),
    limit: z.number().int().positive().max(1000).default(200),
  })
  .strict();

export const SearchQuerySchema = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(200),
    limit: z.number().int().positive().max(200).default(20),
  })
  .strict();

/** Several places at once (the map's multi-select): one call, one undo step. */
export const DeletePlacesSchema = z
  .object({ ids: z.array(IdSchema).min(1, 'must name at least one place').max(10_000) })
  .strict();
export const MovePlacesSchema = z
  .object({
    moves: z
      .array(z.object({ id: IdSchema, longitude: LongitudeSchema, latitude: LatitudeSchema }).strict())
      .min(1, 'must move at least one place')
      .max(10_000),
  })
  .strict();

const QuarterUpdateSchema = z.object({ id: IdSchema, changes: QuarterChangesSchema }).strict();
const RouteUpdateSchema = z.object({ id: IdSchema, changes: RouteChangesSchema }).strict();
const LinkUpdateSchema = z.object({ id: IdSchema, changes: LinkChangesSchema }).strict();
const GroupUpdateSchema = z.object({ id: IdSchema, changes: GroupChangesSchema }).strict();
const EventUpdateSchema = z.object({ id: IdSchema, changes: EventChangesSchema }).strict();
const CustomFieldUpdateSchema = z.object({ id: IdSchema, changes: CustomFieldDefinitionChangesSchema }).strict();

function method<Input extends z.ZodType, Result>(channel: (typeof CHANNELS)[MethodName], input: Input) {
  return { channel, input, result: undefined as unknown as Result };
}

export const contract = {
  getProject: method<typeof EmptySchema, ProjectInfo>(CHANNELS.getProject, EmptySchema),
  listPlaces: method<typeof EmptySchema, Place[]>(CHANNELS.listPlaces, EmptySchema),
  mapPlaces: method<typeof MapPlacesQuerySchema, MapPlaces>(CHANNELS.mapPlaces, MapPlacesQuerySchema),
  getPlace: method<z.ZodObject<{ id: typeof IdSchema }>, Place>(CHANNELS.getPlace, z.object({ id: IdSchema }).strict()),
  createPlace: method<typeof PlaceInputSchema, Place>(CHANNELS.createPlace, PlaceInputSchema),
  updatePlace: method<z.ZodObject<{ id: typeof IdSchema; changes: typeof PlaceChangesSchema }>, Place>(
    CHANNELS.updatePlace,
    z.object({ id: IdSchema, changes: PlaceChangesSchema }).strict(),
  ),
  deletePlace: method<z.ZodObject<{ id: typeof IdSchema }>, DeletePlaceResult>(
    CHANNELS.deletePlace,
    z.object({ id: IdSchema }).strict(),
  ),
  searchPlaces: method<typeof SearchQuerySchema, SearchHit[]>(CHANNELS.searchPlaces, SearchQuerySchema),
  nearbyPlaces: method<typeof NearbyQuerySchema, NearbyHit[]>(CHANNELS.nearbyPlaces, NearbyQuerySchema),
  listQuarters: method<typeof EmptySchema, Quarter[]>(CHANNELS.listQuarters, EmptySchema),
  createQuarter: method<typeof QuarterInputSchema, Quarter>(CHANNELS.createQuarter, QuarterInputSchema),
  listRoutes: method<typeof EmptySchema, Route[]>(CHANNELS.listRoutes, EmptySchema),
  createRoute: method<typeof RouteInputSchema, Route>(CHANNELS.createRoute, RouteInputSchema),
  listLinks: method<typeof EmptySchema, Link[]>(CHANNELS.listLinks, EmptySchema),
  createLink: method<typeof LinkInputSchema, Link>(CHANNELS.createLink, LinkInputSchema),
  deleteLink: method<z.ZodObject<{ id: typeof IdSchema }>, { id: number }>(
    CHANNELS.deleteLink,
    z.object({ id: IdSchema }).strict(),
  ),
  stageImport: method<typeof StageImportSchema, ImportPreview>(CHANNELS.stageImport, StageImportSchema),
  planImport: method<typeof PlanImportSchema, LayerPreview>(CHANNELS.planImport, PlanImportSchema),
  runImport: method<typeof RunImportSchema, ImportResult>(CHANNELS.runImport, RunImportSchema),
  discardImport: method<typeof DiscardImportSchema, { importId: string }>(CHANNELS.discardImport, DiscardImportSchema),
  exportData: method<typeof ExportDataSchema, ExportResult>(CHANNELS.exportData, ExportDataSchema),
  stageOsmExtract: method<typeof StageOsmExtractSchema, StagedExtract>(CHANNELS.stageOsmExtract, StageOsmExtractSchema),
  startOsmImport: method<typeof StartOsmImportSchema, JobStatus>(CHANNELS.startOsmImport, StartOsmImportSchema),
  getJob: method<typeof JobIdSchema, JobStatus>(CHANNELS.getJob, JobIdSchema),
  cancelJob: method<typeof JobIdSchema, JobStatus>(CHANNELS.cancelJob, JobIdSchema),
  deletePlaces: method<typeof DeletePlacesSchema, DeletePlaceResult[]>(CHANNELS.deletePlaces, DeletePlacesSchema),
  movePlaces: method<typeof MovePlacesSchema, Place[]>(CHANNELS.movePlaces, MovePlacesSchema),
  getMapStyle: method<typeof EmptySchema, MapStyleSettings>(CHANNELS.getMapStyle, EmptySchema),
  updateMapStyle: method<typeof MapStyleChangesSchema, MapStyleSettings>(
    CHANNELS.updateMapStyle,
    MapStyleChangesSchema,
  ),
  listAttachments: method<typeof FeatureReferenceSchema, Attachment[]>(
    CHANNELS.listAttachments,
    FeatureReferenceSchema,
  ),
  addAttachment: method<typeof AddAttachmentSchema, Attachment>(CHANNELS.addAttachment, AddAttachmentSchema),
  getAttachmentContent: method<typeof AttachmentContentQuerySchema, AttachmentContent>(
    CHANNELS.getAttachmentContent,
    AttachmentContentQuerySchema,
  ),
  updateAttachment: method<typeof UpdateAttachmentSchema, Attachment>(
    CHANNELS.updateAttachment,
    UpdateAttachmentSchema,
  ),
  removeAttachment: method<typeof ByIdSchema, { id: number }>(CHANNELS.removeAttachment, ByIdSchema),
  listAnnotations: method<typeof FeatureReferenceSchema, Annotation[]>(
    CHANNELS.listAnnotations,
    FeatureReferenceSchema,
  ),
  createAnnotation: method<typeof AnnotationInputSchema, Annotation>(CHANNELS.createAnnotation, AnnotationInputSchema),
  updateAnnotation: method<typeof UpdateAnnotationSchema, Annotation>(
    CHANNELS.updateAnnotation,
    UpdateAnnotationSchema,
  ),
  deleteAnnotation: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteAnnotation, ByIdSchema),
  updateQuarter: method<typeof QuarterUpdateSchema, Quarter>(CHANNELS.updateQuarter, QuarterUpdateSchema),
  deleteQuarter: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteQuarter, ByIdSchema),
  updateRoute: method<typeof RouteUpdateSchema, Route>(CHANNELS.updateRoute, RouteUpdateSchema),
  deleteRoute: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteRoute, ByIdSchema),
  updateLink: method<typeof LinkUpdateSchema, Link>(CHANNELS.updateLink, LinkUpdateSchema),
  listGroups: method<typeof EmptySchema, Group[]>(CHANNELS.listGroups, EmptySchema),
  createGroup: method<typeof GroupInputSchema, Group>(CHANNELS.createGroup, GroupInputSchema),
  updateGroup: method<typeof GroupUpdateSchema, Group>(CHANNELS.updateGroup, GroupUpdateSchema),
  deleteGroup: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteGroup, ByIdSchema),
  addGroupMember: method<typeof GroupMemberSchema, Group>(CHANNELS.addGroupMember, GroupMemberSchema),
  removeGroupMember: method<typeof GroupMemberSchema, Group>(CHANNELS.removeGroupMember, GroupMemberSchema),
  listEvents: method<typeof EmptySchema, ClusterEvent[]>(CHANNELS.listEvents, EmptySchema),
  createEvent: method<typeof EventInputSchema, ClusterEvent>(CHANNELS.createEvent, EventInputSchema),
  updateEvent: method<typeof EventUpdateSchema, ClusterEvent>(CHANNELS.updateEvent, EventUpdateSchema),
  deleteEvent: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteEvent, ByIdSchema),
  listCustomFields: method<typeof EmptySchema, CustomFieldDefinition[]>(CHANNELS.listCustomFields, EmptySchema),
  createCustomField: method<typeof CustomFieldDefinitionInputSchema, CustomFieldDefinition>(
    CHANNELS.createCustomField,
    CustomFieldDefinitionInputSchema,
  ),
  updateCustomField: method<typeof CustomFieldUpdateSchema, CustomFieldDefinition>(
    CHANNELS.updateCustomField,
    CustomFieldUpdateSchema,
  ),
  deleteCustomField: method<typeof ByIdSchema, { id: number }>(CHANNELS.deleteCustomField, ByIdSchema),
  undo: method<typeof EmptySchema, UndoResult>(CHANNELS.undo, EmptySchema),
  redo: method<typeof EmptySchema, UndoResult>(CHANNELS.redo, EmptySchema),
  getUndoState: method<typeof EmptySchema, UndoState>(CHANNELS.getUndoState, EmptySchema),
  getFeatureHistory: method<typeof FeatureHistoryQuerySchema, FeatureHistoryEntry[]>(
    CHANNELS.getFeatureHistory,
    FeatureHistoryQuerySchema,
  ),
  stageBasemapFile: method<typeof StageBasemapFileSchema, StagedBasemapFile>(
    CHANNELS.stageBasemapFile,
    StageBasemapFileSchema,
  ),
  addBasemapFile: method<typeof AddBasemapFileSchema, BasemapFile>(CHANNELS.addBasemapFile, AddBasemapFileSchema),
  listBasemapFiles: method<typeof EmptySchema, BasemapFile[]>(CHANNELS.listBasemapFiles, EmptySchema),
  updateBasemapFile: method<typeof UpdateBasemapFileSchema, BasemapFile>(
    CHANNELS.updateBasemapFile,
    UpdateBasemapFileSchema,
  ),
  removeBasemapFile: method<typeof ByIdSchema, { id: number }>(CHANNELS.removeBasemapFile, ByIdSchema),
} as const satisfies Record<MethodName, unknown>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

/** The API as the renderer sees it: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>> };

const methodsByChannel = new Map<string, MethodName>(
  (Object.keys(CHANNELS) as MethodName[]).map((name) => [CHANNELS[name], name]),
);

export function methodForChannel(channel: string): MethodName | undefined {
  return methodsByChannel.get(channel);
}

/** Validates a payload against a method's schema; the error names the first bad field. */
export function parseInput<M extends MethodName>(name: M, payload: unknown): z.output<Contract[M]['input']> {
  const result = contract[name].input.safeParse(payload ?? {});
  if (result.success) return result.data as z.output<Contract[M]['input']>;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const detail = issue ? issue.message : 'invalid';
  const message = field ? `${contract[name].channel}: ${field}: ${detail}` : `${contract[name].channel}: ${detail}`;
  throw new ApiError('invalid-input', message, field);
}
