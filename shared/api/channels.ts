// Channel names of every API method (`domain:thing:verb`). Kept free of dependencies so the
// sandboxed Electron preload can bundle it without zod or the model.

export const CHANNELS = {
  getProject: 'project:info:get',
  listPlaces: 'places:list:query',
  getPlace: 'places:item:get',
  createPlace: 'places:item:create',
  updatePlace: 'places:item:update',
  deletePlace: 'places:item:delete',
  searchPlaces: 'places:search:query',
  nearbyPlaces: 'places:nearby:query',
  listQuarters: 'quarters:list:query',
  createQuarter: 'quarters:item:create',
  listRoutes: 'routes:list:query',
  createRoute: 'routes:item:create',
  listLinks: 'links:list:query',
  createLink: 'links:item:create',
  deleteLink: 'links:item:delete',
  stageImport: 'import:source:stage',
  planImport: 'import:layer:plan',
  runImport: 'import:source:run',
  discardImport: 'import:source:discard',
  exportData: 'export:data:write',
  getMapStyle: 'settings:map-style:get',
  updateMapStyle: 'settings:map-style:update',
  listAttachments: 'attachments:list:query',
  addAttachment: 'attachments:item:add',
  getAttachmentContent: 'attachments:content:get',
  updateAttachment: 'attachments:item:update',
  removeAttachment: 'attachments:item:remove',
  listAnnotations: 'annotations:list:query',
  createAnnotation: 'annotations:item:create',
  updateAnnotation: 'annotations:item:update',
  deleteAnnotation: 'annotations:item:delete',
} as const;

export type MethodName = keyof typeof CHANNELS;
export const METHOD_NAMES = Object.keys(CHANNELS) as MethodName[];
