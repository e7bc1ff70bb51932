import { z } from 'zod';
import { ByIdSchema, EmptySchema, method } from './method.js';
import { stagedFileSchema } from './staged-file.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import { validationMessages } from '../i18n/messages/validation.js';

// Tile files a user adds as a basemap or an overlay (issue #4): MBTiles or PMTiles, raster
// (png, jpg, webp), vector (Mapbox Vector Tiles) or elevation (raster-dem, Terrarium or Mapbox
// encoding, drawn as hillshade). The file reaches the backend as an OSM extract does (base64 in
// one call, staged in a private temporary file), is checked and described, then copied into the
// project on `basemaps:item:add`.

export type TileContainer = 'mbtiles' | 'pmtiles';
export type BasemapFileKind = 'raster' | 'vector' | 'raster-dem';
export type BasemapFileRole = 'basemap' | 'overlay';
export type TileFormat = 'png' | 'jpg' | 'webp' | 'pbf';
export const DEM_ENCODINGS = ['terrarium', 'mapbox'] as const;
export type DemEncoding = (typeof DEM_ENCODINGS)[number];

/** The file names a basemap file may have (the reader then decides by content). */
export const TILE_FILE_NAME = /\.(mbtiles|pmtiles)$/i;

export interface VectorLayerInfo {
  id: string;
  /** Attribute names and their types as the file declares them (`String`, `Number`, …). */
  fields: Record<string, string>;
  minZoom: number | null;
  maxZoom: number | null;
}

/** What a tile file holds, read from its metadata (and its first tile where the metadata is silent). */
export interface TileFileDescription {
  fileName: string;
  container: TileContainer;
  name: string;
  kind: BasemapFileKind;
  tileFormat: TileFormat;
  /** Elevation encoding for raster-dem; null otherwise. */
  encoding: DemEncoding | null;
  /** True when the file did not say how elevation is encoded (a raster file may still be a DEM). */
  encodingUnknown: boolean;
  /** [west, south, east, north]; null when the file does not say (then the whole world). */
  bounds: [number, number, number, number] | null;
  minZoom: number;
  maxZoom: number;
  /** Pixels per tile side (raster and raster-dem; 512 for vector). */
  tileSize: number;
  /** Plain text: markup in the file's attribution is removed. */
  attribution: string;
  vectorLayers: VectorLayerInfo[];
  tileCount: number;
}

export interface StagedBasemapFile {
  stagedId: string;
  bytes: number;
  description: TileFileDescription;
}

export interface BasemapFile extends TileFileDescription {
  id: number;
  role: BasemapFileRole;
  /** 0–1. */
  opacity: number;
  visible: boolean;
  /** Drawing order within its role: higher is drawn above. */
  position: number;
}

export const StageBasemapFileSchema = stagedFileSchema({
  name: { pattern: TILE_FILE_NAME, message: problem(m.tileFileName) },
  command: 'add-basemap',
});

const RoleSchema = z.enum(['basemap', 'overlay']);
const EncodingSchema = z.enum(DEM_ENCODINGS);
const OpacitySchema = z
  .number()
  .min(0, problem(validationMessages.between, { minimum: 0, maximum: 1 }))
  .max(1, problem(validationMessages.between, { minimum: 0, maximum: 1 }));

export const AddBasemapFileSchema = z
  .object({
    stagedId: z.string().uuid(),
    role: RoleSchema.default('basemap'),
    /** Treat a raster file as elevation with this encoding (when its metadata does not say). */
    encoding: EncodingSchema.optional(),
    opacity: OpacitySchema.default(1),
  })
  .strict();

export const UpdateBasemapFileSchema = z
  .object({
    id: z.number().int().positive(),
    changes: z
      .object({ role: RoleSchema.optional(), opacity: OpacitySchema.optional(), visible: z.boolean().optional() })
      .strict()
      .refine((changes) => Object.keys(changes).length > 0, problem(m.changeBasemapFile)),
  })
  .strict();

/** The path tiles of an added file are served at (`{z}/{x}/{y}` follow). */
export function basemapFileTilePrefix(id: number): string {
  return `/tiles/files/${id}`;
}

export const basemapsApi = {
  stageBasemapFile: method<typeof StageBasemapFileSchema, StagedBasemapFile>(
    'basemaps:file:stage',
    StageBasemapFileSchema,
  ),
  addBasemapFile: method<typeof AddBasemapFileSchema, BasemapFile>('basemaps:item:add', AddBasemapFileSchema),
  listBasemapFiles: method<typeof EmptySchema, BasemapFile[]>('basemaps:list:query', EmptySchema),
  updateBasemapFile: method<typeof UpdateBasemapFileSchema, BasemapFile>(
    'basemaps:item:update',
    UpdateBasemapFileSchema,
  ),
  removeBasemapFile: method<typeof ByIdSchema, { id: number }>('basemaps:item:remove', ByIdSchema),
};
