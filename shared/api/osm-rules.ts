import { z } from 'zod';
import { NO_CATEGORY } from '../codecs/osm/osm-category-mapping.js';
import { modelMessages as m } from '../i18n/messages/model.js';
import { problem } from '../i18n/validation.js';
import { CATEGORY_IDS, categoryHasSector, SECTOR_IDS, type CategoryId, type SectorId } from '../model/typology.js';

// The project's OpenStreetMap category mapping (osm_category_mapping) as the app edits it: which
// tag becomes which category (or "none": left out), and how many places each rule made at the
// last import.

export { NO_CATEGORY };

export interface OsmRule {
  id: number;
  key: string;
  /** A value, or "*" for any value but "no". */
  value: string;
  /** "" (no condition), "key" or "key=value". */
  requires: string;
  category: CategoryId | typeof NO_CATEGORY;
  sector: SectorId | null;
  priority: number;
  /** Places the rule made at the last import (for a "none" rule: features it left out); null before any. */
  lastCount: number | null;
}

const KeySchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s=]+$/, problem(m.osmKey));
const ValueSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^=]+$/, problem(m.osmValue));
const RequiresSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^([^\s=]+(=[^=]+)?)?$/, problem(m.osmRequires));
const RuleCategorySchema = z.enum([...CATEGORY_IDS, NO_CATEGORY]);
const PrioritySchema = z.number().int().min(0).max(1000);

function checkRuleSector(
  value: { category?: string | undefined; sector?: string | null | undefined },
  context: z.RefinementCtx,
) {
  if (value.sector && value.category && (value.category === NO_CATEGORY || !categoryHasSector(value.category as never)))
    context.addIssue({ code: 'custom', path: ['sector'], message: problem(m.sectorOnlyForCreative) });
}

export const OsmRuleInputSchema = z
  .object({
    key: KeySchema,
    value: ValueSchema.default('*'),
    requires: RequiresSchema.default(''),
    category: RuleCategorySchema,
    sector: z.enum(SECTOR_IDS).nullable().default(null),
    priority: PrioritySchema.default(70),
  })
  .strict()
  .superRefine(checkRuleSector);
export type OsmRuleInput = z.input<typeof OsmRuleInputSchema>;
/** A rule as the store writes it (checked, defaults filled in). */
export type OsmRuleRecord = z.output<typeof OsmRuleInputSchema>;

export const OsmRuleChangesSchema = z
  .object({
    category: RuleCategorySchema,
    sector: z.enum(SECTOR_IDS).nullable(),
    priority: PrioritySchema,
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, problem(m.changeSomething));
export type OsmRuleChanges = z.input<typeof OsmRuleChangesSchema>;
