import { useId, useMemo, useState } from 'react';
import type { ReportScope } from '../../../../shared/api/analytics.js';
import { analysisMessages as m } from '../../../../shared/i18n/messages/ui/analysis.js';
import { useSelection } from '../../app/map-tools/map-tools-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { ReportCardSection } from './report-card-section.js';

// The report card tab of the analysis dock: the report card of what the map shows (the current
// filter), of a group at any level, of an area, or around the selected place (as the crow flies
// or on foot along the streets). The area panel shows the same card for its area.

const AROUND_METRES = 500;

export function ReportCardTab() {
  const t = useT();
  const id = useId();
  const { data, visiblePlaces } = useWorkspace();
  const { selectedPlace } = useSelection();
  const [choice, setChoice] = useState('shown');
  const [around, setAround] = useState(AROUND_METRES);
  const shownIds = useMemo(() => visiblePlaces.map((place) => place.id), [visiblePlaces]);
  const options: { value: string; label: string; scope: ReportScope }[] = [
    {
      value: 'shown',
      label: t.t(m.scopeShown, { count: shownIds.length }),
      scope: { kind: 'places', placeIds: shownIds },
    },
    ...(selectedPlace
      ? (['straight', 'walking'] as const).map((measure) => ({
          value: measure,
          label: t.t(measure === 'straight' ? m.scopeAround : m.scopeWalk, {
            metres: around,
            name: selectedPlace.name,
          }),
          scope: { kind: 'around', placeId: selectedPlace.id, withinMetres: around, measure } as const,
        }))
      : []),
    ...data.groups.map((group) => ({
      value: `group ${group.id}`,
      label: t.t(m.scopeGroup, { name: group.name }),
      scope: { kind: 'group', groupId: group.id } as const,
    })),
    ...data.quarters.map((quarter) => ({
      value: `area ${quarter.id}`,
      label: t.t(m.scopeArea, { name: quarter.name }),
      scope: { kind: 'area', areaId: quarter.id } as const,
    })),
  ];
  const chosen = options.find((option) => option.value === choice) ?? options[0]!;
  return (
    <div className="analysis__tab" data-testid="report-card-tab">
      <div className="analysis__controls">
        <label htmlFor={`${id}-scope`}>{t.t(m.scope)}</label>
        <select
          id={`${id}-scope`}
          value={chosen.value}
          data-testid="report-card-scope"
          onChange={(event) => setChoice(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {(chosen.value === 'straight' || chosen.value === 'walking') && (
          <>
            <label htmlFor={`${id}-metres`}>{t.t(m.aroundMetres)}</label>
            <input
              id={`${id}-metres`}
              type="number"
              min={50}
              max={5000}
              step={50}
              value={around}
              data-testid="report-card-metres"
              onChange={(event) => {
                const value = event.currentTarget.valueAsNumber;
                if (Number.isFinite(value) && value >= 50 && value <= 5000) setAround(value);
              }}
            />
          </>
        )}
      </div>
      <ReportCardSection scope={chosen.scope} name={chosen.label} />
    </div>
  );
}
