import { CATEGORIES, type CategoryGroup, type CategoryId } from '../../../../shared/model/typology.js';
import { strings } from '../../i18n/strings.js';

const GROUPS: readonly CategoryGroup[] = ['site', 'producer', 'user'];

/** Every category as `<option>`s, grouped as the domain groups them: sites, producers and users. */
export function CategoryOptions() {
  return GROUPS.map((group) => (
    <optgroup key={group} label={strings.categoryGroups[group]}>
      {CATEGORIES.filter((category) => category.group === group).map((category) => (
        <option key={category.id} value={category.id}>
          {category.label}
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
