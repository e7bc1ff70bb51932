import { placeMessages as m } from '../../../../shared/i18n/messages/ui/places.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { CATEGORIES, type CategoryGroup, type CategoryId } from '../../../../shared/model/typology.js';
import { useT } from '../../i18n/i18n-context.js';

const GROUPS = { site: m.siteGroup, producer: m.producerGroup, user: m.userGroup } as const;

/** Every category as `<option>`s, grouped as the domain groups them: sites, producers and users. */
export function CategoryOptions() {
  const t = useT();
  return (Object.keys(GROUPS) as CategoryGroup[]).map((group) => (
    <optgroup key={group} label={t.t(GROUPS[group])}>
      {CATEGORIES.filter((category) => category.group === group).map((category) => (
        <option key={category.id} value={category.id}>
          {typologyLabel(t, 'category', category.id)}
        </option>
      ))}
    </optgroup>
  ));
}

export interface CategorySelectProps {
  id: string;
  value: CategoryId;
  onChange(value: CategoryId): void;
  testId?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

export function CategorySelect({ id, value, onChange, testId, invalid, describedBy, disabled }: CategorySelectProps) {
  return (
    <select
      id={id}
      className="input"
      value={value}
      data-testid={testId}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as CategoryId)}
    >
      <CategoryOptions />
    </select>
  );
}
