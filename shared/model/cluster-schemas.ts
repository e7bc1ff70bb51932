import { z } from 'zod';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import {
  CategorySchema,
  CustomFieldTypeSchema,
  DateSchema,
  EventKindSchema,
  GroupLevelSchema,
  IdSchema,
  NameSchema,
  TextSchema,
} from './value-schemas.js';
import { TranslationChangesSchema, TranslationsSchema, type Translations } from './content-languages.js';

// Zod schemas of a cluster's soft side: groups (its levels), events, and the custom fields a
// project defines per category.

// Groups: the levels of a creative cluster; places, areas and routes belong to any number of them.

export const GroupInputSchema = z
  .object({
    name: NameSchema,
    level: GroupLevelSchema,
    parentId: IdSchema.nullable().default(null),
    description: TextSchema.default(''),
  })
  .strict();
export type GroupInput = z.input<typeof GroupInputSchema>;

export const GroupChangesSchema = z
  .object({
    name: NameSchema,
    level: GroupLevelSchema,
    parentId: IdSchema.nullable(),
    description: TextSchema,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type GroupChanges = z.input<typeof GroupChangesSchema>;

export const GroupMemberTypeSchema = z.enum(['place', 'quarter', 'route']);
export const GroupMemberSchema = z
  .object({ groupId: IdSchema, memberType: GroupMemberTypeSchema, memberId: IdSchema })
  .strict();
export type GroupMember = z.input<typeof GroupMemberSchema>;

export interface Group {
  id: number;
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
  name: string;
  level: z.infer<typeof GroupLevelSchema>;
  parentId: number | null;
  description: string;
  placeIds: number[];
  quarterIds: number[];
  routeIds: number[];
}

// Events: soft infrastructure in time.

const EventFieldsSchema = z.object({
  title: NameSchema,
  kind: EventKindSchema,
  startDate: DateSchema,
  endDate: DateSchema,
  venuePlaceId: IdSchema.nullable(),
  participantPlaceIds: z.array(IdSchema).max(10_000),
  description: TextSchema,
});

function checkEventDates(
  value: { startDate?: string | undefined; endDate?: string | undefined },
  context: z.RefinementCtx,
) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: problem(m.endBeforeStart) });
  }
}

export const EventInputSchema = EventFieldsSchema.extend({
  endDate: DateSchema.optional(),
  venuePlaceId: IdSchema.nullable().default(null),
  participantPlaceIds: EventFieldsSchema.shape.participantPlaceIds.default([]),
  description: TextSchema.default(''),
  /** Title (as `name`) and description in the project's further languages. */
  translations: TranslationsSchema.optional(),
})
  .strict()
  .superRefine(checkEventDates);
export type EventInput = z.input<typeof EventInputSchema>;

export const EventChangesSchema = EventFieldsSchema.extend({ translations: TranslationChangesSchema })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething))
  .superRefine(checkEventDates);
export type EventChanges = z.input<typeof EventChangesSchema>;

export interface ClusterEvent {
  id: number;
  /** Its stable identity (feature-uuid.ts): set in what an export reads, absent in the app's lists. */
  uuid?: string;
  title: string;
  kind: z.infer<typeof EventKindSchema>;
  startDate: string;
  endDate: string;
  venuePlaceId: number | null;
  participantPlaceIds: number[];
  description: string;
  /** Title (as `name`) and description in the project's further languages; absent when it has none. */
  translations?: Translations;
}

// Custom fields per category: definitions stored in the project, values in place.customFields.

const FieldNameSchema = z.string().trim().min(1).max(80);
const ChoiceOptionsSchema = z
  .array(z.string().trim().min(1).max(200))
  .max(200)
  .refine((options) => new Set(options).size === options.length, problem(m.repeatedOption));

export const CustomFieldDefinitionInputSchema = z
  .object({
    category: CategorySchema,
    name: FieldNameSchema,
    type: CustomFieldTypeSchema,
    options: ChoiceOptionsSchema.default([]),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.type === 'choice' && value.options.length === 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: problem(m.choiceNeedsOption) });
    }
    if (value.type !== 'choice' && value.options.length > 0) {
      context.addIssue({ code: 'custom', path: ['options'], message: problem(m.onlyChoiceHasOptions) });
    }
  });
export type CustomFieldDefinitionInput = z.input<typeof CustomFieldDefinitionInputSchema>;

export const CustomFieldDefinitionChangesSchema = z
  .object({ name: FieldNameSchema, options: ChoiceOptionsSchema, position: z.number().int().min(0).max(10_000) })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type CustomFieldDefinitionChanges = z.input<typeof CustomFieldDefinitionChangesSchema>;

export interface CustomFieldDefinition {
  id: number;
  category: z.infer<typeof CategorySchema>;
  name: string;
  type: z.infer<typeof CustomFieldTypeSchema>;
  options: string[];
  position: number;
}
