import type { basemapsApi } from '../../../shared/api/basemaps.js';
import type { ServiceOf } from '../core/service-of.js';
import type { BasemapFileService } from './basemap-file-service.js';

// Basemap and overlay files as the API offers them (stage, add, list, change, remove); the tile
// route and `itinera add-basemap` use the file service beside it.

export type BasemapsService = ServiceOf<typeof basemapsApi, 'stageBasemapFile' | 'addBasemapFile'>;

export function createBasemapsService(files: BasemapFileService): BasemapsService {
  return {
    stageBasemapFile: (input) => files.stageBasemapFile(input),
    addBasemapFile: (input) => files.addBasemapFile(input),
    listBasemapFiles: () => files.listBasemapFiles(),
    updateBasemapFile: (input) => files.updateBasemapFile(input),
    removeBasemapFile: (input) => files.removeBasemapFile(input),
  };
}
