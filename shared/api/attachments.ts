import { z } from 'zod';
import {
  AddAttachmentSchema,
  AnnotationChangesSchema,
  AnnotationInputSchema,
  AttachmentChangesSchema,
  AttachmentVariantSchema,
  FeatureReferenceSchema,
  type Annotation,
  type Attachment,
  type AttachmentContent,
} from '../model/attachment-schemas.js';
import { IdSchema } from '../model/schemas.js';
import { ByIdSchema, method, updateSchema } from './method.js';

// Photos and documents stored in the project, and annotations (notes with sources) on features.

export const AttachmentContentQuerySchema = z
  .object({ id: IdSchema, variant: AttachmentVariantSchema.default('original') })
  .strict();
export const UpdateAttachmentSchema = updateSchema(AttachmentChangesSchema);
export const UpdateAnnotationSchema = updateSchema(AnnotationChangesSchema);

export const attachmentsApi = {
  listAttachments: method<typeof FeatureReferenceSchema, Attachment[]>(
    'attachments:list:query',
    FeatureReferenceSchema,
  ),
  addAttachment: method<typeof AddAttachmentSchema, Attachment>('attachments:item:add', AddAttachmentSchema),
  getAttachmentContent: method<typeof AttachmentContentQuerySchema, AttachmentContent>(
    'attachments:content:get',
    AttachmentContentQuerySchema,
  ),
  updateAttachment: method<typeof UpdateAttachmentSchema, Attachment>(
    'attachments:item:update',
    UpdateAttachmentSchema,
  ),
  removeAttachment: method<typeof ByIdSchema, { id: number }>('attachments:item:remove', ByIdSchema),
  listAnnotations: method<typeof FeatureReferenceSchema, Annotation[]>(
    'annotations:list:query',
    FeatureReferenceSchema,
  ),
  createAnnotation: method<typeof AnnotationInputSchema, Annotation>('annotations:item:create', AnnotationInputSchema),
  updateAnnotation: method<typeof UpdateAnnotationSchema, Annotation>(
    'annotations:item:update',
    UpdateAnnotationSchema,
  ),
  deleteAnnotation: method<typeof ByIdSchema, { id: number }>('annotations:item:delete', ByIdSchema),
};
