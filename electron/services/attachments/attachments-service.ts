import type { attachmentsApi } from '../../../shared/api/attachments.js';
import { ApiError } from '../../../shared/api/errors.js';
import { MAX_ATTACHMENT_BYTES, MAX_THUMBNAIL_BYTES } from '../../../shared/api/limits.js';
import { isThumbnailType, sniffAttachmentType } from '../../../shared/codecs/attachments/sniff-content-type.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { attachmentsMessages } from '../../../shared/i18n/messages/attachments.js';
import { editMessages } from '../../../shared/i18n/messages/edits.js';
import type { AnnotatedFeatureType, Annotation, Attachment } from '../../../shared/model/attachment-schemas.js';
import type { ServiceContext } from '../core/service-context.js';
import type { ServiceOf } from '../core/service-of.js';
import { touchAnnotations, touchAttachments } from './feature-attachments.js';

// Attachments and annotations of any feature, on validated input. Every write goes through the
// single edit path (one transaction, one undo step): a refused file (too large, wrong type,
// unknown feature) writes nothing; attaching, captioning and removing are undone like any edit.

export type AttachmentsService = ServiceOf<typeof attachmentsApi>;

const MEGABYTE = 1024 * 1024;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function createAttachmentsService(context: ServiceContext): AttachmentsService {
  const { store, edits } = context;
  const { attachments, annotations } = store;

  /** The feature an attachment or annotation belongs to must exist (not-found names `featureId`). */
  function requireFeature(featureType: AnnotatedFeatureType, featureId: number): void {
    const lookUp: Record<AnnotatedFeatureType, (id: number, field: string) => unknown> = {
      place: context.requirePlace,
      quarter: context.requireArea,
      route: context.requireRoute,
      event: context.requireEvent,
      group: context.requireGroup,
    };
    lookUp[featureType](featureId, 'featureId');
  }

  function requireAttachment(id: number): Attachment {
    const found = attachments.get(id);
    if (!found) throw new ApiError('not-found', messageRef(attachmentsMessages.notFound, { id: String(id) }), 'id');
    return found;
  }

  function requireAnnotation(id: number): Annotation {
    const found = annotations.get(id);
    if (!found)
      throw new ApiError('not-found', messageRef(attachmentsMessages.annotationNotFound, { id: String(id) }), 'id');
    return found;
  }

  return {
    listAttachments: ({ featureType, featureId }) => {
      requireFeature(featureType, featureId);
      return attachments.listFor(featureType, featureId);
    },

    addAttachment(input) {
      const data = Buffer.from(input.contentBase64, 'base64');
      if (data.length > MAX_ATTACHMENT_BYTES) {
        throw new ApiError(
          'invalid-input',
          messageRef(attachmentsMessages.tooLarge, {
            fileName: input.fileName,
            megabytes: data.length / MEGABYTE,
            limit: Math.round(MAX_ATTACHMENT_BYTES / MEGABYTE),
          }),
          'contentBase64',
        );
      }
      const sniffed = sniffAttachmentType(data);
      if (!sniffed.ok) {
        throw new ApiError(
          'invalid-input',
          messageRef(attachmentsMessages.refused, { fileName: input.fileName, reason: sniffed.reason }),
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
            messageRef(attachmentsMessages.badThumbnail, {
              fileName: input.fileName,
              kilobytes: MAX_THUMBNAIL_BYTES / 1024,
            }),
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
          credit: input.credit,
          license: input.license,
          dateCreated: input.dateCreated,
          thumbnailContentType,
          thumbnail,
          data,
        });
        touchAttachments(store, input.featureType);
        return added;
      });
    },

    getAttachmentContent({ id, variant }) {
      const file = attachments.file(id, variant);
      if (!file) {
        requireAttachment(id);
        throw new ApiError('not-found', messageRef(attachmentsMessages.noThumbnail, { id: String(id) }), 'variant');
      }
      return { fileName: file.fileName, contentType: file.contentType, contentBase64: file.bytes.toString('base64') };
    },

    updateAttachment({ id, changes }) {
      const current = requireAttachment(id);
      const label = messageRef(
        changes.fileName !== undefined
          ? editMessages.renameAttachment
          : Object.keys(changes).every((key) => key === 'caption')
            ? editMessages.captionAttachment
            : editMessages.describeAttachment,
        { fileName: current.fileName },
      );
      return edits.run(label, () => {
        const updated = attachments.update(id, changes) as Attachment;
        touchAttachments(store, current.featureType);
        return updated;
      });
    },

    removeAttachment({ id }) {
      const current = requireAttachment(id);
      return edits.run(messageRef(editMessages.removeAttachment, { fileName: current.fileName }), () => {
        attachments.unlink(id);
        attachments.collectOrphans();
        touchAttachments(store, current.featureType);
        return { id };
      });
    },

    listAnnotations: ({ featureType, featureId }) => {
      requireFeature(featureType, featureId);
      return annotations.listFor(featureType, featureId);
    },

    createAnnotation(input) {
      requireFeature(input.featureType, input.featureId);
      return edits.run(
        messageRef(editMessages.addAnnotation, {
          feature: messageRef(editMessages.featureRef, { type: input.featureType, id: input.featureId }),
        }),
        () => {
          const created = annotations.insert({ ...input, date: input.date ?? today() });
          touchAnnotations(store, input.featureType);
          return created;
        },
      );
    },

    updateAnnotation({ id, changes }) {
      const current = requireAnnotation(id);
      return edits.run(messageRef(editMessages.editAnnotation), () => {
        const updated = annotations.update(id, {
          text: changes.text ?? current.text,
          author: changes.author ?? current.author,
          date: changes.date ?? current.date,
          source: changes.source ?? current.source,
        }) as Annotation;
        touchAnnotations(store, current.featureType);
        return updated;
      });
    },

    deleteAnnotation({ id }) {
      const current = requireAnnotation(id);
      return edits.run(messageRef(editMessages.deleteAnnotation), () => {
        annotations.remove(id);
        touchAnnotations(store, current.featureType);
        return { id };
      });
    },
  };
}
