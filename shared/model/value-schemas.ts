import { z } from 'zod';
import {
  CATEGORY_FAMILIES,
  CUSTOM_FIELD_TYPE_IDS,
  EVENT_KIND_IDS,
  GROUP_LEVEL_IDS,
  CATEGORY_IDS,
  LINK_TYPE_IDS,
  QUARTER_KIND_IDS,
  ROUTE_MODE_IDS,
  SECTOR_IDS,
} from './typology.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';

// The values the model's schemas are built of: ids, positions, the typology's lists, dates, texts.

export const IdSchema = z.number().int().positive();

export const LongitudeSchema = z
  .number({ error: problem(m.longitudeNotNumber) })
  .finite()
  .min(-180, problem(m.longitudeRange))
  .max(180, problem(m.longitudeRange));
export const LatitudeSchema = z
  .number({ error: problem(m.latitudeNotNumber) })
  .finite()
  .min(-90, problem(m.latitudeRange))
  .max(90, problem(m.latitudeRange));

/** A WGS84 position as [longitude, latitude]. */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);

export const CategorySchema = z.enum(CATEGORY_IDS, { error: problem(m.notKnownCategory) });
export const CategoryFamilySchema = z.enum(CATEGORY_FAMILIES, { error: problem(m.notKnownFamily) });
export const SectorSchema = z.enum(SECTOR_IDS, { error: problem(m.notKnownSector) });
export const LinkTypeSchema = z.enum(LINK_TYPE_IDS, { error: problem(m.notKnownLinkType) });
export const QuarterKindSchema = z.enum(QUARTER_KIND_IDS, { error: problem(m.notKnownAreaKind) });
export const RouteModeSchema = z.enum(ROUTE_MODE_IDS, { error: problem(m.notKnownRouteMode) });
export const GroupLevelSchema = z.enum(GROUP_LEVEL_IDS, { error: problem(m.notKnownGroupLevel) });
export const EventKindSchema = z.enum(EVENT_KIND_IDS, { error: problem(m.notKnownEventKind) });
export const CustomFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPE_IDS, { error: problem(m.notKnownFieldType) });

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
export const DateSchema = z.string({ error: problem(m.notDate) }).refine(isCalendarDate, problem(m.notDate));

export const NameSchema = z.string().trim().min(1).max(200);
export const TextSchema = z.string().max(20_000);
export const ShortTextSchema = z.string().max(500);

export const WebsiteSchema = z
  .string()
  .max(2000)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), problem(m.webAddress));

export const TagsSchema = z.array(z.string().trim().min(1).max(80)).max(100);

/** Free custom fields: simple values only, so they export as columns. */
export const CustomFieldsSchema = z
  .record(z.string().trim().min(1).max(80), z.union([z.string().max(5000), z.number().finite(), z.boolean(), z.null()]))
  .refine((fields) => Object.keys(fields).length <= 100, problem(m.tooManyFields, { maximum: 100 }));
