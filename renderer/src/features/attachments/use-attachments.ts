import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api/contract.js';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/api/limits.js';
import type {
  AnnotatedFeatureType,
  Attachment,
  AttachmentChanges,
} from '../../../../shared/model/attachment-schemas.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { attachmentMessages as m } from '../../../../shared/i18n/messages/ui/attachments.js';
import { useLiveQuery } from '../../api/api-context.js';
import { liveQuery } from '../../api/live-store.js';
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
  describe(id: number, changes: AttachmentChanges): Promise<void>;
}

/** A feature's attachments, a live list: read again on every change to attachments (an undo too). */
export function attachmentsList(featureType: AnnotatedFeatureType, featureId: number) {
  return liveQuery(`attachments ${featureType} ${featureId}`, ['attachments'], (api) =>
    api.listAttachments({ featureType, featureId }),
  );
}

/**
 * A feature's attachments: the list, and adding (with a thumbnail), captioning and removing. The
 * list is live: each change (made here, by an undo or redo, or in another window) is read again,
 * and a write here resolves once it is.
 */
export function useAttachments(api: Api, featureType: AnnotatedFeatureType, featureId: number): AttachmentsController {
  // NOTE: keyed by the feature: after another feature is selected, the old list is never shown
  // for the render before the new one loads.
  const list = useLiveQuery(useMemo(() => attachmentsList(featureType, featureId), [featureType, featureId]));
  const items = list.data ?? null;
  const loadError = list.error ? errorNotice(list.error) : null;
  const [adding, setAdding] = useState<string | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const feature = useRef({ featureType, featureId });
  feature.current = { featureType, featureId };

  // A message belongs to the feature it was about.
  useEffect(() => {
    setError(null);
  }, [featureType, featureId]);

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
          await api.addAttachment({
            ...target,
            fileName: file.name || 'attachment',
            contentBase64: await bytesToBase64Async(bytes),
            ...(thumbnail ? { thumbnailBase64: await bytesToBase64Async(thumbnail) } : {}),
          });
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
      } catch (failure) {
        setError(errorNotice(failure));
        throw failure;
      }
    },
    [api],
  );

  const describe = useCallback(
    async (id: number, changes: AttachmentChanges) => {
      await api.updateAttachment({ id, changes });
    },
    [api],
  );

  return {
    items,
    loadError,
    adding,
    error,
    dismissError: () => setError(null),
    add,
    remove,
    describe,
  };
}
