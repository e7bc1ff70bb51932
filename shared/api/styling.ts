import { MapStyleChangesSchema, type MapStyleSettings } from '../model/map-style.js';
import { EmptySchema, method } from './method.js';

// How the project's map is drawn (colours per kind), saved in the project.

export const stylingApi = {
  getMapStyle: method<typeof EmptySchema, MapStyleSettings>('settings:map-style:get', EmptySchema),
  updateMapStyle: method<typeof MapStyleChangesSchema, MapStyleSettings>(
    'settings:map-style:update',
    MapStyleChangesSchema,
  ),
};
