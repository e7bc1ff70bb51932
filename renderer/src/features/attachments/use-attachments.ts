import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api/contract.js';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/api/limits.js';
import type { AnnotatedFeatureType, Attachment } from '../../../../shared/model/attachment-schemas.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { bytesToBase64Async } from '../../util/base64.js';
import { makeThumbnail } from './make-thumbnail.js';

export interface AttachmentsController {
  items: Attachment[] | null;
  loadError: Notice | null;
  /** The file being added now, for the progress line. */
  adding: string | null;
  error: Notice | null;
  dismissError(): void;
  add(files: readonly File[]): Promise<void>;
  remove(id: number): Promise<void>;
  setCaption(id: number, caption: string): Promise<void>;
}

/**
 * A feature's attachments: the list, and adding (with a thumbnail), captioning and removing.
 * `revision` counts the project's confirmed changes: the list is read again on each, so an undo or
 * redo of an attachment (or of the feature's deletion) shows without reselecting. `onEdited` is
 * told after each change made here, so the app reads the undo state again and bumps the revision.
 */
export function useAttachments(
  api: Api,
  featureType: AnnotatedFeatureType,
  featureId: number,
  revision = 0,
  onEdited?: () => void,
): AttachmentsController {
  // The list with the feature it belongs to: after another feature is selected, the old list is
  // never shown for the render before the new one loads.
  const [loaded, setLoaded] = useState<{ key: string; items: Attachment[] } | null>(null);
  const key = `${featureType}/${featureId}`;
  const items = loaded?.key === key ? loaded.items : null;
  const setItems = useCallback(
    (update: (list: Attachment[] | null) => Attachment[] | null) =>
      setLoaded((current) => {
        const next = update(current?.key === key ? current.items : null);
        return next === null ? null : { key, items: next };
      }),
    [key],
  );
  const [loadError, setLoadError] = useState<Notice | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const feature = useRef({ featureType, featureId });
  feature.current = { featureType, featureId };
  const edited = useRef(onEdited);
  edited.current = onEdited;

  // A message belongs to the feature it was about.
  useEffect(() => {
    setError(null);
  }, [featureType, featureId]);

  useEffect(() => {
    let current = true;
    setLoadError(null);
    api
      .listAttachments({ featureType, featureId })
      .then((list) => current && setLoaded({ key: `${featureType}/${featureId}`, items: list }))
      .catch((failure: unknown) => current && setLoadError(errorNotice(failure)));
    return () => {
      current = false;
    };
  }, [api, featureType, featureId, revision]);

  const add = useCallback(
    async (files: readonly File[]) => {
      const target = { ...feature.current };
      setError(null);
      for (const file of files) {
        // NOTE: checked here too, so a huge file is refused before it is read and encoded.
        if (file.size > MAX_ATTACHMENT_BYTES) {
          setError(
            messageRef(m.tooLarge, {
              fileName: file.name,
              megabytes: Math.round(MAX_ATTACHMENT_BYTES / (1024 * 1024)),
            }),
          );
          continue;
        }
        setAdding(file.name);
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const thumbnail = await makeThumbnail(file);
          const added = await api.addAttachment({
            ...target,
            fileName: file.name || 'attachment',
            contentBase64: await bytesToBase64Async(bytes),
            ...(thumbnail ? { thumbnailBase64: await bytesToBase64Async(thumbnail) } : {}),
          });
          // Only into the list of the feature it was added to (the user may have moved on).
          // NOTE: a reload for another revision may have listed it already.
          setLoaded((current) =>
            current?.key === `${target.featureType}/${target.featureId}`
              ? { key: current.key, items: [...current.items.filter((item) => item.id !== added.id), added] }
              : current,
          );
          edited.current?.();
        } catch (failure) {
          setError(errorNotice(failure));
        }
      }
      setAdding(null);
    },
    [api],
  );

  const remove = useCallback(
    async (id: number) => {
      setError(null);
      try {
        await api.removeAttachment({ id });
        setItems((list) => list?.filter((item) => item.id !== id) ?? null);
        edited.current?.();
      } catch (failure) {
        setError(errorNotice(failure));
        throw failure;
      }
    },
    [api, setItems],
  );

  const setCaption = useCallback(
    async (id: number, caption: string) => {
      const updated = await api.updateAttachment({ id, changes: { caption } });
      setItems((list) => list?.map((item) => (item.id === id ? updated : item)) ?? null);
      edited.current?.();
    },
    [api, setItems],
  );

  return {
    items,
    loadError,
    adding,
    error,
    dismissError: () => setError(null),
    add,
    remove,
    setCaption,
  };
}
