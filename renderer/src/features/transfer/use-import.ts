import { useCallback, useMemo, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api/contract.js';
import type { ImportPreview, ImportResult, LayerPreview } from '../../../../shared/api/transfer.js';
import type { ImportMapping } from '../../../../shared/codecs/import/plan-import.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { MAX_IMPORT_BASE64_CHARACTERS } from '../../../../shared/api/limits.js';

// The import flow: read a file, stage it (the backend reads it and detects a mapping), let the
// user adjust each layer's mapping while the backend recomputes what would be imported, then run
// it (one transaction, written by a job while the app keeps answering) or discard it; Cancel
// while it runs discards it too (the job stops, nothing is written). Every step that can outlive a cancel checks that it still
// belongs to the current session, so a late answer never reopens a closed dialog.

/** The API takes at most MAX_IMPORT_BASE64_CHARACTERS of base64 (4 characters per 3 bytes);
 *  checked before reading the file into memory. */
export const MAX_IMPORT_FILE_BYTES = (MAX_IMPORT_BASE64_CHARACTERS / 4) * 3;

export interface ImportLayer {
  preview: LayerPreview;
  include: boolean;
  /** A planImport call for this layer is under way. */
  planning: boolean;
}

export type ImportState =
  | { step: 'closed' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; message: Notice }
  | {
      step: 'preview';
      importId: string;
      fileName: string;
      format: string;
      layers: ImportLayer[];
      layerIndex: number;
      running: boolean;
      error: Notice | null;
    };

export type PreviewState = Extract<ImportState, { step: 'preview' }>;

export interface ImportController {
  state: ImportState;
  open(file: File): void;
  selectLayer(index: number): void;
  setMapping(index: number, mapping: ImportMapping): void;
  setInclude(index: number, include: boolean): void;
  run(): void;
  cancel(): void;
}

export type Planned = LayerPreview['planned'];

/** What the included layers would import, all together. */
export function plannedTotal(layers: readonly ImportLayer[]): Planned {
  const total = { places: 0, quarters: 0, routes: 0 };
  for (const layer of layers) {
    if (!layer.include) continue;
    total.places += layer.preview.planned.places;
    total.quarters += layer.preview.planned.quarters;
    total.routes += layer.preview.planned.routes;
  }
  return total;
}

export function canRunImport(state: PreviewState): boolean {
  const total = plannedTotal(state.layers);
  return (
    !state.running && state.layers.every((layer) => !layer.planning) && total.places + total.quarters + total.routes > 0
  );
}

function initialPreview(preview: ImportPreview): PreviewState {
  const layers = preview.layers.map((layer) => ({ preview: layer, include: true, planning: false }));
  const firstUseful = layers.findIndex(
    ({ preview: layer }) => layer.planned.places + layer.planned.quarters + layer.planned.routes > 0,
  );
  return {
    step: 'preview',
    importId: preview.importId,
    fileName: preview.fileName,
    format: preview.format,
    layers,
    layerIndex: Math.max(0, firstUseful),
    running: false,
    error: null,
  };
}

export function useImport(
  api: Api,
  onImported: (result: ImportResult, fileName: string) => Promise<void>,
  /** An import cancelled while it was written: why it stopped (nothing was added). */
  onStopped?: (notice: Notice) => void,
): ImportController {
  const [state, setStateValue] = useState<ImportState>({ step: 'closed' });
  const stateRef = useRef(state);
  const session = useRef(0);
  const planRequests = useRef(new Map<number, number>());
  const onImportedRef = useRef(onImported);
  onImportedRef.current = onImported;
  const onStoppedRef = useRef(onStopped);
  onStoppedRef.current = onStopped;

  const setState = useCallback((update: ImportState | ((current: ImportState) => ImportState)) => {
    const next = typeof update === 'function' ? update(stateRef.current) : update;
    stateRef.current = next;
    setStateValue(next);
  }, []);

  /** Changes the preview, if the session that asked is still the current one. */
  const updatePreview = useCallback(
    (owner: number, update: (current: PreviewState) => PreviewState) => {
      if (owner !== session.current) return;
      setState((current) => (current.step === 'preview' ? update(current) : current));
    },
    [setState],
  );

  const open = useCallback(
    (file: File) => {
      const owner = ++session.current;
      const fileName = file.name;
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        const megabytes = Math.ceil(file.size / (1024 * 1024));
        setState({
          step: 'failed',
          fileName,
          message: messageRef(m.tooLarge, { fileName, megabytes, limit: MAX_IMPORT_FILE_BYTES / (1024 * 1024) }),
        });
        return;
      }
      setState({ step: 'reading', fileName });
      void (async () => {
        let contentBase64: string;
        try {
          contentBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
        } catch (error) {
          if (owner === session.current)
            setState({
              step: 'failed',
              fileName,
              message: messageRef(m.notReadable, { fileName, reason: errorNotice(error) }),
            });
          return;
        }
        if (owner !== session.current) return;
        try {
          const preview = await api.stageImport({ fileName, contentBase64 });
          if (owner !== session.current) {
            void api.discardImport({ importId: preview.importId }).catch(() => {});
            return;
          }
          planRequests.current.clear();
          setState(initialPreview(preview));
        } catch (error) {
          // The backend's message names the file, where and why: shown as it is.
          if (owner === session.current) setState({ step: 'failed', fileName, message: errorNotice(error) });
        }
      })();
    },
    [api, setState],
  );

  const setMapping = useCallback(
    (index: number, mapping: ImportMapping) => {
      const current = stateRef.current;
      if (current.step !== 'preview') return;
      const layer = current.layers[index];
      if (!layer) return;
      const owner = session.current;
      const request = (planRequests.current.get(index) ?? 0) + 1;
      planRequests.current.set(index, request);
      const patchLayer = (state: PreviewState, patch: (layer: ImportLayer) => ImportLayer): PreviewState => ({
        ...state,
        layers: state.layers.map((entry, position) => (position === index ? patch(entry) : entry)),
      });
      updatePreview(owner, (state) => ({
        ...patchLayer(state, (entry) => ({ ...entry, planning: true, preview: { ...entry.preview, mapping } })),
        error: null,
      }));
      api
        .planImport({ importId: current.importId, layer: layer.preview.index, mapping })
        .then((preview) => {
          if (planRequests.current.get(index) !== request) return;
          updatePreview(owner, (state) => patchLayer(state, (entry) => ({ ...entry, planning: false, preview })));
        })
        .catch((error: unknown) => {
          if (planRequests.current.get(index) !== request) return;
          updatePreview(owner, (state) => ({
            ...patchLayer(state, (entry) => ({ ...entry, planning: false })),
            error: errorNotice(error),
          }));
        });
    },
    [api, updatePreview],
  );

  const selectLayer = useCallback(
    (index: number) => updatePreview(session.current, (state) => ({ ...state, layerIndex: index })),
    [updatePreview],
  );

  const setInclude = useCallback(
    (index: number, include: boolean) =>
      updatePreview(session.current, (state) => ({
        ...state,
        layers: state.layers.map((entry, position) => (position === index ? { ...entry, include } : entry)),
      })),
    [updatePreview],
  );

  const run = useCallback(() => {
    const current = stateRef.current;
    if (current.step !== 'preview' || !canRunImport(current)) return;
    const owner = session.current;
    updatePreview(owner, (state) => ({ ...state, running: true, error: null }));
    const layers = current.layers
      .filter((layer) => layer.include)
      .map((layer) => ({ layer: layer.preview.index, mapping: layer.preview.mapping }));
    void (async () => {
      let result: ImportResult;
      try {
        result = await api.runImport({ importId: current.importId, layers });
      } catch (error) {
        // Cancelled while it ran: the dialog is closed; the app says that nothing was added.
        if (owner !== session.current) onStoppedRef.current?.(errorNotice(error));
        else updatePreview(owner, (state) => ({ ...state, running: false, error: errorNotice(error) }));
        return;
      }
      // Imported: the dialog closes whatever the refresh afterwards does.
      if (owner === session.current) {
        session.current += 1;
        setState({ step: 'closed' });
      }
      await onImportedRef.current(result, current.fileName);
    })();
  }, [api, setState, updatePreview]);

  const cancel = useCallback(() => {
    const current = stateRef.current;
    // Discarding an import that is being written cancels its job.
    if (current.step === 'preview') void api.discardImport({ importId: current.importId }).catch(() => {});
    session.current += 1;
    setState({ step: 'closed' });
  }, [api, setState]);

  return useMemo(
    () => ({ state, open, selectLayer, setMapping, setInclude, run, cancel }),
    [state, open, selectLayer, setMapping, setInclude, run, cancel],
  );
}
