import { EmptySchema, method } from './method.js';

// The open project: its name, file, counts, extent and street basemap.

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
  /** Whether the project holds a street network (from an OpenStreetMap import) to route and walk on. */
  hasNetwork: boolean;
}

export interface BasemapInfo {
  /** [west, south, east, north] the tiles cover. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  attribution: string;
}

export const projectApi = {
  getProject: method<typeof EmptySchema, ProjectInfo>('project:info:get', EmptySchema),
};
