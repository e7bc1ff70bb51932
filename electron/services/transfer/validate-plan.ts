import type { ImportPlan } from '../../../shared/codecs/import/plan-import.js';
import { issueMessage } from '../../../shared/i18n/validation.js';
import { validationMessages } from '../../../shared/i18n/messages/validation.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { parsePlaceInputFastPath } from '../../../shared/model/place-input-fast-path.js';
import { parseQuarterInputFastPath } from '../../../shared/model/quarter-input-fast-path.js';
import { PlaceInputSchema, QuarterInputSchema } from '../../../shared/model/schemas.js';
import type { PlaceRecord } from '../../store/project-store.js';

// A plan checked against the same schemas as an edit: places parsed once (and written as
// parsed), areas against the polygon checks. A multi-part feature one of whose parts fails is
// left out whole, with its group: all of its parts or none.

export interface ValidPlan extends Omit<ImportPlan, 'places'> {
  places: (PlaceRecord & { group?: number })[];
}

/** A checked place with its group and the uuid its file gave it (when it has them). */
function withPlanned(record: PlaceRecord, planned: { group?: number; uuid?: string }): ValidPlan['places'][number] {
  if (planned.group === undefined && planned.uuid === undefined) return record;
  const place: ValidPlan['places'][number] = { ...record };
  if (planned.group !== undefined) place.group = planned.group;
  if (planned.uuid !== undefined) place.uuid = planned.uuid;
  return place;
}

export function validatePlan(plan: ImportPlan): ValidPlan {
  const checked: ValidPlan = { ...plan, places: [], quarters: [], problems: [...plan.problems] };
  const failedGroups = new Set<number>();
  const fail = (position: number, group: number | undefined, issue: Parameters<typeof issueMessage>[0] | undefined) => {
    if (group !== undefined) {
      if (failedGroups.has(group)) return;
      failedGroups.add(group);
    }
    checked.problems.push({ position, message: issue ? issueMessage(issue) : messageRef(validationMessages.invalid) });
  };
  for (const place of plan.places) {
    // Most rows are surely valid: the fast path says so without zod; the rest meet the schema.
    const fast = parsePlaceInputFastPath(place, 'position', 'group', 'uuid');
    if (fast) {
      checked.places.push(withPlanned(fast, place));
      continue;
    }
    const { position, group, uuid: _uuid, ...input } = place;
    const result = PlaceInputSchema.safeParse(input);
    if (result.success) checked.places.push(withPlanned(result.data, place));
    else fail(position, group, result.error.issues[0]);
  }
  for (const quarter of plan.quarters) {
    const input = {
      name: quarter.name,
      description: quarter.description,
      geometry: quarter.geometry,
      translations: quarter.translations,
    };
    // Areas of many vertices: the fast path checks the geometry without zod; the rest meet the schema.
    if (parseQuarterInputFastPath(input)) {
      checked.quarters.push(quarter);
      continue;
    }
    const result = QuarterInputSchema.safeParse(input);
    if (result.success) checked.quarters.push(quarter);
    else fail(quarter.position, quarter.group, result.error.issues[0]);
  }
  if (failedGroups.size > 0) {
    const kept = <T extends { group?: number }>(items: T[]) =>
      items.filter((item) => item.group === undefined || !failedGroups.has(item.group));
    checked.places = kept(checked.places);
    checked.quarters = kept(checked.quarters);
    checked.routes = kept(checked.routes);
    checked.repairs = checked.repairs.filter(
      (repair) => !plan.groups.some((group, index) => failedGroups.has(index) && group.position === repair.position),
    );
  }
  checked.problems.sort((a, b) => a.position - b.position);
  return checked;
}
