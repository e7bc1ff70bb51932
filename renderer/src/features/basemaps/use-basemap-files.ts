import { useCallback, useMemo, useRef, useState } from 'react';
import type {
  Api,
  BasemapFile,
  BasemapFileRole,
  DemEncoding,
  StagedBasemapFile,
} from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { basemapMessages as m } from '../../../../shared/i18n/messages/ui/basemaps.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { MAX_IMPORT_FILE_BYTES } from '../transfer/use-import.js';

// The project's basemap and overlay files: list, add (upload and check the file, then confirm
// its role and, for a raster file that does not say, whether it is elevation), change role,
// opacity and visibility, remove. The list is live (basemaps topic): a change made here, in
// another window or by the command line shows by itself. Opacity follows the slider at once on
// the map and is saved when the slider rests.

export type AddBasemapState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'confirm'; staged: StagedBasemapFile; role: BasemapFileRole; encoding: DemEncoding | 'none' }
  | { step: 'adding'; fileName: string };

const SAVE_OPACITY_AFTER_MILLISECONDS = 300;

/** The project's basemap and overlay files, a live list. */
export const basemapFilesList = liveQuery('basemap-files', ['basemaps'], (api) => api.listBasemapFiles({}));

const NO_FILES: BasemapFile[] = [];

export function useBasemapFiles(
  api: Api,
  /** Called with a file just added (the map shows where it lies). */
  onAdded?: (file: BasemapFile) => void,
) {
  const list = useLiveQuery(basemapFilesList);
  /** Opacities the slider set that are not saved yet: shown over the stored ones. */
  const [opacityDrafts, setOpacityDrafts] = useState<ReadonlyMap<number, number>>(new Map());
  const stored = list.data ?? NO_FILES;
  const files = useMemo(
    () =>
      opacityDrafts.size === 0
        ? stored
        : stored.map((file) => (opacityDrafts.has(file.id) ? { ...file, opacity: opacityDrafts.get(file.id)! } : file)),
    [stored, opacityDrafts],
  );
  const [error, setError] = useState<Notice | null>(null);
  /** A failed read of the list, once dismissed, stays hidden (until another read fails). */
  const [dismissedLoadError, setDismissedLoadError] = useState<unknown>(null);
  const loadFailed = list.error !== null && list.error !== dismissedLoadError;
  const shownError = error ?? (loadFailed ? errorNotice(list.error) : null);
  const [adding, setAdding] = useState<AddBasemapState>({ step: 'idle' });
  const opacityTimers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const onAddedRef = useRef(onAdded);
  onAddedRef.current = onAdded;

  const chooseFile = useCallback(
    async (file: File) => {
      setError(null);
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        setError(messageRef(m.tooLarge, { fileName: file.name, megabytes: Math.ceil(file.size / (1024 * 1024)) }));
        return;
      }
      setAdding({ step: 'reading', fileName: file.name });
      try {
        const contentBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
        const staged = await api.stageBasemapFile({ fileName: file.name, contentBase64 });
        const encoding = staged.description.encoding ?? 'none';
        setAdding({ step: 'confirm', staged, role: 'basemap', encoding });
      } catch (caught) {
        setAdding({ step: 'idle' });
        setError(errorNotice(caught));
      }
    },
    [api],
  );

  const setChoice = useCallback((choice: { role?: BasemapFileRole; encoding?: DemEncoding | 'none' }) => {
    setAdding((current) => (current.step === 'confirm' ? { ...current, ...choice } : current));
  }, []);

  const confirm = useCallback(async () => {
    if (adding.step !== 'confirm') return;
    const { staged, role, encoding } = adding;
    setAdding({ step: 'adding', fileName: staged.description.fileName });
    try {
      // Resolves once the list shows the file.
      const added = await api.addBasemapFile({
        stagedId: staged.stagedId,
        role,
        ...(encoding !== 'none' ? { encoding } : {}),
      });
      onAddedRef.current?.(added);
    } catch (caught) {
      setError(errorNotice(caught));
    }
    setAdding({ step: 'idle' });
  }, [adding, api]);

  const cancelAdd = useCallback(() => setAdding({ step: 'idle' }), []);

  const update = useCallback(
    async (id: number, changes: { role?: BasemapFileRole; visible?: boolean }) => {
      setError(null);
      try {
        await api.updateBasemapFile({ id, changes });
      } catch (caught) {
        setError(errorNotice(caught));
      }
    },
    [api],
  );

  const setOpacity = useCallback(
    (id: number, opacity: number) => {
      setOpacityDrafts((current) => new Map(current).set(id, opacity));
      const timers = opacityTimers.current;
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          api
            .updateBasemapFile({ id, changes: { opacity } })
            .catch((caught: unknown) => setError(errorNotice(caught)))
            .finally(() => {
              // Saved (the list shows it now) or refused (the stored opacity shows again); a
              // newer draft, from the slider moving on meanwhile, stays.
              setOpacityDrafts((current) => {
                if (current.get(id) !== opacity) return current;
                const next = new Map(current);
                next.delete(id);
                return next;
              });
            });
        }, SAVE_OPACITY_AFTER_MILLISECONDS),
      );
    },
    [api],
  );

  const remove = useCallback(
    async (id: number) => {
      setError(null);
      try {
        await api.removeBasemapFile({ id });
      } catch (caught) {
        setError(errorNotice(caught));
      }
    },
    [api],
  );

  return {
    files,
    error: shownError,
    dismissError: () => {
      setError(null);
      setDismissedLoadError(list.error);
    },
    adding,
    chooseFile,
    setChoice,
    confirm,
    cancelAdd,
    update,
    setOpacity,
    remove,
  };
}
export type BasemapFilesController = ReturnType<typeof useBasemapFiles>;
