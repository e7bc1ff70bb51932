import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type MethodName } from '../../shared/api/channels.js';
import type { Api, MethodInput, MethodResult } from '../../shared/api/contract.js';
import { ApiError, unwrapEnvelope, type ApiErrorData, type Envelope } from '../../shared/api/errors.js';

// The sandboxed preload: exposes `window.itinera`, one function per API method, and nothing else.
// Each call goes to the main process over the method's channel and resolves with the value, or
// rejects with the error the backend gave (code, message and the field at fault).

/**
 * What a failed call rejects with: the ApiError's data as a plain object.
 * NOTE: contextBridge copies an Error into the page with its message only ("any custom properties
 * on the Error object will be lost"), so rejecting with the ApiError itself would drop `code` and
 * `field`. A plain object crosses intact; the renderer turns it back into its own ApiError
 * (renderer/src/api/create-api.ts, toApiError), as it must anyway: the page's ApiError class is
 * not the preload's.
 */
function bridgeError(error: unknown): ApiErrorData & { name: 'ApiError' } {
  if (error instanceof ApiError) return { name: 'ApiError', ...error.toData() };
  // IPC itself failed (no handler, main process gone): not the backend's answer.
  const message = error instanceof Error ? error.message : String(error);
  return { name: 'ApiError', code: 'internal', message };
}

function invoke<M extends MethodName>(name: M) {
  return async (input: MethodInput<M>): Promise<MethodResult<M>> => {
    try {
      // The page's language (the renderer keeps <html lang> current): errors come back in it.
      const locale = (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement
        ?.lang;
      const envelope = (await ipcRenderer.invoke(CHANNELS[name], input, locale)) as Envelope<MethodResult<M>>;
      return unwrapEnvelope(envelope);
    } catch (error) {
      throw bridgeError(error);
    }
  };
}

// NOTE: listed one by one (not built in a loop) so `satisfies Api` catches a missing or extra method.
const api = {
  getProject: invoke('getProject'),
  listPlaces: invoke('listPlaces'),
  mapPlaces: invoke('mapPlaces'),
  getPlace: invoke('getPlace'),
  createPlace: invoke('createPlace'),
  updatePlace: invoke('updatePlace'),
  deletePlace: invoke('deletePlace'),
  searchPlaces: invoke('searchPlaces'),
  nearbyPlaces: invoke('nearbyPlaces'),
  listQuarters: invoke('listQuarters'),
  createQuarter: invoke('createQuarter'),
  listRoutes: invoke('listRoutes'),
  createRoute: invoke('createRoute'),
  listLinks: invoke('listLinks'),
  createLink: invoke('createLink'),
  deleteLink: invoke('deleteLink'),
  stageImport: invoke('stageImport'),
  planImport: invoke('planImport'),
  runImport: invoke('runImport'),
  discardImport: invoke('discardImport'),
  exportData: invoke('exportData'),
  deletePlaces: invoke('deletePlaces'),
  movePlaces: invoke('movePlaces'),
  getMapStyle: invoke('getMapStyle'),
  updateMapStyle: invoke('updateMapStyle'),
  listAttachments: invoke('listAttachments'),
  addAttachment: invoke('addAttachment'),
  getAttachmentContent: invoke('getAttachmentContent'),
  updateAttachment: invoke('updateAttachment'),
  removeAttachment: invoke('removeAttachment'),
  listAnnotations: invoke('listAnnotations'),
  createAnnotation: invoke('createAnnotation'),
  updateAnnotation: invoke('updateAnnotation'),
  deleteAnnotation: invoke('deleteAnnotation'),
  updateQuarter: invoke('updateQuarter'),
  deleteQuarter: invoke('deleteQuarter'),
  updateRoute: invoke('updateRoute'),
  deleteRoute: invoke('deleteRoute'),
  updateLink: invoke('updateLink'),
  listGroups: invoke('listGroups'),
  createGroup: invoke('createGroup'),
  updateGroup: invoke('updateGroup'),
  deleteGroup: invoke('deleteGroup'),
  addGroupMember: invoke('addGroupMember'),
  removeGroupMember: invoke('removeGroupMember'),
  listEvents: invoke('listEvents'),
  createEvent: invoke('createEvent'),
  updateEvent: invoke('updateEvent'),
  deleteEvent: invoke('deleteEvent'),
  listCustomFields: invoke('listCustomFields'),
  createCustomField: invoke('createCustomField'),
  updateCustomField: invoke('updateCustomField'),
  deleteCustomField: invoke('deleteCustomField'),
  undo: invoke('undo'),
  redo: invoke('redo'),
  getUndoState: invoke('getUndoState'),
  getFeatureHistory: invoke('getFeatureHistory'),
  stageOsmExtract: invoke('stageOsmExtract'),
  startOsmImport: invoke('startOsmImport'),
  getJob: invoke('getJob'),
  cancelJob: invoke('cancelJob'),
  stageBasemapFile: invoke('stageBasemapFile'),
  addBasemapFile: invoke('addBasemapFile'),
  listBasemapFiles: invoke('listBasemapFiles'),
  updateBasemapFile: invoke('updateBasemapFile'),
  removeBasemapFile: invoke('removeBasemapFile'),
} satisfies Api;

contextBridge.exposeInMainWorld('itinera', api);
