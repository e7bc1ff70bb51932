import { messageRef } from '../../../shared/i18n/define-messages.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import type { z } from 'zod';
import { ApiError, type Contract } from '../../../shared/api/contract.js';
import { MAX_ATTACHMENT_BYTES, MAX_THUMBNAIL_BYTES } from '../../../shared/api/limits.js';
import { isThumbnailType, sniffAttachmentType } from '../../../shared/codecs/attachments/sniff-content-type.js';
import {
  ANNOTATED_FEATURE_TABLES,
  type AnnotatedFeatureType,
  type Annotation,
  type Attachment,
  type AttachmentContent,
  type AttachmentVariant,
} from '../../../shared/model/attachment-schemas.js';
import type { AttachmentFile, ProjectStore } from '../../store/project-store.js';
import type { EditService } from '../edits/edit-service.js';

// Attachments and annotations of any feature, on validated input. Every write goes through the
// single edit path (one transaction, one undo step): a refused file (too large, wrong type,
// unknown feature) writes nothing; attaching, captioning and removing are undone like any edit.

type Input<M extends keyof Contract> = z.output<Contract[M]['input']>;

const FEATURE_LABELS: Record<AnnotatedFeatureType, string> = {
  place: 'place',
  quarter: 'quarter',
  route: 'route',
  event: 'event',
  group: 'group',
};

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function createAttachmentService(store: ProjectStore, edits: EditService) {
  const { attachments, annotations } = store;

  function requireFeature(featureType: AnnotatedFeatureType, featureId: number): void {
    const lookUp: Record<AnnotatedFeatureType, (id: number) => unknown> = {
      place: (id) => store.places.get(id),
      quarter: (id) => store.quarters.get(id),
      route: (id) => store.routes.get(id),
      event: (id) => store.events.get(id),
      group: (id) => store.groups.get(id),
    };
    const exists = lookUp[featureType](featureId);
    if (!exists)
      throw new ApiError('not-found', `There is no ${FEATURE_LABELS[featureType]} with id ${featureId}.`, 'featureId');
  }

  function requireAttachment(id: number): Attachment {
    const found = attachments.get(id);
    if (!found) throw new ApiError('not-found', `There is no attachment with id ${id}.`, 'id');
    return found;
  }

  function requireAnnotation(id: number): Annotation {
    const found = annotations.get(id);
    if (!found) throw new ApiError('not-found', `There is no annotation with id ${id}.`, 'id');
    return found;
  }

  function touchAttachments(featureType: AnnotatedFeatureType): void {
    store.touch('attachments');
    store.touch(`${ANNOTATED_FEATURE_TABLES[featureType]}_attachments`);
  }

  function touchAnnotations(featureType: AnnotatedFeatureType): void {
    store.touch('annotations');
    store.touch(`${ANNOTATED_FEATURE_TABLES[featureType]}_annotations`);
  }

  return {
    listAttachments: ({ featureType, featureId }: Input<'listAttachments'>): Attachment[] => {
      requireFeature(featureType, featureId);
      return attachments.listFor(featureType, featureId);
    },

    addAttachment(input: Input<'addAttachment'>): Attachment {
      const data = Buffer.from(input.contentBase64, 'base64');
      if (data.length > MAX_ATTACHMENT_BYTES) {
        throw new ApiError(
          'invalid-input',
          `"${input.fileName}" (${formatMegabytes(data.length)}) is over the ${Math.round(MAX_ATTACHMENT_BYTES / (1024 * 1024))} MB limit for an attachment. Nothing was added.`,
          'contentBase64',
        );
      }
      const sniffed = sniffAttachmentType(data);
      if (!sniffed.ok) {
        throw new ApiError(
          'invalid-input',
          `"${input.fileName}" cannot be attached: ${sniffed.reason}. Nothing was added.`,
          'contentBase64',
        );
      }
      let thumbnail: Buffer | null = null;
      let thumbnailContentType: string | null = null;
      if (input.thumbnailBase64) {
        thumbnail = Buffer.from(input.thumbnailBase64, 'base64');
        const thumbnailType = sniffAttachmentType(thumbnail);
        if (
          !thumbnailType.ok ||
          !isThumbnailType(thumbnailType.type.contentType) ||
          thumbnail.length > MAX_THUMBNAIL_BYTES
        ) {
          throw new ApiError(
            'invalid-input',
            `The thumbnail of "${input.fileName}" must be a JPEG, PNG or WebP image of at most ${MAX_THUMBNAIL_BYTES / 1024} KB. Nothing was added.`,
            'thumbnailBase64',
          );
        }
        thumbnailContentType = thumbnailType.type.contentType;
      }
      requireFeature(input.featureType, input.featureId);
      return edits.run(messageRef(editMessages.attach, { fileName: input.fileName }), () => {
        const added = attachments.insert({
          featureType: input.featureType,
          featureId: input.featureId,
          contentType: sniffed.type.contentType,
          fileName: input.fileName,
          size: data.length,
          caption: input.caption,
          thumbnailContentType,
          thumbnail,
          data,
        });
        touchAttachments(input.featureType);
        return added;
      });
    },

    getAttachmentContent({ id, variant }: Input<'getAttachmentContent'>): AttachmentContent {
      const file = attachments.file(id, variant);
      if (!file) {
        requireAttachment(id);
        throw new ApiError('not-found', `Attachment ${id} has no thumbnail.`, 'variant');
      }
      return { fileName: file.fileName, contentType: file.contentType, contentBase64: file.bytes.toString('base64') };
    },

    updateAttachment({ id, changes }: Input<'updateAttachment'>): Attachment {
      const current = requireAttachment(id);
      const label = messageRef(
        changes.fileName !== undefined ? editMessages.renameAttachment : editMessages.captionAttachment,
        { fileName: current.fileName },
      );
      return edits.run(label, () => {
        const updated = attachments.update(id, changes) as Attachment;
        touchAttachments(current.featureType);
        return updated;
      });
    },

    removeAttachment({ id }: Input<'removeAttachment'>): { id: number } {
      const current = requireAttachment(id);
      return edits.run(messageRef(editMessages.removeAttachment, { fileName: current.fileName }), () => {
        attachments.unlink(id);
        attachments.collectOrphans();
        touchAttachments(current.featureType);
        return { id };
      });
    },

    listAnnotations: ({ featureType, featureId }: Input<'listAnnotations'>): Annotation[] => {
      requireFeature(featureType, featureId);
      return annotations.listFor(featureType, featureId);
    },

    createAnnotation(input: Input<'createAnnotation'>): Annotation {
      requireFeature(input.featureType, input.featureId);
      return edits.run(
        messageRef(editMessages.addAnnotation, {
          feature: messageRef(editMessages.featureRef, { type: input.featureType, id: input.featureId }),
        }),
        () => {
          const created = annotations.insert({ ...input, date: input.date ?? today() });
          touchAnnotations(input.featureType);
          return created;
        },
      );
    },

    updateAnnotation({ id, changes }: Input<'updateAnnotation'>): Annotation {
      const current = requireAnnotation(id);
      return edits.run(messageRef(editMessages.editAnnotation), () => {
        const updated = annotations.update(id, {
          text: changes.text ?? current.text,
          author: changes.author ?? current.author,
          date: changes.date ?? current.date,
          source: changes.source ?? current.source,
        }) as Annotation;
        touchAnnotations(current.featureType);
        return updated;
      });
    },

    deleteAnnotation({ id }: Input<'deleteAnnotation'>): { id: number } {
      const current = requireAnnotation(id);
      return edits.run(messageRef(editMessages.deleteAnnotation), () => {
        annotations.remove(id);
        touchAnnotations(current.featureType);
        return { id };
      });
    },

    /**
     * Removes a feature's attachments and annotations (call inside the edit that deletes the
     * feature, so undoing it brings them back). The mapping rows would go with the feature anyway
     * (ON DELETE CASCADE); annotations are deleted with it, attachments unlinked (their bytes
     * stay for undo, see attachments-repository.ts).
     */
    removeAllOf(featureType: AnnotatedFeatureType, featureId: number): { attachments: number; annotations: number } {
      const attachmentIds = attachments.idsFor(featureType, featureId);
      const annotationIds = annotations.idsFor(featureType, featureId);
      for (const id of attachmentIds) attachments.unlink(id);
      for (const id of annotationIds) annotations.remove(id);
      if (attachmentIds.length > 0) attachments.collectOrphans();
      if (attachmentIds.length > 0) touchAttachments(featureType);
      if (annotationIds.length > 0) touchAnnotations(featureType);
      return { attachments: attachmentIds.length, annotations: annotationIds.length };
    },

    /** The bytes the HTTP route and the app:// protocol serve; undefined when there are none. */
    attachmentFile(id: number, variant: AttachmentVariant): AttachmentFile | undefined {
      return attachments.file(id, variant);
    },
  };
}
export type AttachmentService = ReturnType<typeof createAttachmentService>;
