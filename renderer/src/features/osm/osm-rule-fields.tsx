import type { OsmRule } from '../../../../shared/api/contract.js';
import { osmMappingMessages as m } from '../../../../shared/i18n/messages/ui/osm-mapping.js';
import { typologyLabel } from '../../../../shared/i18n/typology-labels.js';
import { CATEGORIES, CATEGORY_FAMILIES, categoryHasSector, SECTOR_IDS } from '../../../../shared/model/typology.js';
import { useT } from '../../i18n/i18n-context.js';

// The category and sector lists of a mapping rule (a row of the dialog, or the new rule's form).

export const LEFT_OUT = 'none';

export const ruleHasSector = (category: OsmRule['category']) => category !== LEFT_OUT && categoryHasSector(category);

export function RuleCategorySelect({
  value,
  label,
  testId,
  onChange,
}: {
  value: OsmRule['category'];
  label: string;
  testId?: string;
  onChange(category: OsmRule['category']): void;
}) {
  const t = useT();
  return (
    <select
      className="input input--small"
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(event) => onChange(event.target.value as OsmRule['category'])}
    >
      <option value={LEFT_OUT}>{t.t(m.leftOut)}</option>
      {CATEGORY_FAMILIES.map((family) => (
        <optgroup key={family} label={typologyLabel(t, 'family', family)}>
          {CATEGORIES.filter((category) => category.family === family).map((category) => (
            <option key={category.id} value={category.id}>
              {typologyLabel(t, 'category', category.id)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

export function RuleSectorSelect({
  category,
  value,
  label,
  testId,
  onChange,
}: {
  category: OsmRule['category'];
  value: OsmRule['sector'];
  label: string;
  testId?: string;
  onChange(sector: OsmRule['sector']): void;
}) {
  const t = useT();
  const enabled = ruleHasSector(category);
  return (
    <select
      className="input input--small"
      aria-label={label}
      data-testid={testId}
      disabled={!enabled}
      value={enabled ? (value ?? '') : ''}
      onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as OsmRule['sector']))}
    >
      <option value="">{t.t(m.noSector)}</option>
      {SECTOR_IDS.map((sector) => (
        <option key={sector} value={sector}>
          {typologyLabel(t, 'sector', sector)}
        </option>
      ))}
    </select>
  );
}
