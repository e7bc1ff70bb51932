import { z } from 'zod';
import {
  MAX_ATTACHMENT_BASE64_CHARACTERS,
  MAX_ATTACHMENT_BYTES,
  MAX_THUMBNAIL_BASE64_CHARACTERS,
} from '../api/limits.js';
import { IdSchema } from './schemas.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { validationMessages } from '../i18n/messages/validation.js';
import { problem } from '../i18n/validation.js';
import { ANNOTATED_FEATURE_TYPES, type AnnotatedFeatureType } from './annotated-features.js';

export * from './annotated-features.js';

// Attachments (photos and documents) and annotations (notes with author, date and source) on
// any feature. In the file both are Related Tables: one media or attribute table, and one
// mapping table per feature table (`places_attachments`, `quarters_annotations`, …).

export const FeatureTypeSchema = z.enum(
  ANNOTATED_FEATURE_TYPES as [AnnotatedFeatureType, ...AnnotatedFeatureType[]],
  {},
);

export const FeatureReferenceSchema = z.object({ featureType: FeatureTypeSchema, featureId: IdSchema }).strict();
export type FeatureReference = z.infer<typeof FeatureReferenceSchema>;

const Base64Schema = (maxCharacters: number, tooLarge: string) =>
  z
    .string()
    .max(maxCharacters, tooLarge)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, problem(validationMessages.badFormat, { format: 'base64' }));

/** A file name as the user knows it: no folders, no control characters. */
export const AttachmentFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine(
    // eslint-disable-next-line no-control-regex
    (name) => !/[\u0000-\u001f\u007f/\\]/.test(name),
    problem(m.fileNameForm),
  );

const CaptionSchema = z.string().trim().max(2000);
/** Who must be credited: the photographer or rights holder, as it is to be shown. */
const CreditSchema = z.string().trim().max(500);
/** A licence by name ("CC BY 4.0") or by address. */
const LicenseSchema = z.string().trim().max(500);

/** A day as ISO (YYYY-MM-DD), a real calendar day. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, problem(m.notDate))
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, problem(m.notCalendarDate));

export const AnnotationDateSchema = IsoDaySchema;

const megabytes = Math.round(MAX_ATTACHMENT_BYTES / (1024 * 1024));

export const AddAttachmentSchema = FeatureReferenceSchema.extend({
  fileName: AttachmentFileNameSchema,
  contentBase64: Base64Schema(MAX_ATTACHMENT_BASE64_CHARACTERS, problem(m.attachmentTooLarge, { megabytes })).min(1),
  caption: CaptionSchema.default(''),
  credit: CreditSchema.default(''),
  license: LicenseSchema.default(''),
  /** The day the photo was taken or the document made; null when not known. */
  dateCreated: IsoDaySchema.nullable().default(null),
  /** A small preview the renderer drew (JPEG, PNG or WebP); without it the app shows an icon. */
  thumbnailBase64: Base64Schema(MAX_THUMBNAIL_BASE64_CHARACTERS, problem(m.thumbnailTooLarge)).optional(),
}).strict();
export type AddAttachmentInput = z.input<typeof AddAttachmentSchema>;

export const AttachmentChangesSchema = z
  .object({
    fileName: AttachmentFileNameSchema,
    caption: CaptionSchema,
    credit: CreditSchema,
    license: LicenseSchema,
    dateCreated: IsoDaySchema.nullable(),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type AttachmentChanges = z.input<typeof AttachmentChangesSchema>;

export const AttachmentVariantSchema = z.enum(['original', 'thumbnail']);
export type AttachmentVariant = z.infer<typeof AttachmentVariantSchema>;

export interface Attachment {
  id: number;
  featureType: AnnotatedFeatureType;
  featureId: number;
  fileName: string;
  /** Sniffed from the bytes when added. */
  contentType: string;
  size: number;
  caption: string;
  /** Photographer or rights holder to credit ('' when not known). */
  credit: string;
  /** Licence name or address ('' when not known). */
  license: string;
  /** ISO day it was taken or made, null when not known. */
  dateCreated: string | null;
  /** Whether the app shows it as an image (otherwise it is downloaded). */
  inline: boolean;
  hasThumbnail: boolean;
  createdAt: string;
}

export interface AttachmentContent {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

const AnnotationTextSchema = z.string().trim().min(1).max(20_000);
const AuthorSchema = z.string().trim().max(200);
const SourceSchema = z.string().trim().max(2000);
const AnnotationFieldsSchema = z.object({
  text: AnnotationTextSchema,
  author: AuthorSchema,
  /** The date of the note (or of what it records); today when left out. */
  date: AnnotationDateSchema,
  /** Source or citation, e.g. an archive signature or a publication. */
  source: SourceSchema,
});

export const AnnotationInputSchema = FeatureReferenceSchema.extend({
  ...AnnotationFieldsSchema.shape,
  author: AuthorSchema.default(''),
  date: AnnotationDateSchema.optional(),
  source: SourceSchema.default(''),
}).strict();
export type AnnotationInput = z.input<typeof AnnotationInputSchema>;

export const AnnotationChangesSchema = AnnotationFieldsSchema.partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type AnnotationChanges = z.input<typeof AnnotationChangesSchema>;

export interface Annotation {
  id: number;
  featureType: AnnotatedFeatureType;
  featureId: number;
  text: string;
  author: string;
  date: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}
