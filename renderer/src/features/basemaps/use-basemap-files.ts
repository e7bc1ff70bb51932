import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  Api,
  BasemapFile,
  BasemapFileRole,
  DemEncoding,
  StagedBasemapFile,
} from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { basemapMessages as m } from '../../../../shared/i18n/messages/ui/basemaps.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { MAX_IMPORT_FILE_BYTES } from '../transfer/use-import.js';

// The project's basemap and overlay files: list, add (upload and check the file, then confirm
// its role and, for a raster file that does not say, whether it is elevation), change role,
// opacity and visibility, remove. Opacity follows the slider at once on the map and is saved
// when the slider rests.

export type AddBasemapState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'confirm'; staged: StagedBasemapFile; role: BasemapFileRole; encoding: DemEncoding | 'none' }
  | { step: 'adding'; fileName: string };

const SAVE_OPACITY_AFTER_MILLISECONDS = 300;

export function useBasemapFiles(
  api: Api,
  projectKey: string | undefined,
  /** Called with a file just added (the map shows where it lies). */
  onAdded?: (file: BasemapFile) => void,
) {
  const [files, setFiles] = useState<BasemapFile[]>([]);
  const [error, setError] = useState<Notice | null>(null);
  const [adding, setAdding] = useState<AddBasemapState>({ step: 'idle' });
  const opacityTimers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const reload = useCallback(async () => {
    try {
      setFiles(await api.listBasemapFiles({}));
    } catch (caught) {
      setError(errorNotice(caught));
    }
  }, [api]);

  useEffect(() => {
    if (projectKey !== undefined) void reload();
  }, [reload, projectKey]);
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
      const added = await api.addBasemapFile({
        stagedId: staged.stagedId,
        role,
        ...(encoding !== 'none' ? { encoding } : {}),
      });
      await reload();
      onAddedRef.current?.(added);
    } catch (caught) {
      setError(errorNotice(caught));
    }
    setAdding({ step: 'idle' });
  }, [adding, api, reload]);

  const cancelAdd = useCallback(() => setAdding({ step: 'idle' }), []);

  const update = useCallback(
    async (id: number, changes: { role?: BasemapFileRole; visible?: boolean }) => {
      setError(null);
      try {
        const updated = await api.updateBasemapFile({ id, changes });
        setFiles((current) => current.map((file) => (file.id === id ? updated : file)));
      } catch (caught) {
        setError(errorNotice(caught));
      }
    },
    [api],
  );

  const setOpacity = useCallback(
    (id: number, opacity: number) => {
      setFiles((current) => current.map((file) => (file.id === id ? { ...file, opacity } : file)));
      const timers = opacityTimers.current;
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          api.updateBasemapFile({ id, changes: { opacity } }).catch((caught: unknown) => setError(errorNotice(caught)));
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
        setFiles((current) => current.filter((file) => file.id !== id));
      } catch (caught) {
        setError(errorNotice(caught));
      }
    },
    [api],
  );

  return {
    files,
    error,
    dismissError: () => setError(null),
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
